"""Admin views of saved reports: save a period's figures, read a report, export it, refresh a draft.

Editing, submitting, approving and the history are Wagtail's own snippet views (viewsets.py);
these views add what a snapshot needs and Wagtail does not have.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.actions.create import CreateAction
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from ..models.reports import PeriodicReport, default_place, default_title
from ..periods import PeriodForm

REFRESH_ACTION = "reform.saved_report.refresh_figures"
DRAFT_PARAM = "ban"  # ?ban=nhap: the pending draft of an approved report instead of the approved text


def compute_figures(period):
    from ..reports.figures import compute

    return compute(period)


def version_of(report, want_draft=False):
    """The report as it stands: the approved text when there is one, else (or when asked) the draft."""
    if report.live and not (want_draft and report.has_unpublished_changes):
        return report
    if report.latest_revision is None:
        return report
    # as get_latest_revision_as_object(), without fetching the report a second time
    return report.with_content_json(report.latest_revision.content)


def in_review(report):
    state = report.current_workflow_state
    return state is not None and state.status == state.STATUS_IN_PROGRESS


def refusal(report, user, under_review=None):
    """Why the figures of report cannot be refreshed by user now, or None when they can."""
    if report.figures_frozen:
        return _("Báo cáo đã được duyệt: số liệu đã chốt và không thể cập nhật.")
    if in_review(report) if under_review is None else under_review:
        return _("Báo cáo đang chờ duyệt: hãy đợi kết quả duyệt (hoặc hủy trình duyệt) rồi mới cập nhật số liệu.")
    if report.locked and report.locked_by_id != user.pk:
        return _("Báo cáo đang bị khóa bởi người khác.")
    return None


class CreateReportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, View):
    """Save the figures of a period as a new draft report (POST from the report screen, or this form)."""

    permission_required = "add"
    model = PeriodicReport
    template_name = "reform/savedreports/create.html"
    page_title = gettext_lazy("Lưu báo cáo định kỳ")
    header_icon = "doc-full-inverse"
    index_url_name = None
    edit_url_name = None

    def get(self, request):
        return self.render(PeriodForm(request.GET))  # ?nam=2023&ky=q2 preselects a period

    def post(self, request):
        form = PeriodForm(request.POST)
        if not form.is_bound:  # nothing chosen: PeriodForm would quietly offer the current quarter
            return self.render(form, status=400, error=_("Hãy chọn năm và kỳ báo cáo."))
        if not form.is_valid():
            return self.render(form, status=400)
        period = form.cleaned_data["period"]
        report = self.create(period)
        messages.success(
            request,
            _("Đã lưu “%(title)s”. Số liệu được chốt tại thời điểm lưu; hãy viết phần đánh giá rồi trình duyệt.")
            % {"title": report.title},
        )
        return HttpResponseRedirect(reverse(self.edit_url_name, args=[report.pk]))

    @transaction.atomic
    def create(self, period):
        report = PeriodicReport(
            title=default_title(period),
            place=default_place(),
            owner=self.request.user,
            figures=compute_figures(period),
            figures_computed_at=timezone.now(),
        )
        report.set_period(period)
        return CreateAction(report, user=self.request.user).execute(skip_permission_checks=True)

    def render(self, form, status=200, error=None):
        context = self.get_context_data(form=form, error=error)
        context["index_url"] = reverse(self.index_url_name)
        return self.render_to_response(context, status=status)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": PeriodicReport._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]


class ReportMixin:
    """The report of the URL, 404 when it does not exist, and the version asked for."""

    model = PeriodicReport

    @cached_property
    def report(self):
        return get_object_or_404(PeriodicReport, pk=self.kwargs["pk"])

    @cached_property
    def want_draft(self):
        return self.request.GET.get(DRAFT_PARAM) == "nhap"

    @cached_property
    def version(self):
        return version_of(self.report, self.want_draft)


class ReportDetailView(ReportMixin, InspectView):
    """The report as it will be read: header, narrative, and the frozen figures in the report screen's layout."""

    template_name = "reform/savedreports/detail.html"
    page_title = gettext_lazy("Xem báo cáo")
    export_url_name = None
    refresh_url_name = None

    def get_object(self, queryset=None):
        return self.report

    def get_fields(self):
        return []

    def export_url(self, fmt):
        url = reverse(self.export_url_name, args=[self.report.pk, fmt])
        return f"{url}?{DRAFT_PARAM}=nhap" if self.want_draft else url

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.version
        can_change = self.user_has_permission_for_instance("change", self.report)
        under_review = in_review(self.report)
        reason = refusal(self.report, self.request.user, under_review) if can_change else None
        context.update(
            {
                "saved_report": True,
                "report": report,
                # what the report screen's template reads (reform/templates/reform/reports/report.html)
                "figures": report.figures,
                "sections": readable_sections(report.figures),
                "first_day": report.first_day,
                "last_day": report.last_day,
                "exports": [(fmt.upper(), self.export_url(fmt)) for fmt in ("docx", "xlsx", "csv")],
                # ours
                "narrative": [
                    (_("Kết quả đạt được"), report.paragraphs("results")),
                    (_("Tồn tại, hạn chế"), report.paragraphs("shortcomings")),
                    (_("Đề xuất, kiến nghị"), report.paragraphs("proposals")),
                ],
                "recipients": report.meta()["recipients"],
                "signer_title_lines": [line for line in report.signer_title.splitlines() if line.strip()],
                "in_review": under_review,
                "figures_frozen": self.report.figures_frozen,
                "showing_draft": self.want_draft and self.report.live and self.report.has_unpublished_changes,
                "has_pending_draft": self.report.live and self.report.has_unpublished_changes,
                "draft_url": f"{self.request.path}?{DRAFT_PARAM}=nhap",
                "refresh_url": reverse(self.refresh_url_name, args=[self.report.pk]),
                "can_refresh": can_change and reason is None,
                "refresh_refusal": reason,
            }
        )
        return context


def readable_sections(figures):
    """The report screen's sections for a snapshot, or [] for one in a schema this code does not know."""
    from ..reports.figures import SCHEMA
    from ..reports.screen import screen_sections

    if not figures or figures.get("schema") != SCHEMA:
        return []
    return screen_sections(figures)


class ExportView(ReportMixin, PermissionCheckedMixin, View):
    any_permission_required = ["add", "change", "delete", "view"]
    formats = {
        "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        "csv": ("text/csv; charset=utf-8", "csv"),
    }

    def get(self, request, pk, fmt):
        if fmt not in self.formats:
            raise Http404
        from ..reports import exports
        from ..reports.views import file_stem

        report = self.version
        if fmt == "docx":
            body = exports.build_docx(report.figures, narrative=report.narrative(), meta=report.meta())
        elif fmt == "xlsx":
            body = exports.build_xlsx(report.figures)
        else:
            body = exports.build_csv(report.figures).encode("utf-8")  # it starts with a BOM, for Excel
        content_type, extension = self.formats[fmt]
        response = HttpResponse(body, content_type=content_type)
        stem = file_stem(report.period) + (f"-so-{report.number.split('/')[0]}" if report.number else "")
        response["Content-Disposition"] = f'attachment; filename="{stem}.{extension}"'
        return response


class RefreshFiguresView(ReportMixin, PermissionCheckedMixin, View):
    """Take the figures again, while the report is an unapproved draft not under review; logged in the history."""

    permission_required = "change"
    inspect_url_name = None
    http_method_names = ["post"]

    def post(self, request, pk):
        report = self.report
        if not self.user_has_permission_for_instance("change", report):
            raise PermissionDenied
        with transaction.atomic():
            report = PeriodicReport.objects.select_for_update().get(pk=report.pk)
            reason = refusal(report, request.user)
            if reason is None:
                before = report.figures.get("totals", {})
                report.figures = compute_figures(report.period)
                report.figures_computed_at = timezone.now()
                report.save(update_fields=["figures", "figures_computed_at"])
                log(
                    instance=report,
                    action=REFRESH_ACTION,
                    user=request.user,
                    data={"before": before, "after": report.figures.get("totals", {})},
                )
        if reason is None:
            messages.success(request, _("Đã cập nhật số liệu của báo cáo theo dữ liệu hiện tại."))
        else:
            messages.error(request, reason)
        return HttpResponseRedirect(reverse(self.inspect_url_name, args=[report.pk]))
