"""Slugs fold Vietnamese the same way in the editor's browser, on the server and for pages made in code."""

import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from reform.forms import FoldedSlugField
from reform.models import ArticlePage
from tests.rich_content import fresh_site

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
PASSWORD = "slug-editor-test-2023"

TITLES = [
    ("chi-so", "Chỉ số cải cách hành chính", "chi-so-cai-cach-hanh-chinh"),
    ("en-dash", "Bình Định – Quy Nhơn", "binh-dinh-quy-nhon"),
    ("nfd", unicodedata.normalize("NFD", "Đổi mới thủ tục hành chính"), "doi-moi-thu-tuc-hanh-chinh"),
]


# Server side ---------------------------------------------------------------------------------


def test_folded_slug_field_cleans_vietnamese():
    field = FoldedSlugField()
    assert field.clean("Bình-Định") == "binh-dinh"
    assert field.clean("bình-định") == "binh-dinh"
    assert field.clean(unicodedata.normalize("NFD", "đổi-mới")) == "doi-moi"


@pytest.mark.django_db
def test_page_created_in_code_gets_a_folded_slug(news):
    article = ArticlePage(title="Bình Định", lead="Tin về Bình Định.")
    news.add_child(instance=article)
    assert article.slug == "binh-dinh"
    again = ArticlePage(title="Bình Định", lead="Tin thứ hai về Bình Định.")
    news.add_child(instance=again)
    assert again.slug == "binh-dinh-2"


# In the editor's browser -----------------------------------------------------------------------


@pytest.fixture
def editor(transactional_db, live_server, browser):
    """A logged-in superuser's browser page and the URL of the "add article" editor under the news index."""
    news = fresh_site()["news"]
    get_user_model().objects.create_superuser(username="bientap", email="bientap@example.org", password=PASSWORD)
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(live_server.url + "/admin/login/")
    page.fill('input[name="username"]', "bientap")
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"], input[type="submit"]')
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    yield page, f"{live_server.url}/admin/pages/add/reform/articlepage/{news.id}/"
    context.close()


def open_editor(page, url):
    response = page.goto(url)
    assert response.status == 200, f"{url}: {response.status}"
    page.wait_for_selector("#id_title")


def open_promote_tab(page):
    tab = page.locator('#tab-label-promote, [role="tab"][href="#tab-promote"]')
    if not tab.count():
        tab = page.get_by_role("tab", name="Quảng bá")
    tab.first.click()
    slug = page.locator('input[name="slug"]')
    slug.wait_for(state="visible")
    return slug


@pytest.mark.browser
@pytest.mark.parametrize("name,title,expected", TITLES, ids=[t[0] for t in TITLES])
def test_editor_builds_the_slug_from_a_vietnamese_title(editor, name, title, expected):
    page, add_url = editor
    open_editor(page, add_url)
    title_input = page.locator("#id_title")
    title_input.click()
    title_input.press_sequentially(title)
    page.locator("#id_lead").focus()  # focus leaves the title: Wagtail syncs the slug
    page.screenshot(path=str(ARTIFACTS / f"slug-{name}-1-title.png"))
    slug = open_promote_tab(page)
    page.screenshot(path=str(ARTIFACTS / f"slug-{name}-2-promote.png"))
    assert title_input.input_value() == title
    assert slug.input_value() == expected


@pytest.mark.browser
def test_editor_folds_a_slug_typed_by_hand(editor):
    page, add_url = editor
    open_editor(page, add_url)
    slug = open_promote_tab(page)
    slug.click()
    slug.press_sequentially("bình-định")
    page.screenshot(path=str(ARTIFACTS / "slug-by-hand-1-typed.png"))
    page.locator('input[name="seo_title"]').focus()  # blur: the slug controller cleans the value
    page.screenshot(path=str(ARTIFACTS / "slug-by-hand-2-blurred.png"))
    assert slug.input_value() == "binh-dinh"
