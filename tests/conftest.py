"""The page tree is built once per session; each test runs in a transaction rolled back after it."""

import pytest
from django.core.management import call_command

from reform.bootstrap import setup_site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("setup_site", verbosity=0)


@pytest.fixture
def site_pages(db):
    return setup_site()


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
