"""Reporting periods of the Office's reports: a quarter, the first six months, the year, or any range.

One module so the report screen, the plan's progress and the exports agree on what "Q2 2024"
means, and so every bad year, period or date gets the same Vietnamese message instead of a 500.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 2000
MAX_YEAR = 2100
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]

# code → (label, first month, last month); "custom" takes its dates from the form.
PERIODS = {
    "q1": (_("Quý I"), 1, 3),
    "q2": (_("Quý II"), 4, 6),
    "q3": (_("Quý III"), 7, 9),
    "q4": (_("Quý IV"), 10, 12),
    "h1": (_("6 tháng đầu năm"), 1, 6),
    "year": (_("Cả năm"), 1, 12),
}
CUSTOM = "custom"
PERIOD_CHOICES = [
    *((code, label) for code, (label, _first, _last) in PERIODS.items()),
    (CUSTOM, _("Khoảng thời gian khác")),
]


@dataclass(frozen=True)
class Period:
    code: str
    year: int
    first_day: datetime.date
    last_day: datetime.date

    @property
    def label(self):
        if self.code == CUSTOM:
            return _("từ %(first)s đến %(last)s") % {
                "first": self.first_day.strftime("%d/%m/%Y"),
                "last": self.last_day.strftime("%d/%m/%Y"),
            }
        if self.code == "h1":
            return _("6 tháng đầu năm %(year)s") % {"year": self.year}
        if self.code == "year":
            return _("năm %(year)s") % {"year": self.year}
        return _("%(period)s năm %(year)s") % {"period": PERIODS[self.code][0], "year": self.year}

    @property
    def days(self):
        return (self.last_day - self.first_day).days + 1

    def contains(self, day):
        return self.first_day <= day <= self.last_day

    def as_query(self):
        """The query string that selects this period again (links, exports)."""
        query = {"nam": self.year, "ky": self.code}
        if self.code == CUSTOM:
            query.update(tu=self.first_day.isoformat(), den=self.last_day.isoformat())
        return query


def last_day_of_month(year, month):
    if month == 12:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)


def period_for(year, code, first_day=None, last_day=None):
    """A Period, or ValidationError with a Vietnamese message."""
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            _("Năm phải từ %(min)s đến %(max)s."), code="bad_year", params={"min": MIN_YEAR, "max": MAX_YEAR}
        )
    if code == CUSTOM:
        if not first_day or not last_day:
            raise ValidationError(_("Hãy nhập cả ngày bắt đầu và ngày kết thúc."), code="missing_dates")
        if last_day < first_day:
            raise ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."), code="reversed_dates")
        if (last_day - first_day).days > 366 * 5:
            raise ValidationError(_("Khoảng thời gian báo cáo không được dài quá 5 năm."), code="too_long")
        return Period(CUSTOM, first_day.year, first_day, last_day)
    if code not in PERIODS:
        raise ValidationError(_("Kỳ báo cáo không hợp lệ."), code="bad_period")
    _label, first_month, last_month = PERIODS[code]
    return Period(code, year, datetime.date(year, first_month, 1), last_day_of_month(year, last_month))


def current_period():
    """The quarter containing today: what the Office most often wants first."""
    today = timezone.localdate()
    return period_for(today.year, f"q{(today.month - 1) // 3 + 1}")


class PeriodForm(forms.Form):
    """Year + period (+ dates for a custom range) in the query string: ?nam=2023&ky=q2."""

    nam = forms.IntegerField(
        label=_("Năm"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={"invalid": _("Năm phải là một số, ví dụ 2023.")},
    )
    ky = forms.ChoiceField(
        label=_("Kỳ báo cáo"),
        choices=PERIOD_CHOICES,
        error_messages={"invalid_choice": _("Kỳ báo cáo không hợp lệ.")},
    )
    tu = forms.DateField(
        label=_("Từ ngày"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": _("Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    den = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        error_messages={"invalid": _("Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")},
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, data=None, **kwargs):
        if data is not None and not any(data.get(name) for name in ("nam", "ky", "tu", "den")):
            data = None  # an empty query string shows the form with the current quarter, not errors
        if data is None:
            default = current_period()
            kwargs.setdefault("initial", {"nam": default.year, "ky": default.code})
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            cleaned["period"] = period_for(cleaned["nam"], cleaned["ky"], cleaned.get("tu"), cleaned.get("den"))
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        return cleaned

    @property
    def period(self):
        """The chosen period, or the current quarter when nothing was asked; None when the input is bad."""
        if not self.is_bound:
            return current_period()
        return self.cleaned_data["period"] if self.is_valid() else None
