"""The plan's progress for the Office (an admin report) and the public plan page's tables."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..periods import PeriodForm
from ..workflow import roles
from .progress import activity_progress, describe_activities, plan_for, public_period

ITEMS_SHOWN = 300


def basis_document_of(plan):
    """The plan's basis document when it is published (a link to a draft would be a 404)."""
    from ..models import OfficialDocumentPage

    if not plan.basis_document_id:
        return None
    return (
        OfficialDocumentPage.objects.live()
        .filter(pk=plan.basis_document_id)
        .only("id", "title", "url_path", "number")
        .first()
    )


def public_context(request, plan):
    """The activities table always; the progress table only when the Office chose to publish it."""
    context = {"basis_document": basis_document_of(plan), "progress": None, "progress_period": None}
    period = public_period(plan) if plan.show_progress else None
    if period is not None:
        rows = activity_progress(plan, period, request, with_items=False)
        context.update(activities=rows, progress=rows, progress_period=period)
    else:
        context["activities"] = describe_activities(plan)
    return context


class PlanProgressView(WagtailAdminTemplateMixin, TemplateView):
    """/admin/reports/tien-do-ke-hoach/?nam=2023&ky=q2: each activity's count, cumulative and items."""

    template_name = "reform/plans/progress_report.html"
    page_title = _("Tiến độ kế hoạch")
    header_icon = "tasks"

    def get(self, request, *args, **kwargs):
        if not roles.is_office(request.user):
            # A 403 page that says why, not Wagtail's redirect to the dashboard (PermissionDenied).
            context = WagtailAdminTemplateMixin.get_context_data(self, denied=True)
            return self.render_to_response(context, status=403)
        return super().get(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse_lazy("reform_plan_progress"), "label": _("Tiến độ kế hoạch")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = PeriodForm(self.request.GET)
        period = form.period
        plan = plan_for(period.year) if period is not None else None
        rows = activity_progress(plan, period, self.request) if plan is not None else []
        for row in rows:
            # A year's column holds thousands of articles: the screen lists the first ones of each number.
            row.items_shown, row.items_hidden = row.items[:ITEMS_SHOWN], max(0, row.count - ITEMS_SHOWN)
            row.cumulative_shown = row.cumulative_items[:ITEMS_SHOWN]
            row.cumulative_hidden = max(0, row.cumulative - ITEMS_SHOWN)
        context.update(form=form, period=period, plan=plan, rows=rows, items_shown=ITEMS_SHOWN)
        return context
