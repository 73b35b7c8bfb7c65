"""Builds the demo site from the seed plan: articles, the plan page, English versions, accounts.

Idempotent: pages are found by slug and users by username, so running it again adds nothing.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Locale

from home.models import AboutPage

from ..bootstrap import ensure_child, ensure_page_translation, publish, setup_site
from ..documents.indexing import rebuild_site_index
from ..maintenance import refresh_planner_statistics
from ..models import ArticlePage, Division, PlanPage, ReformArea, ReformImage
from ..savedreports.demo import ensure_saved_report
from ..workflow import roles
from . import content
from .events import ensure_events
from .images import TITLES, render_illustration
from .indices import ensure_indices_page
from .library import ensure_documents, library_of
from .plan_activities import ensure_plan_activities

DEMO_PASSWORD = "cchc-demo-2023"  # noqa: S105 — documented demo password, refused in production

# (username, first name, last name, role, division slug) — role: admin, office, head or writer
DEMO_USERS = [
    ("quantri", "Quản trị", "hệ thống", "admin", None),
    ("vanphong", "Cán bộ", "Văn phòng Sở", "office", None),
    ("truongphong.qlns", "Trưởng phòng", "Quản lý ngân sách", "head", "quan-ly-ngan-sach"),
    ("bientap.qlns", "Biên tập viên", "Quản lý ngân sách", "writer", "quan-ly-ngan-sach"),
    ("bientap.tcdn", "Biên tập viên", "Tài chính doanh nghiệp - Tin học", "writer", "tai-chinh-doanh-nghiep-tin-hoc"),
]


def stream(blocks):
    """Content tuples → StreamField raw data."""
    data = []
    for kind, value in blocks:
        if kind == "table":
            value = {
                "caption": value["caption"],
                "table": {
                    "data": value["data"],
                    "first_row_is_table_header": value.get("first_row_is_table_header", True),
                    "first_col_is_header": value.get("first_col_is_header", False),
                    "table_caption": "",
                },
            }
        data.append({"type": kind, "value": value})
    return data


def ensure_images():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name="Ảnh minh họa").first()
    if collection is None:
        collection = root.add_child(name="Ảnh minh họa")
    images = {}
    for key, title in TITLES.items():
        image = ReformImage.objects.filter(title=title, collection=collection).first()
        if image is None:
            image = ReformImage(title=title, collection=collection, credit="Ảnh minh họa tạo tự động")
            image.file = render_illustration(key)
            image.save()
        images[key] = image
    return images


def ensure_users():
    User = get_user_model()
    divisions = {d.slug: d for d in Division.objects.filter(locale__language_code=settings.LANGUAGE_CODE)}
    office = Group.objects.get(name=roles.OFFICE_GROUP)
    for username, first, last, role, division_slug in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@example.org",
                is_superuser=role == "admin",
                is_staff=role == "admin",
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
        if role == "office":
            user.groups.add(office)
        elif role in {"head", "writer"}:
            division = divisions[division_slug]
            user.groups.add(division.heads_group if role == "head" else division.writers_group)


def article_fields(item, images, divisions, areas):
    date = datetime.date.fromisoformat(item["date"])
    fields = {
        "title": item["title"],
        "lead": item["lead"],
        "body": stream(item["body"]),
        "date": date,
        "division": divisions[item["division"]],
        "author_line": item.get("author_line", ""),
        "first_published_at": timezone.make_aware(datetime.datetime.combine(date, datetime.time(8, 0))),
    }
    if item.get("image"):
        fields["hero_image"] = images[item["image"]]
        fields["hero_image_alt"] = item.get("image_alt") or TITLES[item["image"]]
    return fields


def ensure_articles(news, images, en):
    divisions = {d.slug: d for d in Division.objects.filter(locale__language_code=settings.LANGUAGE_CODE)}
    areas = {a.number: a for a in ReformArea.objects.filter(locale__language_code=settings.LANGUAGE_CODE)}
    for item in content.ARTICLES:
        existing = news.get_children().filter(slug=item["slug"]).first()
        if existing is not None:
            article = existing.specific
        else:
            article = ArticlePage(slug=item["slug"], **article_fields(item, images, divisions, areas))
            article.reform_areas = [areas[n] for n in item["areas"]]
            news.add_child(instance=article)
            article.tags.add(*item.get("tags", []))
            publish(article)
        if item.get("en"):
            english = item["en"]
            ensure_page_translation(
                article, en, title=english["title"], lead=english["lead"], body=stream(english["body"])
            )


def ensure_plan(column, en):
    plan = content.PLAN
    page = ensure_child(
        column,
        PlanPage,
        plan["slug"],
        title=plan["title"],
        year=plan["year"],
        basis=plan["basis"],
        signer=plan["signer"],
        signer_title=plan["signer_title"],
        recipients=plan["recipients"],
        body=stream(plan["body"]),
        number=plan.get("number", ""),
    )
    if plan.get("en"):
        ensure_page_translation(
            page, en, title=plan["en"]["title"], body=stream(plan["en"]["body"]), slug=plan["en"].get("slug", page.slug)
        )
    return ensure_plan_activities(page, en)  # and the link to 828/QĐ-UBND once the library holds it


def ensure_about(home, en):
    about = content.ABOUT
    page = ensure_child(
        home,
        AboutPage,
        about["slug"],
        title=about["title"],
        functions=about["functions"],
        leadership=about["leadership"],
        structure_intro=about["structure_intro"],
        show_in_menus=True,
    )
    english = about["en"]
    ensure_page_translation(
        page,
        en,
        title=english["title"],
        slug=english["slug"],
        functions=english["functions"],
        leadership=english["leadership"],
        structure_intro=english["structure_intro"],
    )
    return page


def update_intro(page, vi_fields, en, en_fields):
    if not page.intro:
        page.intro = vi_fields["intro"]
        publish(page)
    translated = page.get_translation(en).specific
    if not translated.intro:
        translated.title = en_fields["title"]
        translated.intro = en_fields["intro"]
        publish(translated)


@transaction.atomic
def load_demo():
    if getattr(settings, "IS_PRODUCTION", False):
        raise ImproperlyConfigured("load_demo is refused under production settings: it creates demo accounts.")
    pages = setup_site()
    en = Locale.objects.get(language_code="en")
    images = ensure_images()
    update_intro(pages["home"], content.HOME, en, content.HOME["en"])
    update_intro(pages["column"], content.COLUMN, en, content.COLUMN["en"])
    update_intro(pages["news"], content.NEWS_INDEX, en, content.NEWS_INDEX["en"])
    ensure_articles(pages["news"], images, en)
    ensure_about(pages["home"], en)
    ensure_documents(library_of(pages["column"]))  # the documents the plan cites, with drawn PDFs
    ensure_plan(pages["column"], en)  # after the library: the plan links its basis document
    ensure_events(pages["column"], images, en)  # after the library: the study session links its entry
    ensure_indices_page(pages["column"], en)  # PAR INDEX, SIPAS, PCI as published; earlier years as sample data
    ensure_users()
    ensure_saved_report(DEMO_PASSWORD)  # Quý II/2023, approved by the demo leadership account
    rebuild_site_index()  # pages a database held before the site index existed
    refresh_planner_statistics()
    return pages
