"""Fast on purpose, but the same apps, middleware and database engines as real use."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not ":memory:": the browser tests' live server answers concurrent requests (autosave
    # and submit), and a shared in-memory database fails those with "table is locked" at once,
    # where a WAL file waits (busy_timeout) as the real site does.
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_SQLITE_NAME", str(BASE_DIR / ".pytest-db.sqlite3"))}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests render pages, change content and count queries of uncached renders; tests/test_page_cache.py
# turns the page cache on where it is the subject.
PAGE_CACHE_ENABLED = False
