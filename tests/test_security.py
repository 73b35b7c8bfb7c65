"""Security (issue 7): login throttling, the Content-Security-Policy, production headers and cookies,
a configurable admin path.

Production values are read from cms.settings.production in a subprocess (it refuses to load without its
environment) and applied to this process with override_settings, so real pages are checked against the
real production configuration.
"""

import importlib
import json
import os
import re
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db.models import F
from django.test import RequestFactory, override_settings
from django.urls import clear_url_caches, reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from cms.security import client_ip
from reform.models import ArticlePage
from tests.document_factories import library_pages
from tests.event_factories import make_event
from tests.factories import make_articles
from tests.rich_content import fresh_site, make_rich_article
from tests.workflow_helpers import PASSWORD, draft_article, make_user

ROOT = Path(settings.BASE_DIR)
CLIENT = "203.0.113.7"
VIDEO = "https://www.youtube.com/watch?v=cchc2023"


def locked_message(minutes):
    return f"Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {minutes} phút."


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def policy(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    assert header in response, f"no {header} header"
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


# --- login throttling (django-axes) -----------------------------------------------------------------


@pytest.fixture
def throttling(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.AXES_COOLOFF_TIME = timedelta(minutes=15)
    settings.REVERSE_PROXY_COUNT = 0


@pytest.fixture
def editor(site_pages):
    return make_user("bientap.antoan", "writer", "quan-ly-ngan-sach")


def login(client, username, password, address=CLIENT, **headers):
    return client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_admin_login_is_locked_after_repeated_failures_with_a_vietnamese_message(client, throttling, editor):
    for _ in range(2):
        response = login(client, editor.username, "mat-khau-sai")
        assert response.status_code == 200  # the form again, with Wagtail's error
    response = login(client, editor.username, "mat-khau-sai")
    assert response.status_code == 429
    assert locked_message(15) in text_of(response)
    assert 'lang="vi"' in response.content.decode()

    # While locked even the right password is refused, and the admin stays closed.
    response = login(client, editor.username, PASSWORD)
    assert response.status_code == 429
    assert locked_message(15) in text_of(response)
    assert not signed_in(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_the_lock_is_for_the_username_from_that_address_only(client, throttling, editor):
    other = make_user("bientap.khac", "writer", "quan-ly-ngan-sach")
    for _ in range(3):
        login(client, editor.username, "mat-khau-sai")
    assert login(client, editor.username, PASSWORD).status_code == 429
    # Another person at the same office address signs in.
    assert login(client, other.username, PASSWORD).status_code == 302
    client.logout()
    # The same person from another address signs in.
    assert login(client, editor.username, PASSWORD, address="198.51.100.20").status_code == 302


def test_the_lock_ends_after_the_cool_off(client, throttling, editor):
    for _ in range(3):
        login(client, editor.username, "mat-khau-sai")
    assert login(client, editor.username, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    response = login(client, editor.username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert signed_in(client)


def test_an_administrator_can_lift_the_lock_and_a_success_clears_the_count(client, throttling, editor):
    for _ in range(3):
        login(client, editor.username, "mat-khau-sai")
    assert login(client, editor.username, PASSWORD).status_code == 429
    call_command("axes_reset_username", editor.username, verbosity=0)
    assert login(client, editor.username, PASSWORD).status_code == 302
    client.logout()
    # Two mistakes, a success, two mistakes: never three in a row, never locked.
    for _ in range(2):
        assert login(client, editor.username, "mat-khau-sai").status_code == 200
    assert login(client, editor.username, PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        assert login(client, editor.username, "mat-khau-sai").status_code == 200
    assert login(client, editor.username, PASSWORD).status_code == 302


def test_without_cool_off_the_lock_waits_for_an_administrator(client, throttling, settings, editor):
    settings.AXES_COOLOFF_TIME = None
    for _ in range(3):
        response = login(client, editor.username, "mat-khau-sai")
    assert response.status_code == 429
    assert "Vui lòng liên hệ quản trị viên để mở khóa." in text_of(response)


def test_a_forged_x_forwarded_for_does_not_escape_the_lock(client, throttling, editor):
    # No proxy is configured, so the header is the client's own word and is ignored.
    for n in range(3):
        login(client, editor.username, "mat-khau-sai", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert login(client, editor.username, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


@pytest.mark.parametrize(
    "proxies,forwarded_for,remote,expected",
    [
        (0, "192.0.2.1", "10.0.0.5", "10.0.0.5"),  # no proxy configured: the header is ignored
        (1, "192.0.2.1", "127.0.0.1", "192.0.2.1"),  # nginx appended the client's address
        (1, "6.6.6.6, 192.0.2.1", "127.0.0.1", "192.0.2.1"),  # a forged entry left of it is ignored
        (2, "6.6.6.6, 192.0.2.1, 10.0.0.9", "127.0.0.1", "192.0.2.1"),  # a load balancer, then nginx
        (2, "192.0.2.1", "127.0.0.1", "127.0.0.1"),  # fewer hops than proxies: not through them all
        (1, "not-an-address", "127.0.0.1", "127.0.0.1"),
        (1, "2001:db8::1", "::1", "2001:db8::1"),
    ],
)
def test_client_address_trusts_only_our_own_proxies(settings, proxies, forwarded_for, remote, expected):
    settings.REVERSE_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_ip(request) == expected


def test_behind_a_proxy_each_visitor_is_locked_separately(client, throttling, settings, editor):
    settings.REVERSE_PROXY_COUNT = 1
    for _ in range(3):
        login(client, editor.username, "mat-khau-sai", address="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.10")
    locked = login(client, editor.username, PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.10")
    assert locked.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "192.0.2.10"
    other = login(client, editor.username, PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.11")
    assert other.status_code == 302


# --- Content-Security-Policy --------------------------------------------------------------------------


def public_urls(pages):
    """Every kind of public page, including an article with a video embed and an event with JSON-LD."""
    news = pages["news"]
    make_articles(news, 3)
    rich = make_rich_article(news)
    Embed.objects.update_or_create(
        hash=get_embed_hash(VIDEO),
        defaults={
            "url": VIDEO,
            "type": "video",
            "html": '<iframe width="480" height="270" src="https://www.youtube.com/embed/cchc2023" '
            'title="Video" allowfullscreen></iframe>',
            "width": 480,
            "height": 270,
        },
    )
    video = ArticlePage.objects.get(pk=make_articles(news, 1, start=90)[0].pk)
    video.body = [{"type": "paragraph", "value": "<p>Xem video.</p>"}, {"type": "embed", "value": VIDEO}]
    video.save_revision().publish()
    event = make_event()
    return {
        "home": "/",
        "home-en": "/en/",
        "column": pages["column"].url,
        "news": news.url,
        "article": rich.url,
        "video": video.url,
        "event": event.url,
        "sitemap": "/so-do-trang/",
        "not-found": "/khong-co-trang-nay/",
        **library_pages(),
    }


def inline_code(html):
    """What a strict policy would block: inline scripts (JSON-LD data blocks aside), <style>, style
    attributes, event-handler attributes, javascript: links."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") not in {"application/ld+json", "application/json"}:
            found.append(str(script)[:120])
    found += [str(style)[:120] for style in soup.find_all("style")]
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name == "style" or name.startswith("on"):
                found.append(f"<{element.name} {name}=…>")
            if name in {"href", "src", "action"} and str(value).strip().lower().startswith("javascript:"):
                found.append(f"<{element.name} {name}=javascript:…>")
    return found


def assert_public_policy(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert "'self'" in directives["object-src"]  # the document page's PDF <object>
    assert "https://www.youtube.com" in directives["frame-src"]
    for sources in directives.values():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources


@pytest.mark.django_db
def test_public_pages_have_a_strict_policy_and_no_inline_code(client, site_pages):
    for name, url in public_urls(site_pages).items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), name
        assert_public_policy(response)
        assert inline_code(response.content) == [], name
        assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_a_page_served_from_the_page_cache_keeps_its_policy(client, site_pages, settings):
    settings.PAGE_CACHE_ENABLED = True
    first, second = client.get("/"), client.get("/")
    assert second.get("X-Cache") == "HIT"
    assert policy(second) == policy(first)
    assert_public_policy(second)
    assert second["X-Request-ID"] != first["X-Request-ID"]


@pytest.mark.django_db
def test_embeds_are_sized_without_a_style_attribute(client, site_pages):
    video = public_urls(site_pages)["video"]
    html = BeautifulSoup(client.get(video).content, "html.parser")
    wrapper = html.select_one(".responsive-object")
    assert wrapper is not None and wrapper.find("iframe") is not None
    assert "style" not in wrapper.attrs


def test_the_event_json_ld_is_a_data_block_not_a_script(client, site_pages):
    event = make_event()
    html = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert html.find("script", type="application/ld+json") is not None


def test_the_500_page_has_no_inline_style():
    html = (ROOT / "cms" / "templates" / "500.html").read_text()
    assert "<style" not in html and "style=" not in html


@pytest.mark.django_db
def test_admin_pages_load_for_an_editor_under_the_admin_policy(client, site_pages, editor):
    news = site_pages["news"]
    article = draft_article(news, editor)
    client.force_login(editor)
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[news.pk]),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:add", args=["reform", "articlepage", news.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        assert "'unsafe-inline'" in directives["script-src"], url
        assert directives["frame-ancestors"] == ["'self'"]
        assert directives["object-src"] == ["'self'"]


def test_the_admin_policy_is_only_under_the_admin_path(client, site_pages):
    assert "'unsafe-inline'" in policy(client.get(reverse("wagtailadmin_login")))["script-src"]
    # A public path that merely starts like it gets the public policy.
    assert policy(client.get("/adminx/"))["script-src"] == ["'self'"]


# --- production settings: headers and cookies ------------------------------------------------------

PRODUCTION_KEYS = [
    "DEBUG",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
]


def production_values(**env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SECRET_KEY", "ALLOWED_HOSTS"))}
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="cchc.example.gov.vn",
        **env,
    )
    script = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{k: getattr(settings, k) for k in {PRODUCTION_KEYS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture(scope="module")
def production():
    return production_values()


HTTPS = {"HTTP_X_FORWARDED_PROTO": "https"}


@pytest.mark.django_db
def test_production_headers_on_a_public_page(client, site_pages, production):
    with override_settings(**production):
        response = client.get("/", **HTTPS)
        assert response.status_code == 200
        assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert_public_policy(response)
        assert "upgrade-insecure-requests" in policy(response)
        # Plain HTTP goes to HTTPS, except the load balancer's probe.
        redirect = client.get("/cai-cach-hanh-chinh/")
        assert redirect.status_code == 301
        assert redirect["Location"] == "https://testserver/cai-cach-hanh-chinh/"
        assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_production_cookies_are_secure_httponly_and_same_site(client, editor, production):
    with override_settings(**production):
        form = client.get(reverse("wagtailadmin_login"), **HTTPS)
        assert form.status_code == 200
        csrf = form.cookies["csrftoken"]
        assert csrf["secure"] and csrf["samesite"] == "Lax"
        response = login(client, editor.username, PASSWORD, **HTTPS)
        assert response.status_code == 302
        session = response.cookies[settings.SESSION_COOKIE_NAME]
        assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


def test_production_settings_follow_the_environment():
    values = production_values(SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="600", SECURE_HSTS_PRELOAD="0")
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_HSTS_SECONDS"] == 600
    assert values["SECURE_HSTS_PRELOAD"] is False
    # Without TLS at the proxy, upgrading requests would break every page.
    assert "upgrade-insecure-requests" not in values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]


# --- the admin path ---------------------------------------------------------------------------------


@pytest.fixture
def admin_path():
    """The URLconf rebuilt with ADMIN_PATH=quan-tri-cchc/, as the environment variable would."""
    import cms.urls

    try:
        with override_settings(ADMIN_PATH="quan-tri-cchc/"):
            importlib.reload(cms.urls)
            clear_url_caches()
            yield "/quan-tri-cchc/"
    finally:
        importlib.reload(cms.urls)
        clear_url_caches()


@pytest.mark.django_db
def test_the_admin_path_is_configurable(client, site_pages, throttling, editor, admin_path):
    assert reverse("wagtailadmin_home") == admin_path
    assert reverse("wagtailadmin_login") == admin_path + "login/"
    response = client.get(admin_path + "login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]
    old = client.get("/admin/login/")
    assert old.status_code == 404
    assert policy(old)["script-src"] == ["'self'"]
    # Throttling follows the admin wherever it lives.
    for _ in range(3):
        login(client, editor.username, "mat-khau-sai")
    assert locked_message(15) in text_of(login(client, editor.username, PASSWORD))
    AccessAttempt.objects.all().delete()
    assert login(client, editor.username, PASSWORD)["Location"] == admin_path


def test_nothing_hard_codes_the_admin_path():
    """Links to the admin go through {% url %} / reverse(), so ADMIN_PATH moves all of them."""
    # A string or attribute that starts with /admin/ (a docstring that mentions the path is not a link).
    pattern = re.compile(r"""(?<!["']{2})["'(=]/admin(/|["'])""")
    offenders = []
    for folder in ("accounts", "cms", "home", "reform", "bench"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".html", ".js", ".txt", ".xml"} and "migrations" not in path.parts:
                for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                    if pattern.search(line):
                        offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


# --- in a real browser --------------------------------------------------------------------------------


@pytest.mark.browser
def test_chromium_reports_no_csp_violation_on_public_or_admin_pages(browser, live_server, transactional_db, settings):
    settings.ROOT_URLCONF = "tests.urls_with_media"
    settings.AXES_FAILURE_LIMIT = 5
    pages = fresh_site()
    urls = public_urls(pages)
    writer = make_user("bientap.trinhduyet", "writer", "quan-ly-ngan-sach")
    article = draft_article(pages["news"], writer)

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), lambda route: route.abort())
    violations = []
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}") if "Content Security Policy" in message.text else None
        ),
    )

    def visit(url, status=200):
        response = page.goto(live_server.url + url, wait_until="load")
        assert response.status == status, url
        page.wait_for_timeout(300)  # late scripts (the userbar, the editor's widgets) report too

    try:
        for name, url in urls.items():
            visit(url, 404 if name == "not-found" else 200)
        assert violations == [], "\n".join(violations)

        visit(reverse("wagtailadmin_login"))
        page.fill('input[name="username"]', "bientap.trinhduyet")
        page.fill('input[name="password"]', PASSWORD)
        page.click('form button[type="submit"]')
        page.wait_for_url(lambda url: "/login/" not in url)
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[pages["news"].pk]),
            reverse("wagtailadmin_pages:edit", args=[article.pk]),
            reverse("wagtailadmin_pages:add", args=["reform", "articlepage", pages["news"].pk]),
        ):
            visit(url)
        # Signed in, public pages carry Wagtail's userbar: still nothing refused.
        visit(urls["article"])
        assert page.locator("wagtail-userbar").count() == 1
        assert violations == [], "\n".join(violations)
    finally:
        context.close()
