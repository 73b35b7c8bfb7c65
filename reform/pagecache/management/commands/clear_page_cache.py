from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from reform.pagecache import purge, store


class Command(BaseCommand):
    help = _("Làm mới toàn bộ bộ nhớ đệm trang (sau khi triển khai mã mới hoặc sửa dữ liệu trực tiếp).")

    def handle(self, *args, **options):
        # A new generation, not cache.clear(): with Redis the cache also holds the sessions.
        if not store.bump():
            raise CommandError(_("Không làm mới được bộ nhớ đệm trang: kiểm tra kết nối tới bộ nhớ đệm."))
        purge.flush()
        self.stdout.write(_("Đã làm mới bộ nhớ đệm trang."))
