"""Admin hooks of the document library (imported by reform/wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/cited-documents/",
            views.missing_citations_report,
            name="reform_missing_citations",
        )
    ]


class CitationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return CitationReportMenuItem(
        _("Văn bản trích dẫn chưa có"),
        reverse("reform_missing_citations"),
        name="cited-documents",
        icon_name="doc-full",
        order=1000,
    )
