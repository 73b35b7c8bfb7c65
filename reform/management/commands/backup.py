"""manage.py backup [--output PATH] [--keep N]: the database and media in one verifiable archive."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _

from reform.backup import BackupError
from reform.backup.create import create_backup, prune


def human_size(size):
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu (SQLite hoặc PostgreSQL) và tệp media vào một tệp cchc-backup-*.tar.gz "
        "kèm bản kê có mã SHA-256; khôi phục bằng manage.py restore."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help="tệp hoặc thư mục đích (thư mục: tên mặc định cchc-backup-NămThángNgày-GiờPhútGiây.tar.gz); "
            "mặc định là thư mục hiện tại",
        )
        parser.add_argument(
            "--skip-renditions",
            action="store_true",
            help="bỏ các ảnh đã thu nhỏ (media/images/); chúng được tạo lại khi có người xem trang",
        )
        parser.add_argument(
            "--no-media",
            action="store_true",
            help="chỉ sao lưu cơ sở dữ liệu (khi media nằm trên kho lưu trữ đối tượng như S3)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="sau khi sao lưu, chỉ giữ N bản mới nhất có tên mặc định trong thư mục đích",
        )

    def handle(self, *args, **options):
        if options["keep"] is not None and options["keep"] < 1:
            raise CommandError(_("--keep phải từ 1 trở lên."))
        started = time.monotonic()
        try:
            result = create_backup(
                options["output"],
                include_media=not options["no_media"],
                skip_renditions=options["skip_renditions"],
            )
        except (BackupError, DatabaseError, OSError) as exc:
            raise CommandError(_("Không sao lưu được: %(error)s") % {"error": exc}) from exc
        self.stdout.write(
            _(
                "Đã sao lưu vào %(path)s (%(size)s; cơ sở dữ liệu %(engine)s %(database)s; "
                "%(files)s tệp media, %(media)s) trong %(seconds).1f giây."
            )
            % {
                "path": result.path,
                "size": human_size(result.size),
                "engine": result.engine,
                "database": human_size(result.database_bytes),
                "files": result.media_files,
                "media": human_size(result.media_bytes),
                "seconds": time.monotonic() - started,
            }
        )
        if options["no_media"]:
            self.stdout.write(_("Lưu ý: bản sao lưu này không có tệp media."))
        if options["keep"] is not None:
            for path in prune(result.path.parent, options["keep"]):
                self.stdout.write(_("Đã xóa bản sao lưu cũ %(path)s.") % {"path": path})
