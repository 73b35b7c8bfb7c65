"""Admin hooks of the plan's progress (imported by reform/wagtail_hooks.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from ..workflow import roles
from .views import PlanProgressView


@hooks.register("register_admin_urls")
def register_progress_url():
    return [path("reports/tien-do-ke-hoach/", PlanProgressView.as_view(), name="reform_plan_progress")]


class OfficeOnlyMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_office(request.user)


@hooks.register("register_reports_menu_item")
def register_progress_menu_item():
    return OfficeOnlyMenuItem(
        _("Tiến độ kế hoạch"), reverse("reform_plan_progress"), name="plan-progress", icon_name="list-ul", order=60
    )
