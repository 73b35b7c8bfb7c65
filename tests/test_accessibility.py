"""WCAG 2.1 AA in a real browser: axe-core finds nothing, and pages fit a 375px phone screen."""

from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from reform.demo.loader import ensure_about, ensure_plan
from tests.document_factories import library_pages
from tests.factories import make_articles
from tests.rich_content import fresh_site, make_rich_article

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.fixture
def site_urls(transactional_db, settings):
    """The site's pages, built inside the test: the live server's clean-up flushes the database."""
    settings.ROOT_URLCONF = "tests.urls_with_media"
    pages = fresh_site()
    home, column, news = pages["home"], pages["column"], pages["news"]
    en = Locale.objects.get(language_code="en")
    make_articles(news, 7)
    article = make_rich_article(news)
    return {
        "home": "/",
        "column": column.url,
        "article": article.url,
        "home-en": "/en/",
        "about": ensure_about(home, en).url,
        "sitemap": "/so-do-trang/",
        "plan": ensure_plan(column, en).url,
        "not-found": "/khong-co-trang-nay/",
        **library_pages(),
    }


@pytest.fixture
def page_factory(browser):
    if not AXE.exists():
        pytest.skip(f"{AXE} is missing: run `make node`")
    contexts = []

    def new_page(width, height):
        # axe-core goes in as an inline <script>, which the site's Content-Security-Policy rightly refuses.
        context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN", bypass_csp=True)
        contexts.append(context)
        return context.new_page()

    yield new_page
    for context in contexts:
        context.close()


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations",
        WCAG_TAGS,
    )


def describe(name, url, violations):
    lines = [f"{name} ({url}):"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:5]:
            lines.append(
                f"      {' '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}"
            )
        if len(violation["nodes"]) > 5:
            lines.append(f"      … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


# Scroll through the page so lazy images load, wait for every image, come back to the top;
# the images that failed to load.
LOAD_IMAGES = """async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo(0, y);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await Promise.all([...document.images].map((img) => img.complete ? null : new Promise((resolve) => {
    img.addEventListener("load", resolve);
    img.addEventListener("error", resolve);
  })));
  window.scrollTo(0, 0);
  return [...document.images].filter((img) => !img.naturalWidth).map((img) => img.src);
}"""


def visit(page, base_url, url):
    response = page.goto(base_url + url, wait_until="load")
    expected = 404 if url == "/khong-co-trang-nay/" else 200
    assert response.status == expected, f"{url}: {response.status}"
    broken = page.evaluate(LOAD_IMAGES)
    assert not broken, f"{url}: images that did not load: {broken}"


def assert_accessible_and_fitting(page, base_url, urls):
    """Every URL ({name: url}) loads, axe-core finds no WCAG 2.1 A/AA violation, nothing scrolls sideways."""
    failures, overflowing = [], []
    for name, url in urls.items():
        visit(page, base_url, url)
        violations = axe_violations(page)
        if violations:
            failures.append(describe(name, url, violations))
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            overflowing.append(f"{name} ({url}): scrollWidth {widths[0]} > {widths[1]}")
    assert not failures, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(failures)
    assert not overflowing, "Pages scroll sideways:\n" + "\n".join(overflowing)


@pytest.mark.parametrize("width,height", [(1280, 900), (375, 812)], ids=["desktop", "mobile"])
def test_pages_have_no_wcag_violations(live_server, site_urls, page_factory, width, height):
    page = page_factory(width, height)
    failures = []
    for name, url in site_urls.items():
        visit(page, live_server.url, url)
        violations = axe_violations(page)
        if violations:
            failures.append(describe(name, url, violations))
    assert not failures, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(failures)


def test_pages_fit_a_phone_screen_without_horizontal_scroll(live_server, site_urls, page_factory):
    page = page_factory(375, 812)
    ARTIFACTS.mkdir(exist_ok=True)
    overflowing = []
    for name, url in site_urls.items():
        visit(page, live_server.url, url)
        page.screenshot(path=str(ARTIFACTS / f"mobile-{name}.png"), full_page=True)
        widths = page.evaluate(
            "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
            " wide: [...document.querySelectorAll('body *')]"
            ".filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)"
            ".slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''))})"
        )
        if widths["scroll"] > widths["inner"]:
            overflowing.append(
                f"{name} ({url}): scrollWidth {widths['scroll']} > {widths['inner']}; too wide: {widths['wide']}"
            )
    assert not overflowing, "Pages scroll sideways at 375px:\n" + "\n".join(overflowing)
