"""The Office's report screen and its exports: a period in the query string, figures, charts, lists, files.

Only the Office and superusers see them (others get 403). The period comes from
reform.periods.PeriodForm (?nam=2023&ky=q2, or ky=custom&tu=…&den=…); bad input shows the form's
Vietnamese errors with status 200 on the screen and 400 on an export URL, never a 500.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from ..periods import CUSTOM, PeriodForm
from ..workflow import roles
from . import exports
from .figures import compute
from .screen import screen_sections

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
TEMPLATE = "reform/reports/report.html"


def _denied(request):
    """A 403 page that says why, rather than Wagtail's redirect to the dashboard on PermissionDenied."""
    if roles.is_office(request.user):
        return None
    return render(request, TEMPLATE, {**_context(None), "denied": True}, status=403)


def _period_form(request):
    return PeriodForm(request.GET)


def file_stem(period):
    if period.code == CUSTOM:
        return f"bao-cao-cchc-{period.first_day:%Y%m%d}-{period.last_day:%Y%m%d}"
    return f"bao-cao-cchc-{period.year}-{period.code}"


def _context(form, figures=None, period=None):
    title = _("Báo cáo định kỳ CCHC")
    context = {"form": form, "page_title": title, "header_title": title, "header_icon": "doc-full-inverse"}
    if figures is not None:
        query = urlencode(period.as_query())
        context.update(
            figures=figures,
            period=period,
            first_day=period.first_day,
            last_day=period.last_day,
            sections=screen_sections(figures),
            exports=[
                (label, f"{reverse('reform_periodic_report_export', args=[fmt])}?{query}")
                for fmt, label in (("docx", "DOCX"), ("xlsx", "XLSX"), ("csv", "CSV"))
            ],
        )
    return context


def report_screen(request):
    if denied := _denied(request):
        return denied
    form = _period_form(request)
    period = form.period
    if period is None:
        return render(request, TEMPLATE, _context(form))
    return render(request, TEMPLATE, _context(form, compute(period), period))


def report_export(request, fmt):
    """fmt is docx, xlsx or csv (the URL pattern accepts nothing else)."""
    if denied := _denied(request):
        return denied
    form = _period_form(request)
    period = form.period
    if period is None:
        return render(request, TEMPLATE, _context(form), status=400)
    figures = compute(period)
    if fmt == "docx":
        body = exports.build_docx(figures)
    elif fmt == "xlsx":
        body = exports.build_xlsx(figures)
    else:
        body = exports.build_csv(figures).encode("utf-8")
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{file_stem(period)}.{fmt}"'
    return response
