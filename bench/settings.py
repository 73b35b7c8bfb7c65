"""Production settings, made runnable on loopback for the benchmark.

We measure what production runs (DEBUG off, the same middleware, templates and cache), so this
imports cms.settings.production and only relaxes what a plain-HTTP loopback run cannot satisfy.
The database is the bench's own file unless DATABASE_URL points at PostgreSQL: never the dev db.
"""

import os
import warnings
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
BENCH_SQLITE = BENCH_DIR / "bench.sqlite3"

# production.py refuses to start without these; local-only values, never used outside loopback.
os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_SQLITE}")

from cms.settings.production import *  # noqa: E402, F403
from cms.settings.production import BASE_DIR, DATABASES, STORAGES  # noqa: E402

if (
    DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    and Path(DATABASES["default"]["NAME"]).resolve() == (BASE_DIR / "db.sqlite3").resolve()
):
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("The benchmark must not run against the dev database db.sqlite3.")

DEBUG = False
ROOT_URLCONF = "bench.urls"

# Plain HTTP on 127.0.0.1: no redirect to https, and cookies must be sendable over http.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False

# Generated hero images and their renditions stay out of the dev media/, one folder per bench
# database, so rebuilding one database never removes the files another one points at.
_database = DATABASES["default"]
_engine = _database["ENGINE"].rsplit(".", 1)[-1]
MEDIA_ROOT = BENCH_DIR / "media" / f"{_engine}-{Path(str(_database['NAME'])).stem}"

# The manifest storage needs collectstatic's manifest; without it every {% static %} raises.
# Static files are not what we measure, so plain storage is used unless collectstatic was run.
if not (Path(STATIC_ROOT) / "staticfiles.json").exists():  # noqa: F405
    STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}

# One log line per request would cost more than some of the pages we time.
LOGGING = {
    **LOGGING,  # noqa: F405
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# WhiteNoise warns when STATIC_ROOT does not exist yet; that is expected without collectstatic.
warnings.filterwarnings("ignore", message="No directory at")
