"""What an archive says about itself, and how that compares with the code that restores it.

The migration state is recorded as the latest applied migrations of each app: enough to tell, at
restore time, whether the backup predates the code (``migrate`` brings it forward) or comes from
newer code (refused: older code cannot run on a newer schema).
"""

import json
import platform
from dataclasses import dataclass, field

import django
import wagtail
from django.db.migrations.loader import MigrationLoader
from django.utils.translation import gettext as _

from . import BackupError

FORMAT = "cchc-backup"
FORMAT_VERSION = 1
ENGINES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def engine_of(connection):
    if connection.vendor not in ENGINES:
        raise BackupError(
            _("Chưa hỗ trợ sao lưu cơ sở dữ liệu %(vendor)s; chỉ SQLite và PostgreSQL.") % {"vendor": connection.vendor}
        )
    return connection.vendor


def code_migrations():
    """The migration graph of the code on disk, read without touching any database."""
    return MigrationLoader(None, ignore_no_migrations=True)


def latest_applied(applied):
    """{app: [latest applied migration names]} from the set of applied (app, name) pairs."""
    loader = code_migrations()
    applied = set(applied)
    # migrate records a squashed migration as applied once all it replaces are; mirror that so the
    # squash, which is what the code's graph holds, is found.
    for key, migration in loader.replacements.items():
        if all(tuple(replaced) in applied for replaced in migration.replaces):
            applied.add(key)
    state = {}
    for app in sorted({app for app, _name in applied}):
        mine = {key for key in applied if key[0] == app}
        in_graph = {key for key in mine if key in loader.graph.node_map}
        if in_graph:
            leaves = [
                key
                for key in in_graph
                if not any(child.key in in_graph for child in loader.graph.node_map[key].children)
            ]
        else:
            # An app the code no longer has, or one known only through rows: its newest name.
            leaves = [max(mine)]
        state[app] = sorted(name for _app, name in leaves)
    return state


def build(*, created_at, engine, database, migrations, media, files):
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created_at.isoformat(timespec="seconds"),
        "software": {
            "python": platform.python_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
        },
        "database": {"engine": engine, **database},
        "migrations": migrations,
        "media": media,
        "files": files,
    }


def _invalid(reason):
    return BackupError(_("Bản kê (manifest.json) không hợp lệ: %(reason)s.") % {"reason": reason})


def parse(data):
    """The manifest as a dict, checked for every field restore relies on."""
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(str(exc)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(_("Tệp lưu trữ không phải bản sao lưu của trang (thiếu dấu hiệu định dạng cchc-backup)."))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            _("Bản sao lưu dùng định dạng phiên bản %(found)s; mã nguồn này đọc được phiên bản %(known)s.")
            % {"found": manifest.get("format_version"), "known": FORMAT_VERSION}
        )
    database = manifest.get("database")
    if not isinstance(database, dict) or not isinstance(database.get("file"), str):
        raise _invalid("database")
    if database.get("engine") not in ENGINES:
        raise _invalid("database.engine")
    migrations = manifest.get("migrations")
    if not isinstance(migrations, dict) or not all(
        isinstance(names, list) and all(isinstance(name, str) for name in names) for names in migrations.values()
    ):
        raise _invalid("migrations")
    media = manifest.get("media")
    if not isinstance(media, dict) or not isinstance(media.get("included"), bool):
        raise _invalid("media")
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(entry, dict)
        and isinstance(entry.get("path"), str)
        and isinstance(entry.get("size"), int)
        and isinstance(entry.get("sha256"), str)
        for entry in files
    ):
        raise _invalid("files")
    return manifest


@dataclass
class MigrationComparison:
    newer: list = field(default_factory=list)  # migrations the code does not have
    unknown_apps: list = field(default_factory=list)  # apps the code no longer has
    behind: list = field(default_factory=list)  # the code's latest migrations the backup lacks


def compare_with_code(migrations):
    loader = code_migrations()
    comparison = MigrationComparison()
    covered = set()
    for app, names in sorted(migrations.items()):
        if app not in loader.migrated_apps:
            comparison.unknown_apps.append(app)
            continue
        for name in names:
            key = (app, name)
            if key not in loader.disk_migrations:
                comparison.newer.append(f"{app}.{name}")
            elif key in loader.graph.node_map:
                covered.update(loader.graph.forwards_plan(key))
    comparison.behind = sorted(f"{app}.{name}" for app, name in loader.graph.leaf_nodes() if (app, name) not in covered)
    return comparison
