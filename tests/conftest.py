"""The page tree is built once per session; each test runs in a transaction rolled back after it."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("setup_site", verbosity=0)


@pytest.fixture
def site_pages(db):
    """The session's page tree (built once by setup_site in django_db_setup)."""
    from wagtail.models import Site

    from reform.models import ArticleIndexPage, ReformColumnPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    column = ReformColumnPage.objects.get(locale_id=home.locale_id)
    return {"home": home, "column": column, "news": ArticleIndexPage.objects.get(locale_id=home.locale_id)}


@pytest.fixture
def column(site_pages):
    return site_pages["column"]


@pytest.fixture
def news(site_pages):
    return site_pages["news"]


def pytest_collection_modifyitems(config, items):
    # Browser tests use a live server, whose transactional clean-up empties the database;
    # they run last so the session-wide page tree serves every other test first.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the session's browser tests (Playwright, no downloaded browsers)."""
    import os
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not shutil.which(executable):
        pytest.skip(f"{executable} is missing: install Debian's chromium (make system)")
    # Playwright's sync API keeps an event loop in this thread; Django would then refuse ORM calls
    # from the test itself (data set-up, the transactional flush) as if they came from async code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def people(db):
    """One user per role of the editorial flow (tests/workflow_helpers.py)."""
    from tests.workflow_helpers import make_user

    return {
        "writer": make_user("bientap.qlns.t", "writer", "quan-ly-ngan-sach"),
        "head": make_user("truongphong.qlns.t", "head", "quan-ly-ngan-sach"),
        "other_writer": make_user("bientap.tcdn.t", "writer", "tai-chinh-doanh-nghiep-tin-hoc"),
        "other_head": make_user("truongphong.tcdn.t", "head", "tai-chinh-doanh-nghiep-tin-hoc"),
        "office": make_user("vanphong.t", "office"),
        "admin": make_user("quantri.t", "admin"),
    }


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in Vietnamese: a request to /en/ leaves English active in the test's thread."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
