"""manage.py restore ARCHIVE [--yes] [--check]: put back a backup made by manage.py backup."""

import tempfile
import time
from pathlib import Path

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connections
from django.utils.translation import gettext as _

from reform.backup import BackupError, media
from reform.backup.manifest import ENGINES
from reform.backup.restore import check_archive, ensure_media_restorable, restore_backup

from .backup import human_size

ANSWERS_YES = {"yes", "y", "có", "co"}


def describe_database(settings_dict):
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return str(settings_dict["NAME"])
    host = settings_dict.get("HOST") or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"{settings_dict['NAME']} @ {host}{port}"


class Command(BaseCommand):
    help = (
        "Khôi phục cơ sở dữ liệu và tệp media từ một tệp của manage.py backup. Bản kê và mã SHA-256 được "
        "kiểm tra trước; tệp hỏng, bị sửa hoặc khác loại cơ sở dữ liệu bị từ chối mà không động đến dữ liệu."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="tệp cchc-backup-*.tar.gz")
        parser.add_argument("--yes", "--noinput", action="store_true", dest="yes", help="không hỏi xác nhận")
        parser.add_argument("--check", action="store_true", help="chỉ kiểm tra tệp sao lưu, không khôi phục")

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        if not archive.is_file():
            raise CommandError(_("Không có tệp %(path)s.") % {"path": archive})
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="cchc-restore-") as staging:
            try:
                checked = check_archive(archive, staging)
                if not options["check"]:
                    ensure_media_restorable(checked)
            except BackupError as exc:
                raise CommandError(
                    _("Không khôi phục: %(error)s\nDữ liệu hiện tại giữ nguyên.") % {"error": exc}
                ) from exc
            self.describe(checked)
            if options["check"]:
                self.stdout.write(_("Bản sao lưu hợp lệ: mọi tệp khớp bản kê."))
                return
            if not options["yes"] and not self.confirm(checked):
                raise CommandError(_("Đã hủy; dữ liệu hiện tại giữ nguyên."))
            try:
                result = restore_backup(checked, verbosity=options["verbosity"])
            except (BackupError, DatabaseError, OSError) as exc:
                raise CommandError(
                    _(
                        "Khôi phục thất bại: %(error)s\nLỗi khi ghi cơ sở dữ liệu thì cơ sở dữ liệu vẫn như trước; "
                        "lỗi ở bước sau (migrate, media) thì hãy sửa nguyên nhân rồi chạy lại lệnh với cùng tệp."
                    )
                    % {"error": exc}
                ) from exc
        if result.migrated:
            self.stdout.write(_("Đã chạy migrate để đưa cơ sở dữ liệu lên phiên bản của mã nguồn."))
        self.stdout.write(
            _(
                "Đã khôi phục trong %(seconds).1f giây: cơ sở dữ liệu và %(files)s tệp media (xóa %(removed)s tệp "
                "không có trong bản sao lưu)."
            )
            % {"seconds": time.monotonic() - started, "files": result.media_files, "removed": result.media_removed}
        )
        for problem in result.cache_problems:
            self.stderr.write(
                _(
                    "Chưa xóa được bộ nhớ đệm (%(problem)s): trang có thể còn nội dung cũ; khi bộ nhớ đệm hoạt động "
                    "lại, chạy manage.py clear_page_cache."
                )
                % {"problem": problem}
            )
        if any(isinstance(caches[alias], LocMemCache) for alias in caches):
            self.stdout.write(
                _(
                    "Bộ nhớ đệm nằm trong từng tiến trình (không có REDIS_URL): hãy khởi động lại các tiến trình "
                    "gunicorn để chúng không phục vụ trang cũ."
                )
            )

    def describe(self, checked):
        manifest = checked.manifest
        self.stdout.write(
            _("Bản sao lưu tạo lúc %(created)s, cơ sở dữ liệu %(engine)s, %(files)s tệp media (%(size)s).")
            % {
                "created": manifest["created_at"],
                "engine": ENGINES[manifest["database"]["engine"]],
                "files": manifest["media"].get("files", 0),
                "size": human_size(manifest["media"].get("bytes", 0)),
            }
        )
        if not manifest["media"]["included"]:
            self.stdout.write(_("Bản sao lưu không có tệp media: thư mục media hiện tại giữ nguyên."))
        elif not manifest["media"].get("renditions", True):
            self.stdout.write(_("Bản sao lưu không có ảnh thu nhỏ: chúng sẽ được tạo lại khi có người xem trang."))
        comparison = checked.comparison
        if comparison.behind:
            apps = sorted({name.split(".")[0] for name in comparison.behind})
            self.stdout.write(
                _("Bản sao lưu cũ hơn mã nguồn (thiếu migration của %(apps)s); sẽ chạy migrate sau khi khôi phục.")
                % {"apps": ", ".join(apps)}
            )
        if comparison.unknown_apps:
            self.stdout.write(
                _("Bản sao lưu có migration của ứng dụng mà mã nguồn này không còn: %(apps)s (bỏ qua).")
                % {"apps": ", ".join(comparison.unknown_apps)}
            )

    def confirm(self, checked):
        target = describe_database(connections["default"].settings_dict)
        if checked.manifest["media"]["included"]:
            prompt = _(
                "Khôi phục sẽ THAY THẾ toàn bộ cơ sở dữ liệu %(database)s và thư mục media %(media)s. "
                "Gõ “yes” để tiếp tục: "
            ) % {"database": target, "media": media.media_root()}
        else:
            prompt = _("Khôi phục sẽ THAY THẾ toàn bộ cơ sở dữ liệu %(database)s. Gõ “yes” để tiếp tục: ") % {
                "database": target
            }
        try:
            answer = input(prompt)
        except EOFError:
            return False
        return answer.strip().lower() in ANSWERS_YES
