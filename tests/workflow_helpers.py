"""People and pages for the editorial-workflow tests, built through the real roles."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data, streamfield

from reform.models import ArticlePage, Division, ReformArea
from reform.workflow import roles

PASSWORD = "mat-khau-kiem-thu-2023"


def make_user(username, role, division_slug=None):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username, is_superuser=role == "admin"
    )
    if role == "office":
        user.groups.add(Group.objects.get(name=roles.OFFICE_GROUP))
    elif role in {"writer", "head"}:
        division = Division.objects.get(slug=division_slug, locale__language_code="vi")
        user.groups.add(division.writers_group if role == "writer" else division.heads_group)
    return user


def draft_article(news, owner, division_slug="quan-ly-ngan-sach", title="Bản nháp của phòng", areas=(1,)):
    article = ArticlePage(
        title=title,
        lead="Sapo của bản nháp.",
        division=Division.objects.get(slug=division_slug, locale__language_code="vi"),
        live=False,
        owner=owner,
    )
    news.add_child(instance=article)
    article.reform_areas.set(ReformArea.objects.filter(number__in=areas, locale__language_code="vi"))
    article.save_revision(user=owner)
    return article


def edit_data(article, **overrides):
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body": streamfield([]),
        "date": article.date.isoformat(),
        "division": article.division_id or "",
        "tags": "",
    }
    data.update(overrides)
    form = nested_form_data(data)
    form.update(
        {
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
            "comments-MIN_NUM_FORMS": 0,
            "comments-MAX_NUM_FORMS": 1000,
        }
    )
    areas = overrides.get("reform_areas", [a.pk for a in article.reform_areas.all()])
    form["reform_areas"] = areas
    return form
