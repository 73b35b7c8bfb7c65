""" "Thêm vào lịch": links that open a prefilled event in common calendar apps, plus the .ics file.

Google Calendar takes the recurrence rule too; Outlook's compose links cannot, so a recurring
event offers Google and the .ics file only (Outlook, Apple Calendar and Thunderbird import it).
"""

import datetime
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from .ics import export_rrule
from .recurrence import local_zone

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK_COM = "https://outlook.live.com/calendar/0/action/compose"
OFFICE_365 = "https://outlook.office.com/calendar/0/action/compose"


def _details(event, url):
    parts = [event.summary]
    if event.online_url:
        parts.append(_("Tham dự trực tuyến: %(url)s") % {"url": event.online_url})
    parts.append(url)
    return "\n\n".join(part for part in parts if part)


def google_url(event, url):
    start = timezone.localtime(event.start, local_zone())
    if event.all_day:
        dates = f"{start:%Y%m%d}/{(start + event.span):%Y%m%d}"
    else:
        utc = datetime.UTC
        dates = f"{event.start.astimezone(utc):%Y%m%dT%H%M%SZ}/{event.end.astimezone(utc):%Y%m%dT%H%M%SZ}"
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "details": _details(event, url),
        "location": event.location,
        "ctz": settings.TIME_ZONE,
    }
    if event.rule is not None:
        params["recur"] = "RRULE:" + export_rrule(event).to_ical().decode()
    return f"{GOOGLE}?{urlencode(params, quote_via=quote)}"


def outlook_url(base, event, url):
    start = timezone.localtime(event.start, local_zone())
    if event.all_day:
        start_value, end_value = start.date().isoformat(), (start + event.span).date().isoformat()
    else:
        start_value = start.isoformat()
        end_value = timezone.localtime(event.end, local_zone()).isoformat()
    params = {
        "rru": "addevent",
        "subject": event.title,
        "startdt": start_value,
        "enddt": end_value,
        "allday": "true" if event.all_day else "false",
        "body": _details(event, url),
        "location": event.location,
    }
    return f"{base}?{urlencode(params, quote_via=quote)}"


def calendar_links(request, event):
    """[{"label", "url", "external"}] for the page's "Thêm vào lịch" list."""
    url = request.build_absolute_uri(event.get_url(request))
    links = [{"label": _("Google Calendar"), "url": google_url(event, url), "external": True}]
    if event.rule is None:
        links.append({"label": _("Outlook.com"), "url": outlook_url(OUTLOOK_COM, event, url), "external": True})
        links.append(
            {"label": _("Outlook (Microsoft 365)"), "url": outlook_url(OFFICE_365, event, url), "external": True}
        )
    links.append(
        {
            "label": _("Tệp .ics (Apple Calendar, Outlook, Thunderbird…)"),
            "url": event.get_url(request) + event.reverse_subpage("ics"),
            "external": False,
        }
    )
    return links
