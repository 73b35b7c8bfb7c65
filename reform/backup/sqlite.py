"""SQLite through its online backup API, both ways.

A file copy of a live WAL database can catch a half-written page or miss what still sits in the
-wal file; the backup API reads one consistent snapshot while writers carry on, and writes into a
live database under SQLite's own locks, so open connections see either the old or the new content.
"""

import sqlite3
from pathlib import Path

from django.utils.translation import gettext as _

from . import BackupError

FILE_NAME = "db.sqlite3"
BUSY_TIMEOUT_SECONDS = 60


def database_path(settings_dict):
    name = str(settings_dict["NAME"])
    if not name or name == ":memory:" or name.startswith("file:"):
        raise BackupError(_("Cơ sở dữ liệu SQLite phải là một tệp trên ổ đĩa (NAME=%(name)s).") % {"name": name})
    return Path(name)


def _check(connection, pragma):
    result = connection.execute(f"PRAGMA {pragma}").fetchone()[0]
    if result != "ok":
        raise BackupError(
            _("Tệp cơ sở dữ liệu SQLite bị lỗi (%(pragma)s: %(result)s).") % {"pragma": pragma, "result": result}
        )


def snapshot(settings_dict, destination):
    """Write a consistent, self-contained copy of the configured database to ``destination``."""
    source_path = database_path(settings_dict)
    if not source_path.exists():
        raise BackupError(_("Không có tệp cơ sở dữ liệu %(path)s.") % {"path": source_path})
    source = sqlite3.connect(source_path, timeout=BUSY_TIMEOUT_SECONDS)
    target = sqlite3.connect(destination)
    try:
        # One step: a single read transaction, so the copy is one point in time (WAL lets writers go on).
        source.backup(target)
        # The copy inherits the WAL flag in its header; one file with no -wal beside it travels better.
        target.execute("PRAGMA journal_mode=DELETE")
        _check(target, "quick_check")
    except sqlite3.Error as exc:
        raise BackupError(_("Không sao lưu được cơ sở dữ liệu SQLite: %(error)s") % {"error": exc}) from exc
    finally:
        target.close()
        source.close()
    return Path(destination)


def migrations_in(path):
    """The (app, name) pairs recorded in a SQLite file's django_migrations table."""
    connection = sqlite3.connect(path)
    try:
        return {tuple(row) for row in connection.execute("SELECT app, name FROM django_migrations")}
    except sqlite3.Error:
        return set()
    finally:
        connection.close()


def restore(settings_dict, staged_file):
    """Replace the content of the configured database with ``staged_file``, in place."""
    target_path = database_path(settings_dict)
    target_path.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(staged_file)
    target = sqlite3.connect(target_path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        _check(source, "integrity_check")
        wal = target.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        if wal:
            # A WAL database cannot change its page size, and the backup API refuses to copy a
            # different one into it; the staged copy is ours to rebuild at the target's size.
            page_size = target.execute("PRAGMA page_size").fetchone()[0]
            if source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                source.execute(f"PRAGMA page_size={int(page_size)}")
                source.execute("VACUUM")
        # The commit's automatic checkpoint moves the pages into the main file as soon as no reader
        # still needs the old ones; an explicit TRUNCATE checkpoint would wait for those readers.
        source.backup(target)
        _check(target, "quick_check")
    except sqlite3.Error as exc:
        raise BackupError(_("Không khôi phục được cơ sở dữ liệu SQLite: %(error)s") % {"error": exc}) from exc
    finally:
        target.close()
        source.close()
