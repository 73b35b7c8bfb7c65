"""Recurring sessions as RFC 5545 recurrence rules, expanded only inside a bounded window.

Editors write the value of an RRULE (``FREQ=MONTHLY;BYDAY=1MO``). The rule is read in the
event's local wall time (settings.TIME_ZONE, Asia/Ho_Chi_Minh), so "every first Monday at 14:00"
stays at 14:00 whatever UTC says. Every expansion is bounded twice: by the window the caller asks
for (dateutil stops at an UNTIL set to the window's end) and by a number of occurrences.
"""

import datetime
import re
from collections import deque
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import rrule as du_rrule
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
# Canonical order of the parts we accept; SECONDLY…HOURLY and BYHOUR… make no sense for sessions.
PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYYEARDAY", "BYWEEKNO")
MAX_OCCURRENCES = 1000  # the most a bounded series may hold, and the most any expansion returns
PROBE_YEARS = 5  # the first occurrence must come within this many years of the start
DAY = datetime.timedelta(days=1)
ZERO = datetime.timedelta(0)

_UNTIL_RE = re.compile(r"^(\d{8})(?:T(\d{6})(Z?))?$")
_BYDAY_RE = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_RANGES = {"BYMONTHDAY": 31, "BYMONTH": 12, "BYSETPOS": 366, "BYYEARDAY": 366, "BYWEEKNO": 53}
_POSITIVE_ONLY = {"BYMONTH"}

WEEKDAYS = {
    "MO": gettext_lazy("thứ Hai"),
    "TU": gettext_lazy("thứ Ba"),
    "WE": gettext_lazy("thứ Tư"),
    "TH": gettext_lazy("thứ Năm"),
    "FR": gettext_lazy("thứ Sáu"),
    "SA": gettext_lazy("thứ Bảy"),
    "SU": gettext_lazy("Chủ nhật"),
}
ORDINALS = {
    1: gettext_lazy("đầu tiên"),
    2: gettext_lazy("thứ hai"),
    3: gettext_lazy("thứ ba"),
    4: gettext_lazy("thứ tư"),
    -1: gettext_lazy("cuối cùng"),
}


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


def to_local_naive(value):
    """An aware datetime as local wall time without tzinfo (what the rule is read in)."""
    return timezone.localtime(value, local_zone()).replace(tzinfo=None)


def to_aware(naive):
    return naive.replace(tzinfo=local_zone())


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time(0, 0), tzinfo=local_zone())


@dataclass(frozen=True)
class Rule:
    """A parsed RRULE: its parts in canonical order (UNTIL apart), and UNTIL as local date or date-time."""

    parts: tuple
    until: datetime.date | datetime.datetime | None = None

    def get(self, key, default=None):
        return dict(self.parts).get(key, default)

    @property
    def freq(self):
        return self.get("FREQ")

    @property
    def is_bounded(self):
        return self.until is not None or self.get("COUNT") is not None

    @property
    def until_datetime(self):
        """UNTIL as a naive local datetime; a date means the whole of that day."""
        if self.until is None or isinstance(self.until, datetime.datetime):
            return self.until
        return datetime.datetime.combine(self.until, datetime.time(23, 59, 59))

    def text(self):
        """The canonical value: upper case, FREQ first, UNTIL in local time (a date or a floating time)."""
        items = [f"{key}={value}" for key, value in self.parts]
        if self.until is not None:
            items.append("UNTIL=" + format_until(self.until))
        return ";".join(items)


def format_until(value):
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _invalid(message):
    return ValidationError(message, code="invalid_rrule")


def _check_number(key, value, low, high):
    try:
        number = int(value)
    except ValueError:
        raise _invalid(_("%(part)s phải là số nguyên.") % {"part": key}) from None
    if not low <= number <= high:
        raise _invalid(_("%(part)s phải trong khoảng %(low)s đến %(high)s.") % {"part": key, "low": low, "high": high})
    return number


def _check_list(key, value):
    limit = _RANGES[key]
    low = 1 if key in _POSITIVE_ONLY else -limit
    for item in value.split(","):
        if _check_number(key, item, low, limit) == 0:
            raise _invalid(_("%(part)s không được bằng 0.") % {"part": key})


def _parse_until(value):
    match = _UNTIL_RE.match(value)
    if not match:
        raise _invalid(_("UNTIL phải có dạng NămThángNgày, ví dụ UNTIL=20231231."))
    try:
        day = datetime.datetime.strptime(match[1], "%Y%m%d").date()
        if not match[2]:
            return day
        moment = datetime.datetime.combine(day, datetime.datetime.strptime(match[2], "%H%M%S").time())
    except ValueError:
        raise _invalid(_("UNTIL không phải là một ngày có thật.")) from None
    if match[3]:  # UTC, as RFC 5545 writes it next to a DTSTART with a time zone
        moment = to_local_naive(moment.replace(tzinfo=datetime.UTC))
    return moment


def parse_rule(text):
    """Parse an RRULE value; None when empty. Raises ValidationError with a Vietnamese message."""
    value = (text or "").strip()
    if value.upper().startswith("RRULE:"):
        value = value[len("RRULE:") :]
    if not value:
        return None
    parts = {}
    for chunk in value.split(";"):
        if not chunk.strip():
            continue
        key, separator, item = chunk.partition("=")
        key, item = key.strip().upper(), item.strip().upper()
        if not separator or not item:
            raise _invalid(_("Mỗi thành phần phải có dạng TÊN=GIÁ TRỊ, ví dụ FREQ=WEEKLY."))
        if key not in PARTS:
            raise _invalid(_("Không hỗ trợ thành phần “%(part)s”.") % {"part": key})
        if key in parts:
            raise _invalid(_("Thành phần “%(part)s” xuất hiện hai lần.") % {"part": key})
        parts[key] = item
    if parts.get("FREQ") not in FREQUENCIES:
        raise _invalid(_("Cần có FREQ là DAILY, WEEKLY, MONTHLY hoặc YEARLY."))
    if "COUNT" in parts and "UNTIL" in parts:
        raise _invalid(_("Chỉ dùng một trong hai: COUNT hoặc UNTIL."))
    if "COUNT" in parts:
        _check_number("COUNT", parts["COUNT"], 1, MAX_OCCURRENCES)
    if "INTERVAL" in parts:
        _check_number("INTERVAL", parts["INTERVAL"], 1, 1000)
    for key in _RANGES:
        if key in parts:
            _check_list(key, parts[key])
    if "BYDAY" in parts:
        for token in parts["BYDAY"].split(","):
            match = _BYDAY_RE.match(token)
            if not match or (match[1] and not 1 <= abs(int(match[1])) <= 53):
                raise _invalid(_("BYDAY không hợp lệ: dùng MO, TU, WE, TH, FR, SA, SU, ví dụ BYDAY=MO hoặc 1MO."))
    until = _parse_until(parts.pop("UNTIL")) if "UNTIL" in parts else None
    rule = Rule(tuple((key, parts[key]) for key in PARTS if key in parts), until)
    try:
        build(rule, datetime.datetime(2001, 1, 1, 8, 0))
    except (ValueError, TypeError, KeyError, IndexError):
        raise _invalid(_("Quy tắc lặp lại không hợp lệ.")) from None
    return rule


def build(rule, dtstart, until=None):
    """The dateutil rule starting at dtstart (naive local), stopping at the earlier of its UNTIL and `until`.

    A COUNT rule keeps its count (it is finite, MAX_OCCURRENCES at most); dateutil takes one or the other.
    """
    text = ";".join(f"{key}={value}" for key, value in rule.parts)
    recurrence = du_rrule.rrulestr(text, dtstart=dtstart)
    stop = rule.until_datetime
    if until is not None and (stop is None or until < stop):
        stop = until
    if stop is not None and rule.get("COUNT") is None:
        recurrence = recurrence.replace(until=stop)
    return recurrence


def validate_for_start(rule, start):
    """The start must be the rule's first occurrence, and a bounded rule may hold MAX_OCCURRENCES at most.

    RFC 5545 counts DTSTART as the first instance whatever the rule says, dateutil does not;
    asking the two to agree keeps the site, the .ics file and every calendar app in step.
    Returns the start of the last occurrence (naive local), or None for an endless rule.
    """
    dtstart = to_local_naive(start)
    # Without COUNT so the probe stops at its UNTIL even when the rule never matches.
    uncounted = Rule(tuple(part for part in rule.parts if part[0] != "COUNT"), rule.until)
    probe = build(uncounted, dtstart, until=dtstart + datetime.timedelta(days=366 * PROBE_YEARS))
    first = next(iter(probe), None)
    if first != dtstart:
        raise _invalid(
            _(
                "Thời gian bắt đầu phải là buổi đầu tiên theo quy tắc lặp lại "
                "(ví dụ: với BYDAY=1MO, ngày bắt đầu phải là thứ Hai đầu tiên của tháng)."
            )
        )
    return last_start(rule, start)


def last_start(rule, start):
    """The start (naive local) of a bounded rule's last occurrence; None for an endless rule."""
    if not rule.is_bounded:
        return None
    last = None
    for index, occurrence in enumerate(build(rule, to_local_naive(start))):
        if index >= MAX_OCCURRENCES:
            raise _invalid(_("Quy tắc lặp lại tạo quá %(max)s buổi.") % {"max": MAX_OCCURRENCES})
        last = occurrence
    return last


def expand(rule, start, span, lo=None, hi=None, excluded=(), limit=MAX_OCCURRENCES, newest=False):
    """Starts (aware, local) of the occurrences whose [start, start + span) meets [lo, hi).

    Oldest first; at most `limit` of them, the oldest ones, or the newest ones with newest=True.
    `hi` is required in practice: without it only the limit bounds the work.
    """
    dtstart = to_local_naive(start)
    low = to_local_naive(lo) if lo is not None else None
    high = to_local_naive(hi) if hi is not None else None
    recurrence = build(rule, dtstart, until=high)
    begin = max(dtstart, low - span) if low is not None else dtstart
    skip = set(excluded)
    kept = deque(maxlen=limit) if newest else []
    for occurrence in recurrence.xafter(begin, inc=True):
        if high is not None and occurrence >= high:
            break
        if low is not None and occurrence + span <= low and not (span == ZERO and occurrence == low):
            continue
        if occurrence.date() in skip:
            continue
        kept.append(to_aware(occurrence))
        if not newest and len(kept) >= limit:
            break
    return list(kept)


def describe(rule):
    """The rule in words, in the active language: "Hằng tháng vào thứ Hai đầu tiên của tháng, …"."""
    fallback = _("Lặp lại theo quy tắc %(rule)s") % {"rule": rule.text()}
    interval = int(rule.get("INTERVAL", "1"))
    if interval == 1:
        words = {"DAILY": _("Hằng ngày"), "WEEKLY": _("Hằng tuần"), "MONTHLY": _("Hằng tháng"), "YEARLY": _("Hằng năm")}
    else:
        words = {
            "DAILY": _("%(n)s ngày một lần"),
            "WEEKLY": _("%(n)s tuần một lần"),
            "MONTHLY": _("%(n)s tháng một lần"),
            "YEARLY": _("%(n)s năm một lần"),
        }
    text = words[rule.freq] % {"n": interval} if interval != 1 else words[rule.freq]
    if any(rule.get(key) for key in ("BYMONTH", "BYSETPOS", "BYYEARDAY", "BYWEEKNO")):
        return fallback
    if rule.get("BYDAY"):
        days = []
        for token in rule.get("BYDAY").split(","):
            match = _BYDAY_RE.match(token)
            ordinal = int(match[1]) if match[1] else None
            if ordinal is None:
                days.append(str(WEEKDAYS[match[2]]))
            elif ordinal in ORDINALS and rule.freq == "MONTHLY":
                days.append(
                    _("%(weekday)s %(ordinal)s của tháng")
                    % {"weekday": WEEKDAYS[match[2]], "ordinal": ORDINALS[ordinal]}
                )
            else:
                return fallback
        text += " " + _("vào %(days)s") % {"days": ", ".join(days)}
    if rule.get("BYMONTHDAY"):
        if "-" in rule.get("BYMONTHDAY"):
            return fallback
        text += " " + _("vào ngày %(days)s") % {"days": rule.get("BYMONTHDAY").replace(",", ", ")}
    if rule.until is not None:
        until = rule.until.date() if isinstance(rule.until, datetime.datetime) else rule.until
        text += ", " + _("đến hết ngày %(date)s") % {"date": until.strftime("%d/%m/%Y")}
    elif rule.get("COUNT"):
        text += ", " + _("tổng cộng %(count)s buổi") % {"count": rule.get("COUNT")}
    return text
