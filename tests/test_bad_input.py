"""Odd query strings and paths get a sensible page, a 404 or a 400 — never a 500."""

import pytest

from tests.factories import make_articles

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(column, news):
    make_articles(news, 3)
    return column.url


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("page=abc", 404),
        ("page=0", 404),
        ("page=-1", 404),
        ("page=99999", 404),
        ("page=1.5", 404),
        ("page=" + "9" * 40, 404),
        ("area=khong-co-linh-vuc", 404),
        ("division=khong-co-phong", 404),
        ("area=<script>alert(1)</script>", 404),
        ("year=20x3", 404),
        ("year=99999", 404),
        ("year=", 200),
        ("area=&division=&year=", 200),
        ("page=1", 200),
        ("page=1&page=abc", 404),
        ("utm_source=zalo", 200),
        ("area=%E2%80%AE", 404),
        ("area=" + "a" * 300, 404),
    ],
)
def test_listing_filters(client, listing, query, status):
    response = client.get(f"{listing}?{query}")
    assert response.status_code == status, (query, response.status_code)
    if status == 404:
        assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize("query", ["q=%00", "area=abc%00", "page=1%00", "x=" + "a" * 5000])
def test_nul_and_overlong_query_strings_are_400(client, listing, query):
    response = client.get(f"{listing}?{query}")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/cai-cach-hanh-chinh/linh-vuc/%3Cscript%3E/rss/",
        "/cai-cach-hanh-chinh/linh-vuc/khong-co/atom/",
        "/cai-cach-hanh-chinh/tin-bai/khong-co/",
        "/cai-cach-hanh-chinh/rss/extra/",
        "/en/khong-co/",
        "/%E1%BB%87/",
        "/binh-dinh%2F..%2F..%2Fetc/",
    ],
)
def test_unknown_paths_are_404(client, site_pages, path):
    assert client.get(path).status_code == 404


def test_unpublished_article_is_404(client, news):
    article = make_articles(news, 1)[0]
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_private_article_is_not_listed_or_served(client, column, news):
    from wagtail.models import PageViewRestriction

    articles = make_articles(news, 2)
    PageViewRestriction.objects.create(page=articles[0], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(articles[0].url).status_code == 302  # to the login page
    listing = client.get(column.url).content.decode()
    assert articles[0].title not in listing
    assert articles[1].title in listing
    feed = client.get(column.url + "rss/").content.decode()
    assert articles[0].title not in feed
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/tin-so-{0}/" not in sitemap and "/tin-so-1/" in sitemap
