"""Factories for the column's content, built on wagtail-factories."""

import datetime

import factory
import wagtail_factories

from reform.models import ArticlePage, Division, ReformArea


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tin cải cách hành chính số {n}")
    lead = factory.Sequence(lambda n: f"Sapo của tin số {n} về cải cách hành chính.")
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(days=n % 700))
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Nội dung bài viết.</p>"}])

    class Meta:
        model = ArticlePage


def vi_division(slug):
    return Division.objects.get(slug=slug, locale__language_code="vi")


def vi_area(number):
    return ReformArea.objects.get(number=number, locale__language_code="vi")


def make_articles(parent, count, areas=None, division=None, start=0):
    """count published articles under parent, spread over areas and dates."""
    areas = areas or list(ReformArea.objects.filter(locale__language_code="vi").order_by("number"))
    divisions = [division] if division else list(Division.objects.filter(locale__language_code="vi"))
    created = []
    for i in range(start, start + count):
        article = ArticlePageFactory(
            parent=parent,
            title=f"Tin số {i}: cải cách hành chính",
            slug=f"tin-so-{i}",
            division=divisions[i % len(divisions)],
            date=datetime.date(2023, 1, 1) + datetime.timedelta(days=i),
        )
        article.reform_areas.set([areas[i % len(areas)]])
        article.save()
        created.append(article)
    return created
