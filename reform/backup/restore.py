"""Restoring a backup: check everything, then database, migrations, media, caches — in that order.

Every check that can refuse (archive integrity, engine, a backup from newer code, where media
live) runs before anything is written, so a refused restore leaves the site exactly as it was.
"""

import io
import logging
from dataclasses import dataclass

from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from . import BackupError, media, postgres, sqlite
from . import manifest as manifest_module
from .archive import MEDIA_DIR, StagedArchive, extract_verified

logger = logging.getLogger(__name__)


@dataclass
class CheckedArchive:
    staged: StagedArchive
    comparison: manifest_module.MigrationComparison

    @property
    def manifest(self):
        return self.staged.manifest


@dataclass
class RestoreResult:
    migrated: bool
    media_files: int
    media_removed: int
    cache_problems: list


def check_archive(archive_path, staging, alias="default"):
    """Unpack and verify ``archive_path`` and make sure this site can take it; BackupError if not."""
    staged = extract_verified(archive_path, staging)
    manifest = staged.manifest
    current = manifest_module.engine_of(connections[alias])
    engine = manifest["database"]["engine"]
    if engine != current:
        raise BackupError(
            _(
                "Bản sao lưu được tạo từ cơ sở dữ liệu %(backup)s, còn trang đang dùng %(current)s. "
                "Không khôi phục chéo giữa hai loại cơ sở dữ liệu; hãy cấu hình DATABASE_URL cùng loại với bản sao lưu."
            )
            % {"backup": manifest_module.ENGINES[engine], "current": manifest_module.ENGINES[current]}
        )
    comparison = manifest_module.compare_with_code(manifest["migrations"])
    if comparison.newer:
        raise BackupError(
            _(
                "Bản sao lưu được tạo bởi phiên bản mã nguồn mới hơn (có migration mà mã nguồn này không có: "
                "%(names)s). Hãy cập nhật mã nguồn lên phiên bản đã tạo bản sao lưu rồi khôi phục."
            )
            % {"names": ", ".join(comparison.newer[:10])}
        )
    return CheckedArchive(staged=staged, comparison=comparison)


def restore_database(checked, alias="default"):
    connection = connections[alias]
    staged_file = checked.staged.member(checked.manifest["database"]["file"])
    connections.close_all()
    if connection.vendor == "sqlite":
        sqlite.restore(connection.settings_dict, staged_file)
    else:
        postgres.restore(connection.settings_dict, staged_file)
    connections.close_all()


def pending_migrations(alias="default"):
    executor = MigrationExecutor(connections[alias])
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def restore_backup(checked, *, alias="default", verbosity=1):
    """Replace the database and media with the checked archive's. Call check_archive first."""
    manifest = checked.manifest
    root = media.media_root() if manifest["media"]["included"] else None

    restore_database(checked, alias)
    # The tables as the dump holds them decide, not the manifest's summary of them.
    migrated = bool(pending_migrations(alias))
    if migrated:
        call_command("migrate", database=alias, interactive=False, verbosity=verbosity)
    connection = connections[alias]
    if connection.vendor == "postgresql":
        # pg_restore brings rows but not planner statistics; without them the first queries crawl.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    media_files = media_removed = 0
    if root is not None:
        if not manifest["media"].get("renditions", True):
            # The backup left resized images out; their rows would point at files that are gone.
            # Wagtail makes them again on the first request that needs them.
            get_image_model().get_rendition_model().objects.all().delete()
        staged_media = {
            entry["path"].removeprefix(f"{MEDIA_DIR}/"): checked.staged.member(entry["path"])
            for entry in manifest["files"]
            if entry["path"].startswith(f"{MEDIA_DIR}/")
        }
        media_removed = media.replace_all(staged_media, root)
        media_files = len(staged_media)

    return RestoreResult(
        migrated=migrated, media_files=media_files, media_removed=media_removed, cache_problems=clear_caches()
    )


def clear_caches():
    """Forget everything cached from the data that was just replaced: pages, fragments, renditions.

    With django-redis only this site's keys go (its KEY_PREFIX): clear() would flush the whole Redis
    database, and other sites may share it. Sessions kept in the cache go too; users log in again.
    Returns what failed: the data is restored by then, so a cache that is down is reported, not fatal.
    """
    problems = []
    for alias in caches:
        cache = caches[alias]
        try:
            if hasattr(cache, "delete_pattern"):
                cache.delete_pattern("*")
            else:
                cache.clear()
        except Exception as exc:
            logger.exception("Cache %s not cleared after a restore", alias)
            problems.append(f"{alias}: {exc}")
    # The page cache's own command then starts a new generation and asks a configured CDN or
    # reverse proxy to drop its copies (reform/pagecache).
    try:
        call_command("clear_page_cache", stdout=io.StringIO())
    except CommandError as exc:
        problems.append(f"clear_page_cache: {exc}")
    return problems


def ensure_media_restorable(checked):
    """Refuse before any change when the archive has media but MEDIA_ROOT is not on this disk."""
    if checked.manifest["media"]["included"]:
        media.media_root()
