"""Calendar export: every .ics parses back with icalendar (RFC 5545) and says the right times."""

import datetime

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from tests.event_factories import ZONE, at, event_index, make_event, soon, vi_kind

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
TRICKY = 'Tọa đàm "CCHC"; tỉnh, Sở\\Phòng: Việt Nam'


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "lines end with CRLF only"
    assert all(len(line) <= 75 for line in lines), "content lines are folded at 75 octets"
    raw.decode("utf-8")  # folding never splits a UTF-8 sequence
    calendar = Calendar.from_ical(raw)
    calendar.validate()
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    return response, calendar


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_single_event_ics_has_zoned_times_stable_uid_and_escaped_vietnamese(client, site_pages):
    event = make_event(
        title=TRICKY,
        summary="Dòng một, có dấu phẩy; chấm phẩy.\nDòng hai: tiếng Việt đầy đủ dấu – ờ, ữ, ặ, đ.",
        location="Hội trường Sở Tài chính, số 2 Trần Phú",
    )
    response, calendar = fetch(client, event.url + "ics/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    vevent = only_event(calendar)
    start, end = vevent["DTSTART"], vevent["DTEND"]
    assert start.params["TZID"] == end.params["TZID"] == "Asia/Ho_Chi_Minh"
    assert start.dt == at(2023, 9, 19, 8, 0) and end.dt == at(2023, 9, 19, 11, 30)
    assert start.dt.astimezone(UTC) == datetime.datetime(2023, 9, 19, 1, 0, tzinfo=UTC)
    assert str(vevent["SUMMARY"]) == TRICKY
    assert str(vevent["DESCRIPTION"]).startswith(event.summary)
    assert str(vevent["LOCATION"]) == event.location
    assert vevent["UID"] == f"event-{event.pk}@localhost"
    assert vevent["DTSTAMP"].dt.tzinfo is not None and vevent["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0)
    assert vevent["SEQUENCE"] == 0
    assert vevent["URL"] == "http://testserver" + event.url
    assert "RRULE" not in vevent
    # The same event exported again: the same UID and stamp, so calendars update rather than duplicate.
    _, again = fetch(client, event.url + "ics/")
    assert only_event(again)["UID"] == vevent["UID"] and only_event(again)["DTSTAMP"].dt == vevent["DTSTAMP"].dt


def test_sequence_rises_in_the_export_when_the_event_changes(client, site_pages):
    event = make_event()
    event.start, event.end = at(2023, 9, 26, 8), at(2023, 9, 26, 11)
    event.save_revision().publish()
    _, calendar = fetch(client, event.url + "ics/")
    vevent = only_event(calendar)
    assert vevent["SEQUENCE"] == 1
    assert vevent["DTSTART"].dt == at(2023, 9, 26, 8)


def test_all_day_event_uses_dates_with_an_exclusive_end(client, site_pages):
    event = make_event(all_day=True, start=at(2023, 9, 19), end=at(2023, 9, 20))
    _, calendar = fetch(client, event.url + "ics/")
    vevent = only_event(calendar)
    assert vevent["DTSTART"].dt == datetime.date(2023, 9, 19)
    assert vevent["DTEND"].dt == datetime.date(2023, 9, 21)  # two whole days
    assert vevent["DTSTART"].params.get("VALUE") == "DATE"


def test_recurring_event_exports_rrule_and_exdate_that_expand_like_the_site(client, site_pages):
    event = make_event(
        title="Sinh hoạt chi bộ",
        kind=vi_kind("sinh-hoat-chi-bo"),
        start=at(2023, 2, 6, 14),
        end=at(2023, 2, 6, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
        excluded_dates=["2023-05-01"],
    )
    _, calendar = fetch(client, event.url + "ics/")
    vevent = only_event(calendar)
    rule = vevent["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["BYDAY"] == ["1MO"]
    # UNTIL is UTC next to a zoned DTSTART (RFC 5545 §3.3.10): the end of 31/12/2023 in Hà Nội.
    assert rule["UNTIL"] == [datetime.datetime(2023, 12, 31, 16, 59, 59, tzinfo=UTC)]
    exdates = [value.dt for value in vevent["EXDATE"].dts]
    assert exdates == [at(2023, 5, 1, 14)]
    # A calendar app expanding the export gets the sittings the site lists.
    dtstart = vevent["DTSTART"].dt
    expanded = rrulestr(rule.to_ical().decode(), dtstart=dtstart)
    sittings = [moment for moment in expanded if moment not in exdates]
    site = [occurrence.start for occurrence in event.occurrences(at(2023, 1, 1), at(2024, 1, 1))]
    assert sittings == site
    assert len(site) == 10 and all(moment.astimezone(ZONE).hour == 14 for moment in site)


def test_all_day_recurring_event_exports_date_until_and_exdate(client, site_pages):
    event = make_event(
        all_day=True,
        start=at(2023, 1, 2),
        end=at(2023, 1, 2),
        recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=10",
        excluded_dates=["2023-01-23"],
    )
    _, calendar = fetch(client, event.url + "ics/")
    vevent = only_event(calendar)
    assert vevent["RRULE"]["COUNT"] == [10]
    assert [value.dt for value in vevent["EXDATE"].dts] == [datetime.date(2023, 1, 23)]


def test_feeds_carry_public_events_only_and_filter_by_kind(client, site_pages):
    index = event_index()
    seminar = make_event(title="Tọa đàm công khai", slug="toa-dam", start=soon(10))
    conference = make_event(title="Hội nghị", slug="hoi-nghi", kind=vi_kind("hoi-nghi"), start=soon(-100))
    make_event(
        title="Chi bộ nội bộ", slug="chi-bo", kind=vi_kind("sinh-hoat-chi-bo"), audience="internal", start=soon(3)
    )
    old = make_event(title="Tọa đàm hai năm trước", slug="cu", start=soon(-800))  # ended long ago
    response, calendar = fetch(client, index.url + "ics/")
    assert response["Content-Disposition"].startswith("inline;")
    assert str(calendar["X-WR-CALNAME"]) == index.title
    uids = {str(vevent["UID"]) for vevent in calendar.walk("VEVENT")}
    assert f"event-{seminar.pk}@localhost" in uids and f"event-{conference.pk}@localhost" in uids
    assert len(uids) == 2, "no internal session, nothing that ended more than a year ago"
    assert f"event-{old.pk}@localhost" not in uids
    _, by_kind = fetch(client, index.url + "loai/hoi-nghi/ics/")
    assert [str(v["SUMMARY"]) for v in by_kind.walk("VEVENT")] == ["Hội nghị"]
    assert str(only_event(by_kind)["CATEGORIES"].cats[0]) == "Hội nghị"


def test_an_empty_calendar_is_still_valid(client, site_pages):
    _, calendar = fetch(client, event_index().url + "loai/khac/ics/")
    assert calendar.walk("VEVENT") == []
