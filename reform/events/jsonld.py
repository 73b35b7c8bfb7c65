"""schema.org Event as JSON-LD (https://schema.org/Event), for search engines and aggregators."""

import json

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe

from .recurrence import local_zone

# What json.dumps leaves that would end or confuse a <script> element (as django.utils.html.json_script).
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_FREQUENCY = {"DAILY": "D", "WEEKLY": "W", "MONTHLY": "M", "YEARLY": "Y"}
_DAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}


def _moment(value, all_day):
    local = timezone.localtime(value, local_zone())
    return local.date().isoformat() if all_day else local.isoformat()


def _schedule(event):
    rule = event.rule
    start = timezone.localtime(event.start, local_zone())
    schedule = {
        "@type": "Schedule",
        "repeatFrequency": f"P{rule.get('INTERVAL', '1')}{_FREQUENCY[rule.freq]}",
        "startDate": start.date().isoformat(),
        "scheduleTimezone": settings.TIME_ZONE,
    }
    if not event.all_day:
        schedule["startTime"] = start.strftime("%H:%M:%S")
        schedule["endTime"] = timezone.localtime(event.end, local_zone()).strftime("%H:%M:%S")
    if rule.until is not None:
        until = rule.until_datetime
        schedule["endDate"] = until.date().isoformat()
    elif rule.get("COUNT"):
        schedule["repeatCount"] = int(rule.get("COUNT"))
    days = rule.get("BYDAY")
    if days and all(token in _DAYS for token in days.split(",")):
        schedule["byDay"] = [f"https://schema.org/{_DAYS[token]}" for token in days.split(",")]
    if event.excluded_days:
        schedule["exceptDate"] = [day.isoformat() for day in sorted(event.excluded_days)]
    return schedule


def event_data(request, event, *, url, agency, home_url, image_urls=(), language="vi"):
    mode = "OfflineEventAttendanceMode"
    if event.online_url:
        mode = "MixedEventAttendanceMode" if event.location else "OnlineEventAttendanceMode"
    locations = []
    if event.location:
        locations.append({"@type": "Place", "name": event.location, "address": event.location})
    if event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "inLanguage": language,
        "startDate": _moment(event.start, event.all_day),
        "endDate": _moment(event.end, event.all_day),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": {"@type": "GovernmentOrganization", "name": agency.display_name, "url": home_url},
        "isAccessibleForFree": True,
    }
    if image_urls:
        data["image"] = list(image_urls)
    if event.rule is not None:
        data["eventSchedule"] = _schedule(event)
    return data


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False, indent=None).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # <, > and & escaped above
