"""Admin hooks of the periodic report (imported by reform/wagtail_hooks.py)."""

from django.urls import path, re_path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ..workflow import roles
from . import views


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/bao-cao-dinh-ky/", views.report_screen, name="reform_periodic_report"),
        re_path(
            r"^reports/bao-cao-dinh-ky/xuat/(?P<fmt>docx|xlsx|csv)/$",
            views.report_export,
            name="reform_periodic_report_export",
        ),
    ]


class OfficeOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_office(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return OfficeOnlyMenuItem(
        _("Báo cáo định kỳ CCHC"),
        reverse("reform_periodic_report"),
        name="periodic-report",
        icon_name="doc-full-inverse",
        order=40,
    )
