"""manage.py import_indices FILE.csv [--dry-run]: load reform index results (PAR INDEX, SIPAS, PCI…)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reform.indices.importer import COLUMNS, Importer, ImportFailed


class Command(BaseCommand):
    help = "Nhập kết quả chỉ số cải cách hành chính từ tệp CSV (UTF-8); cột: " + ", ".join(COLUMNS)

    def add_arguments(self, parser):
        parser.add_argument("csv", help="tệp CSV, mã UTF-8, dòng đầu là tên cột, phân cách bằng ; hoặc ,")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")

    def handle(self, *args, **options):
        path = Path(options["csv"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(_("Không đọc được tệp %(path)s.") % {"path": path}) from exc
        try:
            result = Importer(data).run(dry_run=options["dry_run"])
        except ImportFailed as exc:
            lines = "\n".join(exc.errors)
            raise CommandError(_("Không nhập được; chưa ghi dòng nào.") + f"\n{lines}") from exc
        counts = {"created": result.created, "updated": result.updated}
        if result.dry_run:
            message = _("Kiểm tra xong, không có lỗi: sẽ thêm %(created)s và cập nhật %(updated)s kết quả.")
        else:
            message = _("Đã nhập: thêm %(created)s, cập nhật %(updated)s kết quả.")
        self.stdout.write(message % counts)
