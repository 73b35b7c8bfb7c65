"""Event pages, listings, feeds and calendars run a constant number of queries, up to 1,000 events."""

import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.event_factories import at, event_index, make_event, make_many_events
from tests.rich_content import make_document, make_image

pytestmark = pytest.mark.django_db

QUERY_BOUND = 15


def rich_event(index):
    from reform.models.events import EventPhoto, EventPressCoverage

    event = make_event(
        index,
        title="Tọa đàm có ảnh và báo chí",
        slug="toa-dam-co-anh",
        areas=[1, 2],
        agenda=[{"type": "item", "value": {"time": "08:00", "title": "Khai mạc", "presenter": "Văn phòng Sở"}}],
        outcome="<p>Kết quả tọa đàm.</p>",
        materials=[
            {"type": "document", "value": {"label": "Kế hoạch", "document": make_document().pk, "page": None}},
            {"type": "document", "value": {"label": "", "document": None, "page": index.get_parent().pk}},
        ],
        actual_participants=50,
    )
    event.photos = [
        EventPhoto(image=make_image(), alt_text="Quang cảnh tọa đàm", caption="Ảnh minh họa"),
        EventPhoto(image=make_image("Ảnh thứ hai"), alt_text="Đại biểu phát biểu"),
    ]
    event.press_coverage = [
        EventPressCoverage(
            outlet_kind="radio_tv", outlet="Đài PT-TH Bình Định", title="Tin tọa đàm", date=at(2023, 9, 19).date()
        )
    ]
    event.save_revision().publish()
    return event


def urls(index, event, series):
    return {
        "home": "/",
        "index": index.url,
        "index-by-kind": index.url + "?kind=toa-dam&year=2024",
        "index-by-area": index.url + "?area=cai-cach-the-che&year=2024",
        "index-page-3": index.url + "?page=3",
        "month": index.url + "?thang=2024-05",
        "month-filtered": index.url + "?thang=2026-12&kind=giao-ban",
        "event": event.url,
        "recurring-event": series.url,
        "event-ics": event.url + "ics/",
        "ics": index.url + "ics/",
        "kind-ics": index.url + "loai/toa-dam/ics/",
        "rss": index.url + "rss/",
        "kind-rss": index.url + "loai/giao-ban/rss/",
    }


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types, renditions)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


def test_event_query_counts_do_not_grow_with_events(client, site_pages):
    index = event_index()
    event = rich_event(index)
    series = make_event(
        index,
        title="Giao ban hằng tuần",
        slug="giao-ban-hang-tuan",
        kind=event.kind.__class__.objects.get(slug="giao-ban", locale__language_code="vi"),
        start=at(2023, 1, 9, 7, 30),
        end=at(2023, 1, 9, 8, 30),
        recurrence="FREQ=WEEKLY;BYDAY=MO",
        excluded_dates=["2023-05-01"],
    )
    make_many_events(30, index, start=at(2023, 1, 2, 8, 0), step_hours=24 * 41, internal_every=5)
    small = {name: count_queries(client, url) for name, url in urls(index, event, series).items()}

    started = time.monotonic()
    make_many_events(970, index, start=at(2024, 1, 1, 8, 0), step_hours=26, internal_every=5, offset=30)
    created_in = time.monotonic() - started
    large = {name: count_queries(client, url) for name, url in urls(index, event, series).items()}
    print(f"\nqueries with 1,000 events (created in {created_in:.1f}s): {large}")  # shown with -s

    assert large == small, {name: (small[name], large[name]) for name in large if small[name] != large[name]}
    over = {name: count for name, count in large.items() if count > QUERY_BOUND}
    assert not over, over
