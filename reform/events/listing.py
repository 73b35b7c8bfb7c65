"""The public event listing: upcoming (soonest first), past (newest first), and a month view.

State lives in the query string (?kind=toa-dam&area=…&year=2023, ?thang=2023-05) so every view
works without JavaScript and can be bookmarked. Unknown or malformed values answer 404.
Queries are constant: filters resolve against the request's taxonomy lookups, recurring
series load in one query, and single events are sliced in SQL.
"""

import calendar
import datetime
import heapq
from collections import defaultdict

from django import forms
from django.db.models import Count, Max, Min, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..listing import paginate
from ..models.taxonomy import ReformArea, localized_lookup
from . import queries
from .occurrences import Occurrence
from .recurrence import local_midnight, local_zone

MIN_YEAR, MAX_YEAR = 1900, 2100
UPCOMING_LIMIT = 12  # upcoming occurrences on the listing; the month view shows the rest
UPCOMING_PER_SERIES = 3  # of them, at most this many sittings of one recurring series
MONTH_LIMIT = 500  # single events read for one month (a calendar this full is a data error)
# Column headers of the month view, Monday first as Vietnamese calendars print them: (short, full).
WEEKDAY_HEADERS = (
    (gettext_lazy("T2"), gettext_lazy("Thứ Hai")),
    (gettext_lazy("T3"), gettext_lazy("Thứ Ba")),
    (gettext_lazy("T4"), gettext_lazy("Thứ Tư")),
    (gettext_lazy("T5"), gettext_lazy("Thứ Năm")),
    (gettext_lazy("T6"), gettext_lazy("Thứ Sáu")),
    (gettext_lazy("T7"), gettext_lazy("Thứ Bảy")),
    (gettext_lazy("CN"), gettext_lazy("Chủ nhật")),
)


class EventFilterForm(forms.Form):
    kind = forms.SlugField(required=False, max_length=255)
    area = forms.SlugField(required=False, max_length=255)
    year = forms.IntegerField(required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)
    thang = forms.RegexField(regex=r"^\d{4}-\d{2}$", required=False, max_length=7)
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000_000)


def by_slug(lookup, slug):
    return next((row for row in lookup.values() if row.slug == slug), None)


def resolve_filters(params, kinds, areas):
    """Validate the query string against the request's taxonomy lookups; Http404 when anything is off."""
    form = EventFilterForm(params)
    if not form.is_valid():
        raise Http404(_("Bộ lọc không hợp lệ."))
    data = form.cleaned_data
    filters = {"kind": None, "area": None, "year": data.get("year"), "month": None, "page": data.get("page") or 1}
    if data.get("kind"):
        filters["kind"] = by_slug(kinds, data["kind"])
        if filters["kind"] is None:
            raise Http404(_("Không có loại sự kiện này."))
    if data.get("area"):
        filters["area"] = by_slug(areas, data["area"])
        if filters["area"] is None:
            raise Http404(_("Không có lĩnh vực này."))
    if data.get("thang"):
        year, month = (int(part) for part in data["thang"].split("-"))
        if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
            raise Http404(_("Không có tháng này."))
        filters["month"] = (year, month)
    return filters


def apply_filters(queryset, filters):
    if filters["kind"] is not None:
        queryset = queryset.filter(kind__translation_key=filters["kind"].translation_key)
    if filters["area"] is not None:
        queryset = queryset.filter(reform_areas__translation_key=filters["area"].translation_key)
    return queryset


def year_window(year):
    return local_midnight(datetime.date(year, 1, 1)), local_midnight(datetime.date(year + 1, 1, 1))


def month_key(year, month):
    return f"{year:04d}-{month:02d}"


def shift_month(year, month, step):
    index = year * 12 + (month - 1) + step
    year, month = divmod(index, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return year, month + 1


def list_context(filtered, filters, now):
    """Upcoming occurrences (soonest first, capped) and past ones (newest first, paginated): 3 queries."""
    lo, hi = year_window(filters["year"]) if filters["year"] else (None, None)
    horizon = now + datetime.timedelta(days=queries.HORIZON_DAYS)
    base = queries.card_queryset(filtered)
    up_lo = max(lo, now) if lo else now
    up_hi = min(hi, horizon) if hi else horizon
    past_hi = min(hi, now) if hi else now
    past_singles = queries.overlapping_q(lo, hi) & Q(series_end__lte=now)

    # 1: the recurring series meeting either section, and the first upcoming single events.
    if up_lo < up_hi:
        upcoming_singles = queries.overlapping_q(up_lo, up_hi) & Q(series_end__gt=now)
        all_series, singles = queries.series_and_singles(
            base, queries.series_q(lo, up_hi), upcoming_singles, ("start", "pk"), UPCOMING_LIMIT + 1
        )
    else:
        all_series, singles = list(queries.series(base, lo, past_hi).order_by("start")[: queries.SERIES_CAP]), []
    # A weekly series would fill the list on its own: its next few sittings are enough here.
    repeating = queries.recurring_occurrences(
        all_series, up_lo, up_hi, keep=lambda o: o.end > now, limit=UPCOMING_PER_SERIES
    )
    upcoming = list(
        heapq.merge(
            [Occurrence.of(e) for e in singles], sorted(repeating, key=lambda o: o.sort_key), key=lambda o: o.sort_key
        )
    )

    # 2: how many past single events (for the pager) and the span of years (for the year filter).
    stats = filtered.aggregate(
        past=Count("pk", filter=past_singles),
        first=Min("start"),
        last=Max("series_end"),
        endless=Count("pk", filter=Q(series_end__isnull=True) & ~Q(recurrence="")),
    )
    if lo is None or lo < now:
        repeating = queries.recurring_occurrences(all_series, lo, past_hi, keep=lambda o: o.end <= now, newest=True)
        past_list = queries.MergedOccurrences(
            base.filter(past_singles).order_by("-start", "-pk"),
            repeating,
            newest_first=True,
            single_count=stats["past"],
        )
    else:
        past_list = queries.MergedOccurrences(base.none(), [], single_count=0)
    # 3: the past page's single events (none when the page holds only recurring occurrences).
    past = paginate(past_list, filters["page"])
    return {
        "view": "list",
        "upcoming": upcoming[:UPCOMING_LIMIT],
        "upcoming_has_more": len(upcoming) > UPCOMING_LIMIT,
        "past": past,
        "years": year_range(stats, horizon),
    }


def year_range(stats, horizon):
    """Every year from the first event to the last (an endless series reaches the horizon), newest first."""
    if stats["first"] is None:
        return []
    zone = local_zone()
    first = timezone.localtime(stats["first"], zone).year
    last = timezone.localtime(stats["last"], zone).year if stats["last"] else first
    if stats["endless"]:
        last = max(last, timezone.localtime(horizon, zone).year)
    return list(range(min(last, MAX_YEAR), max(first, MIN_YEAR) - 1, -1))


def month_context(filtered, filters, now):
    """A month as a calendar table and a list, in one query."""
    year, month = filters["month"]
    first = datetime.date(year, month, 1)
    following = shift_month(year, month, 1) or (MAX_YEAR + 1, 1)
    lo, hi = local_midnight(first), local_midnight(datetime.date(following[0], following[1], 1))
    base = queries.card_queryset(filtered)
    all_series, singles = queries.series_and_singles(
        base, queries.series_q(lo, hi), queries.overlapping_q(lo, hi), ("start", "pk"), MONTH_LIMIT + 1
    )
    occurrences = [Occurrence.of(e) for e in singles[:MONTH_LIMIT]]
    occurrences += queries.recurring_occurrences(all_series, lo, hi)
    occurrences.sort(key=lambda o: o.sort_key)
    by_day = defaultdict(list)
    for occurrence in occurrences:
        for day in occurrence.days():
            if first <= day < hi.date():
                by_day[day].append(occurrence)
    today = timezone.localdate(now, local_zone())
    weeks = [
        [
            {"date": day, "in_month": day.month == month, "today": day == today, "occurrences": by_day.get(day, [])}
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    previous, following = shift_month(year, month, -1), shift_month(year, month, 1)
    return {
        "view": "month",
        "month": {
            "year": year,
            "month": month,
            "first": first,
            "weeks": weeks,
            "occurrences": occurrences,
            "truncated": len(singles) > MONTH_LIMIT,
            "previous": month_key(*previous) if previous else None,
            "previous_label": f"{previous[1]}/{previous[0]}" if previous else "",
            "next": month_key(*following) if following else None,
            "next_label": f"{following[1]}/{following[0]}" if following else "",
        },
        "weekday_headers": WEEKDAY_HEADERS,
    }


def listing_context(request, index):
    from ..models.events import EventKind, EventPage

    kinds = localized_lookup(EventKind)
    areas = localized_lookup(ReformArea)
    filters = resolve_filters(request.GET, kinds, areas)
    filtered = apply_filters(queries.public_events(EventPage.objects.descendant_of(index)), filters)
    now = timezone.now()
    context = month_context(filtered, filters, now) if filters["month"] else list_context(filtered, filters, now)

    query = request.GET.copy()
    query.pop("page", None)
    month_query = query.copy()
    for name in ("thang", "year"):
        month_query.pop(name, None)
    context.update(
        {
            "filters": filters,
            "kinds": sorted(kinds.values(), key=lambda k: (k.sort_order, k.name)),
            "areas": sorted(areas.values(), key=lambda a: a.number),
            "kind_lookup": kinds,
            "area_lookup": areas,
            "active_kind": filters["kind"],
            "active_area": filters["area"],
            "query_without_page": query.urlencode(),
            "month_query": month_query.urlencode(),
            "current_month": month_key(*timezone.localdate(now, local_zone()).timetuple()[:2]),
        }
    )
    return context
