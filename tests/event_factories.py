"""Events for the tests: one at a time (published through a revision, as editors do) or many quickly."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Site

from reform.events.bulk import bulk_insert_events
from reform.models import EventIndexPage, EventKind, EventPage
from tests.factories import vi_area, vi_division

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZONE)


def soon(days, hour=8):
    """A local time `days` from today (negative: in the past): tests that must stay true as time passes."""
    day = timezone.localdate(timezone.now(), ZONE) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, 0), tzinfo=ZONE)


def vi_kind(slug):
    return EventKind.objects.get(slug=slug, locale__language_code="vi")


def event_index():
    home = Site.objects.get(is_default_site=True).root_page
    return EventIndexPage.objects.get(locale_id=home.locale_id)


def make_event(index=None, publish=True, areas=(), **fields):
    """A live event under the index; published through a revision unless publish=False."""
    index = index or event_index()
    start = fields.pop("start", at(2023, 9, 19, 8, 0))
    values = {
        "title": "Tọa đàm về công tác cải cách hành chính",
        "summary": "Trao đổi về cải cách thủ tục hành chính, dịch vụ công trực tuyến.",
        "location": "Hội trường Sở Tài chính",
        "kind": vi_kind("toa-dam"),
        "division": vi_division("van-phong"),
        "start": start,
        "end": start + datetime.timedelta(hours=3, minutes=30),
    }
    values.update(fields)
    event = EventPage(**values)
    if areas:
        event.reform_areas = [vi_area(number) for number in areas]
    index.add_child(instance=event)
    if publish:
        event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def make_many_events(count, index=None, start=None, step_hours=37, internal_every=0, offset=0):
    """count live events, spread in time, inserted in bulk (no revisions): content for query counts."""
    index = index or event_index()
    kinds = list(EventKind.objects.filter(locale__language_code="vi").order_by("sort_order"))
    areas = [vi_area(number) for number in range(1, 7)]
    start = start or at(2022, 1, 3, 8, 0)
    events, area_ids = [], []
    for n in range(count):
        i = offset + n
        begin = start + datetime.timedelta(hours=step_hours * n)
        events.append(
            EventPage(
                title=f"Sự kiện số {i}: tọa đàm cải cách hành chính",
                slug=f"su-kien-so-{i}",
                summary=f"Tóm tắt sự kiện số {i}.",
                location="Hội trường Sở Tài chính",
                kind=kinds[i % len(kinds)],
                start=begin,
                end=begin + datetime.timedelta(hours=2),
                audience="internal" if internal_every and i % internal_every == 0 else "public",
            )
        )
        area_ids.append([areas[i % len(areas)].pk])
    bulk_insert_events(index, events, area_ids)
    index.refresh_from_db()
    return events
