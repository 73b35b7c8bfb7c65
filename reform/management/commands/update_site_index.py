"""manage.py update_site_index: rewrite the site-wide search and citation rows of every published page."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from reform.documents.indexing import rebuild_site_index
from reform.documents.validity import refresh_validity


class Command(BaseCommand):
    help = "Tạo lại chỉ mục tìm kiếm toàn trang và trích dẫn văn bản (sau khi nhập hàng loạt hoặc nâng cấp)."

    def handle(self, *args, **options):
        count = rebuild_site_index()
        refresh_validity()
        self.stdout.write(_("Đã lập chỉ mục %(count)s trang.") % {"count": count})
