"""The event page's admin form: a recurrence rule checked as it is typed, excluded dates as plain text."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..forms import ReformPageForm
from . import recurrence

_SEPARATORS = re.compile(r"[\s,;]+")


class DateListField(forms.CharField):
    """Dates typed one per line (dd/mm/yyyy), stored as a sorted list of ISO dates."""

    widget = forms.Textarea

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            days = []
            for item in value:
                try:
                    days.append(datetime.date.fromisoformat(item).strftime("%d/%m/%Y"))
                except (TypeError, ValueError):
                    days.append(str(item))
            return "\n".join(days)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return sorted(set(value))
        text = super().to_python(value) or ""
        days = set()
        for token in _SEPARATORS.split(text.strip()):
            if not token:
                continue
            for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
                try:
                    days.add(datetime.datetime.strptime(token, pattern).date().isoformat())
                    break
                except ValueError:
                    continue
            else:
                raise ValidationError(
                    _("“%(value)s” không phải là một ngày theo dạng dd/mm/yyyy."),
                    code="invalid_date",
                    params={"value": token},
                )
        return sorted(days)


class EventPageForm(ReformPageForm):
    excluded_dates = DateListField(
        label=_("Ngày không tổ chức"),
        required=False,
        help_text=_("Mỗi dòng một ngày, dạng dd/mm/yyyy: những buổi của quy tắc lặp lại bị hủy (ngày lễ, nghỉ bù…)."),
    )

    def clean_recurrence(self):
        rule = recurrence.parse_rule(self.cleaned_data.get("recurrence", ""))
        return rule.text() if rule is not None else ""
