"""Registration only: the logic lives in viewsets, workflow.dashboard and workflow.reports."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .documents import wagtail_hooks as document_hooks  # noqa: F401  (the cited-documents report)
from .indices import wagtail_hooks as indices_hooks  # noqa: F401  (index results, CSV import)
from .plans import wagtail_hooks as plan_hooks  # noqa: F401  (the plan's progress report)
from .reports import wagtail_hooks as report_hooks  # noqa: F401  (the periodic report and its exports)
from .savedreports import wagtail_hooks as saved_report_hooks  # noqa: F401  (saved periodic reports)
from .viewsets import TaxonomyGroup
from .workflow import concurrency, roles
from .workflow.dashboard import construct_panels
from .workflow.reports import ApprovalReportView

register_snippet(TaxonomyGroup)
hooks.register("construct_homepage_panels", construct_panels)
hooks.register("before_edit_page", concurrency.refuse_stale_save)
hooks.register("before_create_page", concurrency.serialise_create)
hooks.register("after_create_page", concurrency.remember_created_page)


@hooks.register("insert_editor_js")
def draft_token_js():
    return format_html('<script src="{}" defer></script>', static("reform/js/draft-token.js"))


@hooks.register("register_admin_urls")
def approval_report_urls():
    return [
        path("reports/phe-duyet/", ApprovalReportView.as_view(), name="reform_approval_report"),
        path(
            "reports/phe-duyet/results/",
            ApprovalReportView.as_view(results_only=True),
            name="reform_approval_report_results",
        ),
    ]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.is_office(request.user)


@hooks.register("register_reports_menu_item")
def approval_report_menu_item():
    return OfficeMenuItem(_("Báo cáo phê duyệt"), reverse("reform_approval_report"), icon_name="tasks", order=50)
