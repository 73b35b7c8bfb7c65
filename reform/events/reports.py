"""Sessions for the Office's periodic reports (quarterly, 6-month, annual): public and internal alike.

Recurring series count once per occurrence held (excluded dates are not held). Participants come
from single events only: a series records one expected figure, not one per sitting.
"""

import datetime
from collections import OrderedDict

from django.conf import settings

from ..models.taxonomy import localized_lookup
from .recurrence import local_midnight


def sessions_between(first_day, last_day, language=None):
    """Every occurrence of a live event (public and internal) from first_day to last_day inclusive."""
    from ..models.events import EventPage
    from . import queries

    lo = local_midnight(first_day)
    hi = local_midnight(last_day + datetime.timedelta(days=1))
    events = EventPage.objects.live().filter(locale__language_code=language or settings.LANGUAGE_CODE)
    events = queries.card_queryset(events)
    occurrences = [
        occurrence
        for event in queries.overlapping(queries.singles(events), lo, hi)
        for occurrence in event.occurrences(lo, hi)
    ]
    occurrences += queries.recurring_occurrences(queries.series(events, lo, hi), lo, hi)
    return sorted(occurrences, key=lambda o: o.sort_key)


def summary_by_kind(first_day, last_day, language=None):
    """[{"kind", "sessions", "public", "internal", "expected", "actual"}] in the kinds' order."""
    from ..enums import EventAudience
    from ..models.events import EventKind

    kinds = localized_lookup(EventKind)
    rows = OrderedDict(
        (kind.translation_key, {"kind": kind, "sessions": 0, "public": 0, "internal": 0, "expected": 0, "actual": 0})
        for kind in sorted(kinds.values(), key=lambda k: (k.sort_order, k.name))
    )
    for occurrence in sessions_between(first_day, last_day, language):
        event = occurrence.event
        kind = kinds.for_id(event.kind_id)
        row = rows.get(kind.translation_key) if kind else None
        if row is None:
            continue
        row["sessions"] += 1
        row["public" if event.audience == EventAudience.PUBLIC else "internal"] += 1
        if not event.is_recurring:
            row["expected"] += event.expected_participants or 0
            row["actual"] += event.actual_participants or 0
    return list(rows.values())
