"""One sitting of an event: the event itself, or one date of a recurring series."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from .recurrence import DAY, local_zone


def _date(value):
    return value.strftime("%d/%m/%Y")


def _time(value):
    return value.strftime("%H:%M")


@dataclass
class Occurrence:
    event: object  # an EventPage
    start: datetime.datetime  # aware
    end: datetime.datetime  # aware; for an all-day event, the midnight after its last day

    @classmethod
    def of(cls, event):
        """The first (for a single event: the only) occurrence of an event."""
        return cls(event, event.start, event.start + event.span)

    @property
    def all_day(self):
        return self.event.all_day

    @property
    def local_start(self):
        return timezone.localtime(self.start, local_zone())

    @property
    def local_end(self):
        return timezone.localtime(self.end, local_zone())

    @property
    def first_day(self):
        return self.local_start.date()

    @property
    def last_day(self):
        """The last calendar day the occurrence touches (an end at midnight belongs to the day before)."""
        end = self.local_end
        if end > self.local_start and end.time() == datetime.time(0, 0):
            return (end - DAY).date()
        return end.date()

    def days(self):
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += DAY

    @property
    def sort_key(self):
        return (self.start, self.event.pk)

    def is_past(self, now):
        return self.end <= now and self.start < now

    @property
    def display(self):
        """ "12/05/2023, 08:00 – 11:30", "12/05/2023 (cả ngày)", "12/05/2023 – 13/05/2023"."""
        start, end = self.local_start, self.local_end
        if self.all_day:
            if self.first_day == self.last_day:
                return _("%(date)s (cả ngày)") % {"date": _date(start)}
            return f"{_date(start)} – {_date(self.last_day)}"
        if end <= start:
            return f"{_date(start)}, {_time(start)}"
        if self.first_day == self.last_day:
            return f"{_date(start)}, {_time(start)} – {_time(end)}"
        return f"{_date(start)} {_time(start)} – {_date(end)} {_time(end)}"

    @property
    def time_display(self):
        """The time of day alone, for a calendar cell: "08:00" or "cả ngày"."""
        if self.all_day:
            return _("cả ngày")
        return _time(self.local_start)
