"""The home page's "upcoming seminars" panel: one query, two when nothing is coming up.

The link to every event is the events' own parent (an EventPage lives only under the event
index), so the panel needs no query for it.
"""

import datetime
import heapq

from django.db.models import Q
from django.utils import timezone

from . import queries
from .occurrences import Occurrence

HOME_EVENTS = 4


def _merge(singles, repeating, newest_first=False):
    occurrences = heapq.merge(
        [Occurrence.of(event) for event in singles],
        sorted(repeating, key=lambda o: o.sort_key, reverse=newest_first),
        key=lambda o: o.sort_key,
        reverse=newest_first,
    )
    return list(occurrences)


def home_events_context(home, now=None, limit=HOME_EVENTS):
    """{"upcoming_events", "recent_events", "events_index_url"}: what is coming up, else the latest past."""
    from ..models.events import EventPage

    now = now or timezone.now()
    horizon = now + datetime.timedelta(days=queries.HORIZON_DAYS)
    base = queries.card_queryset(queries.public_events(EventPage.objects.filter(locale_id=home.locale_id)))
    repeating, singles = queries.series_and_singles(
        base,
        queries.series_q(None, horizon),
        Q(recurrence="", series_end__gt=now, start__lt=horizon),
        ("start", "pk"),
        limit,
    )
    upcoming = _merge(
        singles, queries.recurring_occurrences(repeating, now, horizon, keep=lambda o: o.end > now, limit=limit)
    )[:limit]
    recent = []
    if not upcoming:
        past = queries.singles(base).filter(series_end__lte=now).order_by("-start", "-pk")[:limit]
        older = queries.recurring_occurrences(
            repeating, None, now, keep=lambda o: o.end <= now, newest=True, limit=limit
        )
        recent = _merge(past, older, newest_first=True)[:limit]
    shown = upcoming or recent
    index_url = shown[0].event.url.rstrip("/").rsplit("/", 1)[0] + "/" if shown else None
    return {"upcoming_events": upcoming, "recent_events": recent, "events_index_url": index_url}
