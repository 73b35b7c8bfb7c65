"""setup_site and load_demo: complete, idempotent, faithful to the seed plan."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from reform.models import ArticlePage, Division, DocumentType, IssuingBody, PlanPage, ReformArea
from reform.seed_data import DIVISIONS, DOCUMENT_TYPES, ISSUING_BODIES
from reform.workflow import roles

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        Division.objects.count(),
        ReformArea.objects.count(),
        DocumentType.objects.count(),
        IssuingBody.objects.count(),
        get_user_model().objects.count(),
    )


def test_setup_site_is_idempotent_and_complete():
    before = counts()
    call_command("setup_site", verbosity=0)
    assert counts() == before
    assert Division.objects.filter(locale__language_code="vi").count() == len(DIVISIONS)
    assert ReformArea.objects.filter(locale__language_code="vi").count() == 6
    assert ReformArea.objects.filter(locale__language_code="en").count() == 6
    assert DocumentType.objects.filter(locale__language_code="vi").count() == len(DOCUMENT_TYPES)
    assert IssuingBody.objects.filter(locale__language_code="vi").count() == len(ISSUING_BODIES)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_load_demo_builds_the_seed_content_once(client):
    call_command("load_demo", verbosity=0)
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first

    vi_articles = ArticlePage.objects.live().filter(locale__language_code="vi")
    assert vi_articles.count() >= 15
    assert vi_articles.values("division").distinct().count() >= 5
    covered = set(vi_articles.values_list("reform_areas__number", flat=True))
    assert covered >= {1, 2, 3, 4, 5, 6}
    assert ArticlePage.objects.live().filter(locale__language_code="en").count() >= 3
    assert vi_articles.exclude(hero_image=None).exists()

    plan = PlanPage.objects.get(locale__language_code="vi", year=2023)
    assert "828/QĐ-UBND" in plan.basis
    assert plan.signer == "Nguyễn Thị Tuyết Mai"
    html = client.get(plan.url).content.decode()
    assert "Tổ chức các buổi tọa đàm về công tác cải cách hành chính" in html

    users = set(get_user_model().objects.values_list("username", flat=True))
    assert {"quantri", "vanphong", "truongphong.qlns", "bientap.qlns", "bientap.tcdn"} <= users
    assert client.login(username="bientap.qlns", password="cchc-demo-2023")
    writer = get_user_model().objects.get(username="bientap.qlns")
    assert [d.slug for d in roles.divisions_of(writer)] == ["quan-ly-ngan-sach"]

    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, response.status_code)
    about = client.get("/en/about/")
    assert about.status_code == 200
    assert "Division" in about.content.decode()


def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_server_error_page_is_vietnamese_and_needs_no_database(django_assert_num_queries):
    from django.template.loader import render_to_string

    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert '<html lang="vi">' in html and "Hệ thống đang gặp sự cố" in html
