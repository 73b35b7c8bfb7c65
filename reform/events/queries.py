"""The event querysets every public view starts from, and occurrence merging in bounded work.

Single events are filtered, ordered and sliced in SQL. Recurring series are few (a weekly giao ban,
a monthly chi bộ meeting), so each view loads the series that meet its window in one query and
expands them in Python within that window; a merged list then takes only what one page shows.
"""

import heapq

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When

from ..enums import EventAudience
from ..request_cache import public
from .occurrences import Occurrence

# How far ahead listings, the home panel and the month view look for occurrences of endless series.
HORIZON_DAYS = getattr(settings, "REFORM_EVENT_HORIZON_DAYS", 366)
# The .ics feeds carry every future event and the past ones that ended at most this long ago.
ICS_PAST_DAYS = getattr(settings, "REFORM_EVENT_ICS_PAST_DAYS", 366)
ICS_LIMIT = getattr(settings, "REFORM_EVENT_ICS_LIMIT", 1000)
# Recurring series one listing window expands at most (there are a handful in practice).
SERIES_CAP = getattr(settings, "REFORM_EVENT_SERIES_CAP", 50)
# Fields a card or a calendar entry never shows.
HEAVY_FIELDS = ("description", "outcome")


def event_model():
    from ..models.events import EventPage

    return EventPage


def public_events(queryset=None):
    """Live, public events outside any private section: what anonymous visitors may see."""
    queryset = queryset if queryset is not None else event_model().objects.all()
    return public(queryset.live()).filter(audience=EventAudience.PUBLIC)


def exclude_internal(page_queryset):
    """Any Page queryset without internal events (for search, sitemaps and other page lists)."""
    internal = event_model().objects.filter(audience=EventAudience.INTERNAL).values("pk")
    return page_queryset.exclude(pk__in=internal)


def card_queryset(queryset):
    """What an event card or calendar entry reads, in one query (no streamfields, no long texts)."""
    return queryset.defer_streamfields().defer(*HEAVY_FIELDS).select_related("calendar_state")


def singles(queryset):
    return queryset.filter(recurrence="")


def series_q(lo=None, hi=None):
    """Recurring events whose occurrences may meet [lo, hi)."""
    condition = ~Q(recurrence="")
    if hi is not None:
        condition &= Q(start__lt=hi)
    if lo is not None:
        condition &= Q(series_end__isnull=True) | Q(series_end__gt=lo)
    return condition


def overlapping_q(lo=None, hi=None):
    """Single events meeting [lo, hi) (series_end is a single event's end)."""
    condition = Q(recurrence="")
    if hi is not None:
        condition &= Q(start__lt=hi)
    if lo is not None:
        condition &= Q(series_end__gt=lo) | Q(start__gte=lo)
    return condition


def series(queryset, lo=None, hi=None):
    return queryset.filter(series_q(lo, hi))


def overlapping(queryset, lo=None, hi=None):
    return queryset.filter(overlapping_q(lo, hi))


def series_and_singles(queryset, series_condition, singles_condition, order, limit):
    """Recurring series and the first `limit` single events (in `order`), in one query.

    Series sort first; there are a handful (a weekly giao ban, monthly chi bộ and Đoàn meetings),
    and beyond SERIES_CAP of them in one window the extra ones are left out.
    """
    single = Case(When(recurrence="", then=Value(1)), default=Value(0), output_field=IntegerField())
    rows = list(
        queryset.filter(series_condition | singles_condition)
        .annotate(is_single=single)
        .order_by("is_single", *order)[: SERIES_CAP + limit]
    )
    return [row for row in rows if row.recurrence][:SERIES_CAP], [row for row in rows if not row.recurrence][:limit]


class MergedOccurrences:
    """Single events (a queryset, ordered) merged with the occurrences of recurring series (a list).

    Django's Paginator asks for count() and a slice; a slice reads at most `stop` single events,
    and with no recurring occurrences in the window, exactly the rows of the page (OFFSET/LIMIT).
    """

    def __init__(self, single_queryset, recurring, newest_first=False, single_count=None):
        self.single_queryset = single_queryset
        self.newest_first = newest_first
        self.recurring = sorted(recurring, key=lambda o: o.sort_key, reverse=newest_first)
        self.single_count = single_count  # when the caller already counted them

    def count(self):
        if self.single_count is None:
            self.single_count = self.single_queryset.count()
        return self.single_count + len(self.recurring)

    def __len__(self):
        return self.count()

    def _single(self, event):
        return Occurrence(event, event.start, event.start + event.span)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        start, stop = item.start or 0, item.stop
        if not self.recurring:
            return [self._single(event) for event in self.single_queryset[start:stop]]
        single = [self._single(event) for event in self.single_queryset[:stop]]
        merged = heapq.merge(single, self.recurring, key=lambda o: o.sort_key, reverse=self.newest_first)
        return list(merged)[start:stop]


def recurring_occurrences(events, lo, hi, keep=None, newest=False, limit=None):
    """Occurrences of recurring events meeting [lo, hi), filtered by keep(occurrence)."""
    found = []
    for event in events:
        options = {"newest": newest}
        if limit:
            options["limit"] = limit
        for occurrence in event.occurrences(lo, hi, **options):
            if keep is None or keep(occurrence):
                found.append(occurrence)
    return found
