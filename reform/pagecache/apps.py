from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    name = "reform.pagecache"
    label = "pagecache"
    verbose_name = _("Bộ nhớ đệm trang")

    def ready(self):
        from .invalidation import connect

        connect(self)
