"""Making a backup: database snapshot first, then media, then the manifest, into one archive.

The database is read before the media: a file uploaded in between is then merely extra in the
archive, where the other order would leave a database row pointing at a file the archive lacks.
"""

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.db import connections
from django.utils import timezone
from django.utils.translation import gettext as _

from . import BackupError, media, postgres, sqlite
from . import manifest as manifest_module
from .archive import DATABASE_DIR, MEDIA_DIR, ArchiveWriter

NAME_PATTERN = re.compile(r"^cchc-backup-\d{8}-\d{6}\.tar\.gz$")


@dataclass
class BackupResult:
    path: Path
    size: int
    engine: str
    database_bytes: int
    media_files: int
    media_bytes: int


def default_name(moment):
    return f"cchc-backup-{moment:%Y%m%d-%H%M%S}.tar.gz"


def resolve_output(output, moment):
    """Where the archive goes: a named file, or the default name inside a directory (default: here)."""
    if output is None:
        return Path.cwd() / default_name(moment)
    path = Path(output)
    if path.is_dir() or str(output).endswith(os.sep):
        path.mkdir(parents=True, exist_ok=True)
        return path / default_name(moment)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def empty_database():
    return BackupError(_("Cơ sở dữ liệu chưa có bảng nào (chưa chạy migrate); không có gì để sao lưu."))


def create_backup(output=None, *, include_media=True, skip_renditions=False, alias="default"):
    connection = connections[alias]
    engine = manifest_module.engine_of(connection)
    root = media.media_root() if include_media else None
    moment = timezone.localtime()
    target = resolve_output(output, moment)
    if target.exists():
        raise BackupError(_("Đã có tệp %(path)s; không ghi đè.") % {"path": target})
    partial = target.with_name(f".{target.name}.partial")

    with tempfile.TemporaryDirectory(prefix="cchc-backup-") as workdir:
        if engine == "sqlite":
            database_file = sqlite.snapshot(connection.settings_dict, Path(workdir) / sqlite.FILE_NAME)
            applied = sqlite.migrations_in(database_file)
            database = {"file": f"{DATABASE_DIR}/{sqlite.FILE_NAME}", "format": "sqlite3 online backup"}
        else:
            applied = postgres.migrations_in(connection)
            if not applied:
                raise empty_database()
            database = {
                "file": f"{DATABASE_DIR}/{postgres.FILE_NAME}",
                "format": "pg_dump custom",
                "server_version": postgres.server_version(connection),
                "client": postgres.tool_version("pg_dump"),
            }
            connection.close()
            database_file = postgres.dump(connection.settings_dict, Path(workdir) / postgres.FILE_NAME)
        if not applied:
            raise empty_database()

        writer = ArchiveWriter(partial)
        try:
            database_bytes = writer.add_file(database_file, database["file"])
            media_files = media_bytes = 0
            if root is not None:
                for path, relative in media.iter_files(root, skip_renditions=skip_renditions):
                    media_bytes += writer.add_file(path, f"{MEDIA_DIR}/{relative}")
                    media_files += 1
            writer.add_manifest(
                manifest_module.build(
                    created_at=moment,
                    engine=engine,
                    database=database,
                    migrations=manifest_module.latest_applied(applied),
                    media={
                        "included": root is not None,
                        "renditions": root is not None and not skip_renditions,
                        "files": media_files,
                        "bytes": media_bytes,
                    },
                    files=writer.files,
                )
            )
            writer.close()
        except BaseException:
            writer.abort()
            raise
    # The final name appears only once the archive is complete, so a scheduled copy or a
    # retention sweep never picks up half an archive.
    os.replace(partial, target)
    return BackupResult(
        path=target,
        size=target.stat().st_size,
        engine=engine,
        database_bytes=database_bytes,
        media_files=media_files,
        media_bytes=media_bytes,
    )


def prune(directory, keep):
    """Delete all but the ``keep`` newest archives with the default name in ``directory``."""
    archives = sorted(
        (path for path in Path(directory).iterdir() if NAME_PATTERN.match(path.name) and path.is_file()),
        reverse=True,
    )
    removed = archives[keep:]
    for path in removed:
        path.unlink()
    return removed
