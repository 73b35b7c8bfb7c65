"""Calendar export (RFC 5545): one public event, every public event, or every public event of a kind.

- Times carry TZID=Asia/Ho_Chi_Minh with its VTIMEZONE; all-day events are DATE values with an
  exclusive DTEND; RRULE's UNTIL is UTC next to a timed DTSTART and a DATE next to an all-day one.
- UID is ``event-<pk>@<site host>``: stable across edits, languages have their own page and UID.
- DTSTAMP is the last publication (no METHOD, so it is "last revised in the calendar store"),
  SEQUENCE rises when what a calendar shows changes (EventCalendarState).
- icalendar escapes TEXT (\\, ; , and new lines) and folds lines at 75 octets without splitting
  a UTF-8 character, so Vietnamese comes through intact.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vDuration, vRecur
from wagtail.models import Site

from ..models.taxonomy import localized_lookup
from . import queries
from .recurrence import local_zone, to_aware

REFRESH = datetime.timedelta(hours=12)
# Asia/Ho_Chi_Minh has kept +07:00 since 1975; one STANDARD block from then on describes it.
TIMEZONE_FROM = datetime.date(1976, 1, 1)
TIMEZONE_UNTIL = datetime.date(2100, 1, 1)


def uid_domain(request):
    configured = getattr(settings, "REFORM_EVENT_UID_DOMAIN", "")
    if configured:
        return configured
    site = Site.find_for_request(request)
    if site is not None and site.hostname not in ("", "*"):
        return site.hostname
    return request.get_host().split(":")[0]


def vtimezone():
    component = Timezone.from_tzid(settings.TIME_ZONE, first_date=TIMEZONE_FROM, last_date=TIMEZONE_UNTIL)
    component.pop("COMMENT", None)
    return component


def export_rrule(event):
    """The event's rule as an RRULE value for export: UNTIL in UTC (timed) or as a DATE (all-day)."""
    rule = event.rule
    recur = vRecur.from_ical(";".join(f"{key}={value}" for key, value in rule.parts))
    if rule.until is not None:
        if event.all_day:
            until = rule.until.date() if isinstance(rule.until, datetime.datetime) else rule.until
        else:
            until = to_aware(rule.until_datetime).astimezone(datetime.UTC)
        recur["UNTIL"] = [until]
    return recur


def excluded_values(event):
    """EXDATE values: the dates, or the date at the series' local start time."""
    start = timezone.localtime(event.start, local_zone())
    values = []
    for day in sorted(event.excluded_days):
        if event.all_day:
            values.append(day)
        else:
            values.append(datetime.datetime.combine(day, start.time(), tzinfo=local_zone()))
    return values


def sequence_of(event):
    try:
        return event.calendar_state.sequence
    except ObjectDoesNotExist:
        return 0


def as_utc(value):
    return value.astimezone(datetime.UTC)


def event_component(event, request, domain, kind_name=None):
    url = request.build_absolute_uri(event.get_url(request))
    component = Event()
    component.add("uid", f"event-{event.pk}@{domain}")
    stamp = event.last_published_at or event.latest_revision_created_at or event.first_published_at
    component.add("dtstamp", as_utc(stamp or timezone.now()))
    if event.first_published_at:
        component.add("created", as_utc(event.first_published_at))
    if event.last_published_at:
        component.add("last-modified", as_utc(event.last_published_at))
    component.add("sequence", sequence_of(event))
    component.add("summary", event.title)
    details = [event.summary]
    if event.online_url:
        details.append(_("Tham dự trực tuyến: %(url)s") % {"url": event.online_url})
    details.append(url)
    component.add("description", "\n\n".join(part for part in details if part))
    component.add("location", event.location)
    component.add("url", url)
    start = timezone.localtime(event.start, local_zone())
    if event.all_day:
        component.add("dtstart", start.date())
        component.add("dtend", (start + event.span).date())
    else:
        component.add("dtstart", start)
        component.add("dtend", timezone.localtime(event.end, local_zone()))
    if event.rule is not None:
        component.add("rrule", export_rrule(event))
        excluded = excluded_values(event)
        if excluded:
            component.add("exdate", excluded)
    if kind_name:
        component.add("categories", [kind_name])
    component.add("status", "CONFIRMED")
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, request, name, description=""):
    calendar = Calendar()
    calendar.add("prodid", f"-//CCHC Portal//{settings.WAGTAIL_SITE_NAME}//{(get_language() or 'vi').upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.calendar_name = name
    if description:
        calendar.description = description
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    # Always present, so even an empty calendar holds the one component RFC 5545 requires.
    calendar.add_component(vtimezone())
    from ..models.events import EventKind

    domain = uid_domain(request)
    kinds = localized_lookup(EventKind)
    for event in events:
        kind = kinds.for_id(event.kind_id)
        calendar.add_component(event_component(event, request, domain, kind.name if kind else None))
    return calendar


def calendar_response(calendar, filename, attachment=False):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_calendar_response(request, event):
    """GET <event>/ics/: the event (and its recurrence) as a file to import."""
    calendar = build_calendar([event], request, event.title)
    return calendar_response(calendar, f"{event.slug}.ics", attachment=True)


def index_calendar_response(request, index, kind_slug=None):
    """GET <index>/ics/ and <index>/loai/<kind>/ics/: a calendar to subscribe to."""
    from ..models.events import EventKind, EventPage
    from .listing import by_slug

    kind = None
    if kind_slug:
        kind = by_slug(localized_lookup(EventKind), kind_slug)
        if kind is None:
            raise Http404(_("Không có loại sự kiện này."))
    events = queries.public_events(EventPage.objects.descendant_of(index))
    if kind is not None:
        events = events.filter(kind__translation_key=kind.translation_key)
    cutoff = timezone.now() - datetime.timedelta(days=queries.ICS_PAST_DAYS)
    events = (
        queries.card_queryset(events)
        .filter(Q(series_end__isnull=True) | Q(series_end__gt=cutoff))
        .order_by("-start", "-pk")[: queries.ICS_LIMIT]
    )
    name = f"{index.title} — {kind.name}" if kind else index.title
    description = _("Tọa đàm, sự kiện công khai về cải cách hành chính")
    filename = f"{index.slug}-{kind.slug}.ics" if kind else f"{index.slug}.ics"
    return calendar_response(build_calendar(list(events), request, name, description), filename)
