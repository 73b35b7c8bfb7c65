"""What visitors see: identity from settings, listings, articles, languages, metadata."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Site

from reform.models import AgencySettings
from tests.factories import make_articles, vi_area, vi_division

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def test_home_shows_agency_identity_from_settings(client, site_pages):
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.name = "Sở Tài chính tỉnh Gia Lai"
    agency.person_responsible = "Người Chịu Trách Nhiệm"
    agency.phone = "0269 111 222"
    agency.save()
    html = soup(client.get("/"))
    assert html.find("html")["lang"] == "vi"
    assert "Sở Tài chính tỉnh Gia Lai" in html.find("header").get_text()
    footer = html.find("footer").get_text()
    assert "Người Chịu Trách Nhiệm" in footer
    assert "0269 111 222" in footer
    assert html.find("img", class_="brand__logo") is not None


def test_home_lists_latest_articles_newest_first(client, news):
    make_articles(news, 8)
    html = soup(client.get("/"))
    titles = [a.get_text() for a in html.select(".home-news .card__title a")]
    assert titles[0] == "Tin số 7: cải cách hành chính"
    assert len(titles) == 6


def test_english_home_is_under_en_with_switcher_and_hreflang(client, site_pages):
    html = soup(client.get("/en/"))
    assert html.find("html")["lang"] == "en"
    alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
    assert alternates["vi"].endswith("/")
    assert alternates["en"].endswith("/en/")
    assert "x-default" in alternates
    switcher = html.select_one(".lang-switch")
    assert switcher.find("a", hreflang="vi") is not None
    assert "Department of Finance" in html.find("header").get_text()


def test_column_lists_filters_and_paginates(client, column, news, settings):
    settings.REFORM_PAGE_SIZE = 5
    make_articles(news, 12)
    html = soup(client.get(column.url))
    assert len(html.select(".listing__results .card")) == 5
    assert html.select_one('a[rel="next"]')["href"].endswith("page=2")
    page3 = soup(client.get(column.url + "?page=3"))
    assert len(page3.select(".listing__results .card")) == 2


def test_column_filter_by_area_division_and_year(client, column, news):
    make_articles(news, 12)
    area = vi_area(2)
    html = soup(client.get(column.url, {"area": area.slug}))
    cards = html.select(".listing__results .card")
    assert cards and all(area.name in card.get_text() for card in cards)
    division = vi_division("thanh-tra")
    html = soup(client.get(column.url, {"division": division.slug}))
    cards = html.select(".listing__results .card")
    assert cards and all(division.name in card.get_text() for card in cards)
    html = soup(client.get(column.url, {"year": 2024}))
    assert not html.select(".listing__results .card")
    assert "Chưa có tin, bài nào phù hợp." in html.get_text()
    # The filter form works without JavaScript: a plain GET form with the state in the URL.
    form = html.select_one("form.filters__form")
    assert form["method"] == "get"
    assert html.select_one("#f-year option[selected]") is None
    # The form shows what is filtered: each select keeps its choice.
    html = soup(client.get(column.url, {"area": area.slug, "division": division.slug}))
    assert html.select_one("#f-area option[selected]")["value"] == area.slug
    assert html.select_one("#f-area option[selected]").get_text() == f"2. {area.name}"
    assert html.select_one("#f-division option[selected]")["value"] == division.slug
    assert html.select_one("#f-year option[selected]") is None


def test_article_page_has_metadata_breadcrumbs_and_related(client, news):
    articles = make_articles(news, 7)
    article = articles[0]
    html = soup(client.get(article.url))
    assert html.find("h1").get_text() == article.title
    assert html.find("meta", attrs={"name": "DC.title"})["content"] == article.title
    assert html.find("meta", attrs={"name": "DC.date"})["content"] == article.date.isoformat()
    assert html.find("meta", attrs={"property": "og:type"})["content"] == "article"
    crumbs = [a.get_text() for a in html.select(".breadcrumbs a")]
    assert crumbs == ["Trang chủ", "Cải cách hành chính", "Tin, bài"]
    related = [a.get_text() for a in html.select(".related .card__title a")]
    assert related and article.title not in related
    assert html.find("link", attrs={"media": "print"}) is not None


def test_english_article_shows_localized_taxonomy(client, news):
    article = make_articles(news, 1)[0]
    en = Locale.objects.get(language_code="en")
    english = article.copy_for_translation(en, copy_parents=True)
    english.title = "Reform news"
    english.save_revision().publish()
    html = soup(client.get(english.url))
    assert html.find("html")["lang"] == "en"
    area_names = [li.get_text() for li in html.select(".article__footer .tags li")]
    assert area_names == ["Institutional reform"]


def test_sitemap_page_lists_sections(client, site_pages):
    html = soup(client.get("/so-do-trang/"))
    links = [a.get_text() for a in html.select(".sitemap a")]
    assert "Cải cách hành chính" in links and "Tin, bài" in links


def test_unknown_page_is_a_vietnamese_404(client, site_pages):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_column_lists_its_sections(client, column):
    from wagtail.models import Page

    html = soup(client.get(column.url))
    links = [(a.get_text(), a["href"]) for a in html.select(".column-sections a")]
    children = Page.objects.child_of(column).live().order_by("path")
    assert links == [(child.title, child.url) for child in children]
    assert len(links) >= 2


def test_a_large_site_gets_a_sitemap_index_of_parts(client, news, settings, django_assert_max_num_queries):
    import re

    articles = make_articles(news, 12)
    settings.REFORM_SITEMAP_LIMIT = 5
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    xml = index.content.decode()
    assert "<sitemapindex" in xml
    parts = re.findall(r"<loc>http://testserver(/sitemap-pages\.xml(?:\?p=\d+)?)</loc>", xml)
    assert len(parts) >= 3
    listed = []
    for part in parts:
        with django_assert_max_num_queries(8):
            body = client.get(part).content.decode()
        assert "<urlset" in body and body.count("<url>") <= 5
        listed += re.findall(r"<url>\s*<loc>([^<]+)</loc>", body)
    assert len(listed) == len(set(listed))
    for article in articles:
        assert f"http://testserver{article.url}" in listed
    assert client.get("/sitemap-pages.xml?p=999").status_code == 404
    assert client.get("/sitemap-pages.xml?p=abc").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_a_small_site_keeps_one_sitemap_file(client, news):
    make_articles(news, 3)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<urlset" in xml and "<sitemapindex" not in xml
