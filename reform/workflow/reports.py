"""Report of approvals and returns, filterable by division and period, exportable as CSV/XLSX."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, TaskState

from ..models import Division
from . import roles


def division_choices():
    return [(d.pk, d.name) for d in Division.objects.filter(locale__language_code=settings.LANGUAGE_CODE)]


class ApprovalFilterSet(WagtailFilterSet):
    division = django_filters.ChoiceFilter(label=_("Phòng"), method="filter_division", choices=division_choices)
    finished_at = django_filters.DateFromToRangeFilter(label=_("Thời gian"), widget=DateRangePickerWidget)
    status = django_filters.ChoiceFilter(
        label=_("Kết quả"),
        choices=[(TaskState.STATUS_APPROVED, _("Phê duyệt")), (TaskState.STATUS_REJECTED, _("Trả lại"))],
        widget=forms.RadioSelect,
        empty_label=_("Tất cả"),
    )

    class Meta:
        model = TaskState
        fields = ["division", "status", "finished_at"]

    def filter_division(self, queryset, name, value):
        division = Division.objects.filter(pk=value).first()
        if division is None:
            return queryset.none()
        return queryset.filter(workflow_state__object_id__in=roles.page_ids_of_divisions([division.translation_key]))


class ApprovalReportView(ReportView):
    page_title = _("Báo cáo phê duyệt")
    header_icon = "tasks"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "reform/admin/approval_report_results.html"
    filterset_class = ApprovalFilterSet
    index_url_name = "reform_approval_report"
    index_results_url_name = "reform_approval_report_results"
    export_headings = {
        "page_title": _("Tiêu đề"),
        "division_name": _("Phòng"),
        "task.name": _("Bước"),
        "get_status_display": _("Kết quả"),
        "finished_by": _("Người duyệt"),
        "finished_at": _("Thời gian"),
        "comment": _("Ý kiến"),
    }
    list_export = [
        "page_title",
        "division_name",
        "task.name",
        "get_status_display",
        "finished_by",
        "finished_at",
        "comment",
    ]

    def dispatch(self, request, *args, **kwargs):
        if not roles.is_office(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            TaskState.objects.filter(status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED])
            .filter(workflow_state__base_content_type=ContentType.objects.get_for_model(Page))  # pages only
            .select_related("task", "finished_by", "workflow_state")
            .order_by("-finished_at")
        )

    @cached_property
    def division_names(self):
        return {d.pk: d.name for d in Division.objects.filter(locale__language_code=settings.LANGUAGE_CODE)}

    def decorate_paginated_queryset(self, object_list):
        states = list(object_list)
        pages = {
            page.pk: page
            for page in Page.objects.filter(
                pk__in=[int(s.workflow_state.object_id) for s in states if s.workflow_state.object_id.isdigit()]
            ).specific(defer=True)
        }
        for state in states:
            page = pages.get(int(state.workflow_state.object_id)) if state.workflow_state.object_id.isdigit() else None
            state.page = page
            state.page_title = page.title if page else ""
            division = roles.division_of(page) if page is not None else None
            state.division_name = division.name if division else ""
        return states

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(self.decorate_paginated_queryset(queryset), spreadsheet_format)
