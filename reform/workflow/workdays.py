"""Working days, for the age of drafts waiting in the workflow.

Saturdays and Sundays are not working days; public holidays come from the
REFORM_HOLIDAYS setting (ISO dates), since Vietnamese holidays follow the lunar calendar
and government decisions on days in lieu, and are not computed here.
"""

import datetime

from django.conf import settings
from django.utils import timezone


def holidays():
    return {datetime.date.fromisoformat(day) for day in getattr(settings, "REFORM_HOLIDAYS", [])}


def working_days_between(start, end=None):
    """Whole working days elapsed from start to end (both datetimes or dates)."""
    end = end or timezone.now()
    start_day = timezone.localdate(start) if isinstance(start, datetime.datetime) else start
    end_day = timezone.localdate(end) if isinstance(end, datetime.datetime) else end
    if end_day <= start_day:
        return 0
    off = holidays()
    days = 0
    day = start_day
    while day < end_day:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in off:
            days += 1
    return days


def overdue_limit():
    return getattr(settings, "REFORM_WORKFLOW_OVERDUE_DAYS", 2)
