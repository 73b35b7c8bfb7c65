"""The saved reports in the admin: Wagtail's snippet views (edit, workflow, history) plus ours (views.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models.reports import PeriodicReport
from . import views


class PeriodicReportViewSet(SnippetViewSet):
    model = PeriodicReport
    icon = "doc-full-inverse"
    menu_label = _("Báo cáo đã lưu")
    menu_name = "saved_reports"
    menu_order = 290
    add_to_admin_menu = True
    copy_view_enabled = False  # a copy would carry figures frozen for another report
    inspect_view_enabled = True
    inspect_view_class = views.ReportDetailView
    list_filter = ["year", "period_code", "live"]
    search_fields = ["title", "number"]
    list_display = [
        "title",
        Column("number", label=_("Số, ký hiệu")),
        Column("period_label", label=_("Kỳ báo cáo")),
        UpdatedAtColumn(),
    ]
    ordering = ["-last_day", "-pk"]

    @property
    def add_view(self):
        # A report is created from a period's figures, never from an empty form.
        return self.construct_view(views.CreateReportView)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            export_url_name=self.get_url_name("export"),
            refresh_url_name=self.get_url_name("refresh_figures"),
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("export/<int:pk>/<str:fmt>/", self.construct_view(views.ExportView), name="export"),
            path("refresh/<int:pk>/", self.construct_view(views.RefreshFiguresView), name="refresh_figures"),
        ]
