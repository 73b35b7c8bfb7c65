"""manage.py import_documents FILE.csv --files DIR [--dry-run]: load official documents into the library."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reform.documents.importer import COLUMNS, Importer, ImportFailed


class Command(BaseCommand):
    help = "Nhập văn bản từ tệp CSV (UTF-8) vào thư viện văn bản; cột: " + ", ".join(COLUMNS)

    def add_arguments(self, parser):
        parser.add_argument("csv", help="tệp CSV, mã UTF-8, dòng đầu là tên cột")
        parser.add_argument("--files", help="thư mục chứa các tệp ghi ở cột tep và tep_dinh_kem")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")

    def handle(self, *args, **options):
        try:
            result = Importer(options["csv"], options.get("files")).run(dry_run=options["dry_run"])
        except ImportFailed as exc:
            lines = "\n".join(exc.errors)
            raise CommandError(
                _("Không nhập được; chưa ghi dòng nào vào thư viện.") + f"\n{lines}",
            ) from exc
        if result.dry_run:
            message = _("Kiểm tra xong, không có lỗi: sẽ thêm %(created)s và cập nhật %(updated)s văn bản.")
        else:
            message = _("Đã nhập: thêm %(created)s, cập nhật %(updated)s văn bản.")
        self.stdout.write(message % {"created": result.created, "updated": result.updated})
