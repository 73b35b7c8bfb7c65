"""Reporting periods: what "Q2 2023" means, and a Vietnamese message for every bad input."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict

from reform.periods import CUSTOM, PeriodForm, current_period, period_for


@pytest.mark.parametrize(
    ("code", "first", "last"),
    [
        ("q1", "2023-01-01", "2023-03-31"),
        ("q2", "2023-04-01", "2023-06-30"),
        ("q3", "2023-07-01", "2023-09-30"),
        ("q4", "2023-10-01", "2023-12-31"),
        ("h1", "2023-01-01", "2023-06-30"),
        ("year", "2023-01-01", "2023-12-31"),
    ],
)
def test_named_periods_cover_whole_months(code, first, last):
    period = period_for(2023, code)
    assert period.first_day == datetime.date.fromisoformat(first)
    assert period.last_day == datetime.date.fromisoformat(last)
    assert period.contains(period.first_day) and period.contains(period.last_day)
    assert not period.contains(period.last_day + datetime.timedelta(days=1))


def test_labels_are_vietnamese():
    assert str(period_for(2023, "q2").label) == "Quý II năm 2023"
    assert str(period_for(2024, "h1").label) == "6 tháng đầu năm 2024"
    assert str(period_for(2024, "year").label) == "năm 2024"
    custom = period_for(2023, CUSTOM, datetime.date(2023, 2, 1), datetime.date(2023, 5, 15))
    assert str(custom.label) == "từ 01/02/2023 đến 15/05/2023"
    assert custom.days == 104


def test_leap_february_in_a_custom_range():
    period = period_for(2024, CUSTOM, datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    assert period.days == 29


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1999, "q1"), "Năm phải từ 2000 đến 2100."),
        ((2023, "q9"), "Kỳ báo cáo không hợp lệ."),
        ((2023, CUSTOM, None, None), "Hãy nhập cả ngày bắt đầu và ngày kết thúc."),
        ((2023, CUSTOM, datetime.date(2023, 5, 1), datetime.date(2023, 4, 1)), "Ngày kết thúc phải sau ngày bắt đầu."),
        ((2023, CUSTOM, datetime.date(2000, 1, 1), datetime.date(2023, 1, 1)), "không được dài quá 5 năm"),
    ],
)
def test_bad_periods_are_refused_in_vietnamese(args, message):
    with pytest.raises(ValidationError) as error:
        period_for(*args)
    assert message in " ".join(error.value.messages)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("nam=abc&ky=q1", "Năm phải là một số, ví dụ 2023."),
        ("nam=20%C3%9F3&ky=q1", "Năm phải là một số, ví dụ 2023."),
        ("nam=99999&ky=q1", "2100"),
        ("nam=2023&ky=q9", "Kỳ báo cáo không hợp lệ."),
        ("nam=2023&ky=custom&tu=31/02/2023&den=01/03/2023", "Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy."),
        ("nam=2023&ky=custom&tu=2023-05-01&den=2023-04-01", "Ngày kết thúc phải sau ngày bắt đầu."),
        ("nam=2023&ky=custom", "Hãy nhập cả ngày bắt đầu và ngày kết thúc."),
        ("nam=2023&ky=custom&tu=%00&den=x", "Ngày không hợp lệ"),
    ],
)
def test_form_reports_bad_query_strings(query, message):
    form = PeriodForm(QueryDict(query))
    assert not form.is_valid()
    assert form.period is None
    assert message in " ".join(str(e) for errors in form.errors.values() for e in errors)


def test_form_accepts_both_date_formats_and_defaults_to_the_current_quarter():
    form = PeriodForm(QueryDict("nam=2023&ky=custom&tu=01/02/2023&den=2023-03-15"))
    assert form.is_valid(), form.errors
    assert (form.period.first_day, form.period.last_day) == (datetime.date(2023, 2, 1), datetime.date(2023, 3, 15))
    assert form.period.as_query() == {"nam": 2023, "ky": "custom", "tu": "2023-02-01", "den": "2023-03-15"}

    empty = PeriodForm(QueryDict(""))
    assert not empty.is_bound and not empty.errors
    assert empty.period == current_period()
    assert empty.initial == {"nam": current_period().year, "ky": current_period().code}
