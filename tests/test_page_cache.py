"""The anonymous page cache: hits cost no query, every public change shows at once, nothing personal is kept.

Each test runs in a transaction that never commits, so changes are made inside
django_capture_on_commit_callbacks(execute=True): the callbacks run as a real commit would run them,
and only then may the cache change. Run on Redis with REDIS_URL=redis://127.0.0.1:6379/<db>.
"""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.template import engines
from django.urls import path
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction, Site

from reform.models import AgencySettings, ArticleIndexPage, ArticlePage, DocumentType, IssuingBody, ReformArea
from reform.models.events import EventKind
from reform.pagecache import store
from tests.factories import make_articles, vi_area, vi_division

pytestmark = pytest.mark.django_db

USERBAR = "w-userbar"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_MAX_AGE = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Make changes as one committed transaction: on-commit callbacks run when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def fetch(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def warm(client, *urls):
    """Fill the cache for urls and check each is then answered from it."""
    for url in urls:
        fetch(client, url)
        assert fetch(client, url)["X-Cache"] == "HIT", url


def text(response):
    return response.content.decode()


def draft(parent, title, slug):
    article = ArticlePage(title=title, slug=slug, lead="Sapo.", date=datetime.date(2030, 1, 1), live=False)
    parent.add_child(instance=article)
    article.reform_areas.set([vi_area(1)])
    article.save_revision()
    return article


def published(parent, title, slug, commit):
    article = draft(parent, title, slug)
    with commit():
        article.get_latest_revision().publish()
    article.refresh_from_db()
    return article


def listings(column, news):
    return ["/", column.url, news.url, f"{column.url}rss/", f"{column.url}atom/", "/sitemap.xml"]


# --- served from the cache ----------------------------------------------------------------------------


def test_second_anonymous_request_is_a_hit_without_queries(client, column, news, django_assert_num_queries):
    article = make_articles(news, 2)[0]
    urls = [
        *listings(column, news),
        article.url,
        "/en/",
        "/so-do-trang/",
        "/robots.txt",
        "/tim-kiem/?q=cai+cach",
        f"{column.url}?area={vi_area(2).slug}",
    ]
    for url in urls:
        first = fetch(client, url)
        assert first["X-Cache"] == "MISS", url
        with django_assert_num_queries(0):
            second = fetch(client, url)
        assert second["X-Cache"] == "HIT", url
        assert second.content == first.content
        assert second["Content-Type"] == first["Content-Type"]


def test_head_is_answered_from_the_get_entry(client, site_pages, django_assert_num_queries):
    fetch(client, "/")
    with django_assert_num_queries(0):
        response = client.head("/")
    assert response.status_code == 200 and response["X-Cache"] == "HIT"


def test_vietnamese_root_and_english_are_separate_entries(client, site_pages):
    warm(client, "/", "/en/")
    assert 'lang="vi"' in text(fetch(client, "/"))
    assert 'lang="en"' in text(fetch(client, "/en/"))
    # The language at / comes from the path alone: a browser asking for English still gets Vietnamese.
    english_browser = fetch(client, "/", HTTP_ACCEPT_LANGUAGE="en", HTTP_COOKIE="django_language=en")
    assert english_browser["X-Cache"] == "HIT" and 'lang="vi"' in text(english_browser)


def test_query_order_shares_an_entry_and_long_queries_are_not_kept(client, column, settings):
    settings.PAGE_CACHE_MAX_QUERY_LENGTH = 120
    area, division = vi_area(2).slug, vi_division("thanh-tra").slug
    fetch(client, f"{column.url}?area={area}&division={division}")
    assert fetch(client, f"{column.url}?division={division}&area={area}")["X-Cache"] == "HIT"
    assert fetch(client, f"{column.url}?area={vi_area(3).slug}")["X-Cache"] == "MISS"
    long_query = f"{column.url}?q={'x' * 130}"
    fetch(client, long_query)
    assert fetch(client, long_query)["X-Cache"] == "MISS"


def test_revalidation_with_etag_gets_304(client, site_pages):
    etag = fetch(client, "/")["ETag"]
    response = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response["X-Cache"] == "HIT"
    assert response["ETag"] == etag and "public" in response["Cache-Control"]


def test_disabled_cache_serves_every_request_fresh(client, site_pages, settings):
    settings.PAGE_CACHE_ENABLED = False
    fetch(client, "/")
    response = fetch(client, "/")
    assert "X-Cache" not in response
    assert "public" in response["Cache-Control"]  # proxies may still keep it for max-age


# --- invalidation ---------------------------------------------------------------------------------------


def test_publishing_shows_on_every_listing_feed_and_sitemap_at_once(client, column, news, commit):
    make_articles(news, 3)
    warm(client, *listings(column, news))
    article = draft(news, "Tin mới xuất bản về một cửa liên thông", "tin-moi-xuat-ban")
    with commit():
        article.get_latest_revision().publish()
        # Not before the commit: another instance could otherwise cache the old list again.
        assert fetch(client, "/")["X-Cache"] == "HIT"
    for url in listings(column, news):
        response = fetch(client, url)
        assert response["X-Cache"] == "MISS", url
        assert "tin-moi-xuat-ban" in text(response), url
    assert "Tin mới xuất bản về một cửa liên thông" in text(fetch(client, "/"))


def test_scheduled_publishing_going_live_shows_at_once(client, column, news, commit):
    warm(client, *listings(column, news))
    article = draft(news, "Tin hẹn giờ đăng", "tin-hen-gio")
    revision = article.get_latest_revision()
    revision.approved_go_live_at = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    assert fetch(client, "/")["X-Cache"] == "HIT"
    with commit():
        call_command("publish_scheduled", verbosity=0)
    for url in listings(column, news):
        assert "tin-hen-gio" in text(fetch(client, url)), url


def test_unpublishing_removes_it_everywhere(client, column, news, commit):
    article = published(news, "Tin sẽ bị gỡ", "tin-se-bi-go", commit)
    warm(client, *listings(column, news), article.url)
    with commit():
        article.unpublish()
    assert client.get(article.url).status_code == 404
    for url in listings(column, news):
        assert "tin-se-bi-go" not in text(fetch(client, url)), url


def test_deleting_removes_it_everywhere(client, column, news, commit):
    article = published(news, "Tin sẽ bị xóa", "tin-se-bi-xoa", commit)
    url = article.url
    warm(client, *listings(column, news), url)
    with commit():
        Page.objects.get(pk=article.pk).delete()
    assert client.get(url).status_code == 404
    for listing in listings(column, news):
        assert "tin-se-bi-xoa" not in text(fetch(client, listing)), listing


def test_moving_updates_both_sections(client, column, news, commit):
    other = ArticleIndexPage(title="Tin khác", slug="tin-khac")
    column.add_child(instance=other)
    article = published(news, "Tin được chuyển mục", "tin-chuyen-muc", commit)
    old_url = article.url
    warm(client, news.url, other.url, old_url, "/sitemap.xml")
    assert "tin-chuyen-muc" not in text(fetch(client, other.url))
    with commit():
        Page.objects.get(pk=article.pk).move(other, pos="last-child")
    # Wagtail leaves a redirect at the old address; the cached copy of the old page is gone.
    moved = client.get(old_url)
    assert moved.status_code == 301 and moved["Location"].endswith("/tin-khac/tin-chuyen-muc/")
    assert "tin-chuyen-muc" not in text(fetch(client, news.url))
    assert "tin-khac/tin-chuyen-muc/" in text(fetch(client, other.url))
    assert "tin-khac/tin-chuyen-muc/" in text(fetch(client, "/sitemap.xml"))


def test_renaming_a_taxonomy_shows_on_listings_at_once(client, column, news, commit):
    make_articles(news, 6)
    warm(client, column.url, f"{column.url}rss/")
    area, division = vi_area(1), vi_division("thanh-tra")
    with commit():
        area.name = "Cải cách thể chế (tên mới)"
        area.save()
        division.name = "Thanh tra Sở (tên mới)"
        division.save()
    listing = text(fetch(client, column.url))
    assert "Cải cách thể chế (tên mới)" in listing and "Thanh tra Sở (tên mới)" in listing
    assert "Cải cách thể chế (tên mới)" in text(fetch(client, f"{column.url}rss/"))


def test_agency_settings_edit_shows_on_every_page_at_once(client, column, news, commit):
    warm(client, "/", column.url, "/en/")
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    with commit():
        agency.name = "Sở Tài chính tỉnh Gia Lai"
        agency.name_en = "Gia Lai Department of Finance"
        agency.save()
    assert "Sở Tài chính tỉnh Gia Lai" in text(fetch(client, "/"))
    assert "Sở Tài chính tỉnh Gia Lai" in text(fetch(client, column.url))
    assert "Gia Lai Department of Finance" in text(fetch(client, "/en/"))


def _edit_snippet(model):
    def edit():
        row = model.objects.first()
        row.name += " (sửa)"
        row.save()

    return edit


@pytest.mark.parametrize(
    "change",
    [
        _edit_snippet(ReformArea),
        _edit_snippet(IssuingBody),
        _edit_snippet(DocumentType),
        _edit_snippet(EventKind),
        lambda: Site.objects.filter(is_default_site=True).first().save(),
        lambda: Redirect.objects.create(old_path="/tin-cu", redirect_link="/"),
        lambda: PageViewRestriction.objects.create(
            page=ArticleIndexPage.objects.first(), restriction_type="password", password="mat-khau"
        ),
    ],
    ids=["area", "issuing-body", "document-type", "event-kind", "site", "redirect", "view-restriction"],
)
def test_public_changes_bump_the_generation_after_commit(site_pages, commit, change):
    store.bump()
    before = cache.get(store.GENERATION_KEY)
    with commit():
        change()
        assert cache.get(store.GENERATION_KEY) == before
    assert cache.get(store.GENERATION_KEY) != before


def test_clear_page_cache_command_renders_every_page_again(client, site_pages):
    warm(client, "/")
    call_command("clear_page_cache", stdout=io.StringIO())
    assert fetch(client, "/")["X-Cache"] == "MISS"


def test_a_draft_or_a_login_does_not_invalidate(client, column, news, commit, people):
    article = published(news, "Tin đã đăng", "tin-da-dang", commit)
    warm(client, "/", column.url, article.url)
    with commit():
        article.title = "Tiêu đề bản nháp chưa duyệt"
        article.save_revision(user=people["writer"])
        people["writer"].save(update_fields=["last_login"])
    for url in ("/", column.url, article.url):
        response = fetch(client, url)
        assert response["X-Cache"] == "HIT", url
        assert "Tiêu đề bản nháp chưa duyệt" not in text(response)


# --- never cached ---------------------------------------------------------------------------------------


def test_logged_in_users_are_never_served_or_stored(client, site_pages, people):
    client.force_login(people["admin"])
    signed_in = fetch(client, "/")
    assert "X-Cache" not in signed_in
    assert USERBAR in text(signed_in)
    assert "private" in signed_in["Cache-Control"] and "public" not in signed_in["Cache-Control"]
    client.logout()
    anonymous = fetch(client, "/")
    assert anonymous["X-Cache"] == "MISS"  # the signed-in copy was not kept
    assert USERBAR not in text(anonymous)
    assert fetch(client, "/")["X-Cache"] == "HIT"
    client.force_login(people["admin"])
    again = fetch(client, "/")
    assert "X-Cache" not in again and USERBAR in text(again)  # nor is the anonymous copy served


def test_password_protected_page_is_never_cached(client, news, commit):
    article = published(news, "Tin nội bộ", "tin-noi-bo", commit)
    with commit():
        PageViewRestriction.objects.create(page=article, restriction_type="password", password="mat-khau-noi-bo")
    for _ in range(2):
        response = fetch(client, article.url)
        assert response["X-Cache"] == "MISS"
        assert "csrfmiddlewaretoken" in text(response)
        assert "private" in response["Cache-Control"]


def test_admin_and_errors_are_never_cached(client, site_pages, settings):
    for _ in range(2):
        login = client.get(f"/{settings.ADMIN_PATH}login/")
        assert "X-Cache" not in login
        assert "public" not in login["Cache-Control"]
        missing = client.get("/khong-co-trang-nay/")
        assert missing.status_code == 404 and missing["X-Cache"] == "MISS"
        assert "private" in missing["Cache-Control"]


def test_public_page_headers(client, site_pages):
    response = fetch(client, "/")
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=60"}
    vary = {v.strip().lower() for v in response["Vary"].split(",")}
    assert "cookie" in vary and "accept-language" not in vary
    assert "Set-Cookie" not in response


def csrf_form(request):
    template = engines["django"].from_string("<form method='post'>{% csrf_token %}</form>")
    return HttpResponse(template.render({}, request))


def plain(request):
    return HttpResponse("plain")


urlpatterns = [path("csrf-form/", csrf_form), path("plain/", plain)]


@pytest.mark.urls("tests.test_page_cache")
def test_responses_with_a_csrf_token_are_never_cached(client):
    fetch(client, "/plain/")
    assert fetch(client, "/plain/")["X-Cache"] == "HIT"
    for _ in range(2):
        response = fetch(client, "/csrf-form/")
        assert response["X-Cache"] == "MISS" and "csrfmiddlewaretoken" in text(response)
        assert "private" in response["Cache-Control"]
    # A visitor who already holds a CSRF cookie gets the form too, never a shared copy.
    client.cookies["csrftoken"] = response.cookies["csrftoken"].value
    assert fetch(client, "/csrf-form/")["X-Cache"] == "MISS"


# --- CDN / reverse proxy purge ----------------------------------------------------------------------------


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def test_publishing_purges_the_page_and_the_pages_listing_it(column, news, commit, settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged = []
    article = draft(news, "Tin cần xóa khỏi CDN", "tin-cdn")
    with commit():
        article.get_latest_revision().publish()
        assert RecordingBackend.purged == []  # nothing leaves before the commit
    purged = {url.removeprefix("http://localhost") for url in RecordingBackend.purged}
    expected = {
        "/cai-cach-hanh-chinh/tin-bai/tin-cdn/",
        "/",
        "/en/",
        column.url,
        news.url,
        f"{column.url}rss/",
        f"{column.url}atom/",
        f"{column.url}linh-vuc/{vi_area(1).slug}/rss/",
        "/sitemap.xml",
        "/so-do-trang/",
        "/en/so-do-trang/",
    }
    assert expected <= purged, expected - purged


def test_unpublishing_and_deleting_purge_the_old_address(news, commit, settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    article = published(news, "Tin sẽ bị xóa khỏi CDN", "tin-xoa-cdn", commit)
    RecordingBackend.purged = []
    with commit():
        Page.objects.get(pk=article.pk).delete()
    assert any(url.endswith("/tin-bai/tin-xoa-cdn/") for url in RecordingBackend.purged)
