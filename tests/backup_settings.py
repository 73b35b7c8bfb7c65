"""Settings for the subprocesses of tests/test_backup.py: a real site on its own database and media.

The suite's settings keep uploads in memory; a backup needs them on disk. The cache is local to each
process, so every rendering starts cold and a page cannot come from a cache filled before a restore.
"""

from cms.settings.test import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "backup-test"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
