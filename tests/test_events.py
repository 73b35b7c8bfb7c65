"""Seminars and dissemination sessions: validation, recurrence, listings, month view, privacy, feeds."""

import datetime
import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale

from reform.bootstrap import ensure_page_translation
from reform.events import recurrence
from reform.events.reports import sessions_between, summary_by_kind
from reform.models import EventCalendarState, EventKind, EventPage
from tests.event_factories import ZONE, at, event_index, make_event, soon, vi_kind

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def titles(html, selector=".event-card__title a"):
    return [a.get_text() for a in html.select(selector)]


# --- recurrence rules ------------------------------------------------------------------------


def test_rule_is_normalised_and_described_in_vietnamese():
    rule = recurrence.parse_rule("rrule:freq=monthly;byday=1mo;until=20231231")
    assert rule.text() == "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231"
    assert recurrence.describe(rule) == "Hằng tháng vào thứ Hai đầu tiên của tháng, đến hết ngày 31/12/2023"
    weekly = recurrence.parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH")
    assert recurrence.describe(weekly) == "2 tuần một lần vào thứ Hai, thứ Năm"
    # UNTIL in UTC (as RFC 5545 writes it) becomes local time: 17:00Z is midnight in Hà Nội.
    assert recurrence.parse_rule("FREQ=DAILY;UNTIL=20231231T170000Z").text() == "FREQ=DAILY;UNTIL=20240101T000000"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=HOURLY", "FREQ là DAILY, WEEKLY, MONTHLY hoặc YEARLY"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY không hợp lệ"),
        ("FREQ=WEEKLY;COUNT=0", "COUNT phải trong khoảng"),
        ("FREQ=WEEKLY;COUNT=5000", "COUNT phải trong khoảng"),
        ("FREQ=WEEKLY;UNTIL=2023", "UNTIL phải có dạng"),
        ("FREQ=WEEKLY;UNTIL=20230230", "không phải là một ngày có thật"),
        ("FREQ=MONTHLY;BYMONTHDAY=40", "BYMONTHDAY phải trong khoảng"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20231231", "COUNT hoặc UNTIL"),
        ("FREQ=WEEKLY;BYHOUR=8", "Không hỗ trợ thành phần"),
        ("khong-phai-quy-tac", "TÊN=GIÁ TRỊ"),
    ],
)
def test_bad_rules_get_vietnamese_errors(rule, message):
    with pytest.raises(ValidationError) as error:
        recurrence.parse_rule(rule)
    assert message in " ".join(error.value.messages)


def test_expansion_is_bounded_by_its_window_and_skips_excluded_dates():
    rule = recurrence.parse_rule("FREQ=WEEKLY;BYDAY=MO")  # endless
    start = at(2023, 1, 9, 7, 30)
    span = datetime.timedelta(hours=1)
    may = recurrence.expand(rule, start, span, at(2023, 5, 1), at(2023, 6, 1), {datetime.date(2023, 5, 1)})
    assert [o.day for o in may] == [8, 15, 22, 29]
    assert all(o.hour == 7 and o.minute == 30 and o.utcoffset() == datetime.timedelta(hours=7) for o in may)
    newest = recurrence.expand(rule, start, span, None, at(2030, 1, 1), limit=3, newest=True)
    assert [o.date() for o in newest] == [
        datetime.date(2029, 12, 17),
        datetime.date(2029, 12, 24),
        datetime.date(2029, 12, 31),
    ]


# --- the model ----------------------------------------------------------------------------------


def test_end_before_start_and_a_rule_not_matching_the_start_are_refused(site_pages):
    with pytest.raises(ValidationError) as error:
        make_event(start=at(2023, 9, 19, 8), end=at(2023, 9, 19, 7))
    assert "Thời gian kết thúc không được trước thời gian bắt đầu." in error.value.message_dict["end"]
    with pytest.raises(ValidationError) as error:
        # 19/9/2023 is a Tuesday, not the first Monday of a month.
        make_event(recurrence="FREQ=MONTHLY;BYDAY=1MO")
    assert "buổi đầu tiên" in error.value.message_dict["recurrence"][0]
    with pytest.raises(ValidationError) as error:
        make_event(excluded_dates=["2023-09-26"])
    assert "excluded_dates" in error.value.message_dict


def test_all_day_events_cover_whole_days_and_series_know_their_end(site_pages):
    event = make_event(all_day=True, start=at(2023, 9, 19, 15), end=at(2023, 9, 20, 9))
    assert (event.start, event.end) == (at(2023, 9, 19), at(2023, 9, 20))
    assert event.series_end == at(2023, 9, 21)  # the midnight after the last day
    bounded = make_event(
        slug="chi-bo",
        start=at(2023, 2, 6, 14),
        end=at(2023, 2, 6, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
    )
    assert bounded.series_end == at(2023, 12, 4, 16)
    endless = make_event(
        slug="giao-ban", start=at(2023, 1, 9, 7, 30), end=at(2023, 1, 9, 8, 30), recurrence="FREQ=WEEKLY"
    )
    assert endless.series_end is None


def test_sequence_rises_only_when_what_a_calendar_shows_changes(site_pages):
    event = make_event()
    assert EventCalendarState.objects.get(page=event).sequence == 0
    event.save_revision().publish()  # nothing changed
    assert EventCalendarState.objects.get(page=event).sequence == 0
    event.start, event.end = at(2023, 9, 20, 8), at(2023, 9, 20, 11)
    event.save_revision().publish()
    stale = EventPage.objects.get(pk=event.pk)  # an older copy publishing again must not lower it
    event.location = "Phòng họp trực tuyến"
    event.save_revision().publish()
    stale.save_revision().publish()
    assert EventCalendarState.objects.get(page=event).sequence == 3


# --- listing ---------------------------------------------------------------------------------


def test_listing_shows_upcoming_soonest_first_and_past_newest_first(client, site_pages):
    index = event_index()
    make_event(title="Tọa đàm tuần sau", slug="tuan-sau", start=soon(7))
    make_event(title="Tọa đàm ngày mai", slug="ngay-mai", start=soon(1))
    make_event(title="Tọa đàm tháng trước", slug="thang-truoc", start=soon(-30))
    make_event(title="Tọa đàm hôm qua", slug="hom-qua", start=soon(-1))
    html = soup(client.get(index.url))
    upcoming = html.select_one('[aria-labelledby="upcoming-title"]')
    past = html.select_one('[aria-labelledby="past-title"]')
    assert titles(upcoming) == ["Tọa đàm ngày mai", "Tọa đàm tuần sau"]
    assert titles(past) == ["Tọa đàm hôm qua", "Tọa đàm tháng trước"]
    # The filter form works without JavaScript: a plain GET form, state in the URL.
    assert html.select_one("form.filters__form")["method"] == "get"


def test_recurring_occurrences_are_listed_without_flooding_the_list(client, site_pages):
    index = event_index()
    monday = soon(-((timezone.localdate(timezone.now(), ZONE).weekday()) + 7), hour=7)  # a Monday two weeks ago
    make_event(
        title="Giao ban hằng tuần",
        slug="giao-ban",
        kind=vi_kind("giao-ban"),
        start=monday,
        end=monday + datetime.timedelta(hours=1),
        recurrence="FREQ=WEEKLY;BYDAY=MO",
        excluded_dates=[(monday + datetime.timedelta(days=7)).date().isoformat()],
    )
    html = soup(client.get(index.url))
    upcoming = html.select('[aria-labelledby="upcoming-title"] .event-card')
    assert len(upcoming) == 3  # the next three sittings of the series, not a year of Mondays
    past = html.select('[aria-labelledby="past-title"] .event-card')
    assert len(past) == 1  # two Mondays ago; last Monday was excluded
    assert "Định kỳ" in past[0].get_text()


def test_filters_by_kind_area_and_year(client, site_pages):
    index = event_index()
    make_event(title="Tọa đàm 2023", slug="toa-dam-2023", areas=[2], start=at(2023, 9, 19, 8))
    make_event(
        title="Hội nghị 2024", slug="hoi-nghi-2024", kind=vi_kind("hoi-nghi"), areas=[5], start=at(2024, 3, 5, 8)
    )
    assert titles(soup(client.get(index.url, {"kind": "hoi-nghi"}))) == ["Hội nghị 2024"]
    assert titles(soup(client.get(index.url, {"area": "cai-cach-thu-tuc-hanh-chinh"}))) == ["Tọa đàm 2023"]
    html = soup(client.get(index.url, {"year": 2024}))
    assert titles(html) == ["Hội nghị 2024"]
    assert html.select_one("#f-year option[selected]")["value"] == "2024"
    assert "Chưa có tọa đàm, sự kiện nào phù hợp." in soup(client.get(index.url, {"year": 2022})).get_text()


def test_month_view_is_an_accessible_table_with_occurrences(client, site_pages):
    index = event_index()
    make_event(title="Tọa đàm tháng 9", slug="toa-dam-thang-9", start=at(2023, 9, 19, 8))
    make_event(
        title="Sinh hoạt chi bộ",
        slug="chi-bo",
        kind=vi_kind("sinh-hoat-chi-bo"),
        start=at(2023, 2, 6, 14),
        end=at(2023, 2, 6, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
        excluded_dates=["2023-05-01"],
    )
    html = soup(client.get(index.url, {"thang": "2023-09"}))
    table = html.select_one("table.month-table")
    assert "Tháng 9/2023: 2 sự kiện" in table.caption.get_text()
    headers = table.select("thead th")
    assert [th["scope"] for th in headers] == ["col"] * 7
    assert headers[0].abbr["title"] == "Thứ Hai" and headers[6].abbr["title"] == "Chủ nhật"
    cells = {cell.time["datetime"]: cell for cell in table.select("td.month-day") if cell.time}
    assert "Sinh hoạt chi bộ" in cells["2023-09-04"].get_text()  # first Monday of September
    assert "Tọa đàm tháng 9" in cells["2023-09-19"].get_text()
    assert html.select_one('a[rel="prev"]')["href"].endswith("thang=2023-08")
    assert html.select_one('a[rel="next"]')["href"].endswith("thang=2023-10")
    may = soup(client.get(index.url, {"thang": "2023-05"}))
    assert "Sinh hoạt chi bộ" not in may.select_one("table.month-table").get_text()  # 1/5 was excluded
    # Filters apply to the month too.
    only_kind = soup(client.get(index.url, {"thang": "2023-09", "kind": "sinh-hoat-chi-bo"}))
    assert titles(only_kind, ".event-list .event-card__title a") == ["Sinh hoạt chi bộ"]


# --- privacy -------------------------------------------------------------------------------


def test_internal_sessions_stay_internal_but_count_in_reports(client, admin_client, site_pages):
    index = event_index()
    public = make_event(title="Tọa đàm công khai", slug="cong-khai", start=soon(3))
    internal = make_event(
        title="Họp chi bộ nội bộ",
        slug="chi-bo-noi-bo",
        kind=vi_kind("sinh-hoat-chi-bo"),
        audience="internal",
        start=soon(2),
    )
    for url in [
        index.url,
        index.url + "?thang=" + soon(2).strftime("%Y-%m"),
        index.url + "rss/",
        index.url + "ics/",
        "/",
    ]:
        body = client.get(url).content.decode()
        assert "Họp chi bộ nội bộ" not in body, url
        assert "Tọa đàm công khai" in body, url
    assert "chi-bo-noi-bo" not in client.get("/sitemap.xml").content.decode()
    assert "Họp chi bộ nội bộ" not in client.get("/so-do-trang/").content.decode()
    assert client.get(internal.url).status_code == 404
    assert client.get(internal.url + "ics/").status_code == 404
    # Staff see the page (marked internal); the .ics of an internal session is never served.
    staff_view = admin_client.get(internal.url)
    assert staff_view.status_code == 200 and "Nội bộ" in staff_view.content.decode()
    assert admin_client.get(internal.url + "ics/").status_code == 404
    assert public.pk in {o.event.pk for o in sessions_between(soon(0).date(), soon(5).date())}
    rows = {row["kind"].slug: row for row in summary_by_kind(soon(0).date(), soon(5).date())}
    assert rows["sinh-hoat-chi-bo"]["internal"] == 1 and rows["toa-dam"]["public"] == 1


def test_unpublished_event_and_its_ics_are_404(client, site_pages):
    event = make_event()
    event.unpublish()
    assert client.get(event.url).status_code == 404
    assert client.get(event.url + "ics/").status_code == 404


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("kind=khong-co", 404),
        ("area=khong-co", 404),
        ("kind=<script>", 404),
        ("year=20x3", 404),
        ("year=1899", 404),
        ("year=99999", 404),
        ("thang=2023-13", 404),
        ("thang=2023-00", 404),
        ("thang=2023-5", 404),
        ("thang=abc", 404),
        ("thang=0000-01", 404),
        ("thang=9999-12", 404),
        ("page=0", 404),
        ("page=abc", 404),
        ("page=999", 404),
        ("thang=2100-12", 200),
        ("thang=1900-01", 200),
        ("kind=&area=&year=&thang=", 200),
        ("kind=toa-dam&thang=2023-09", 200),
        ("year=2023&page=1", 200),
    ],
)
def test_bad_filters_are_404_never_500(client, site_pages, query, status):
    make_event()
    response = client.get(f"{event_index().url}?{query}")
    assert response.status_code == status, query


@pytest.mark.parametrize(
    "suffix",
    [
        "loai/khong-co/ics/",
        "loai/khong-co/rss/",
        "loai/%3Cscript%3E/ics/",
        "ics/thua/",
        "khong-co-su-kien/",
        "khong-co-su-kien/ics/",
        "2023-13-45/",
    ],
)
def test_bad_event_urls_are_404(client, site_pages, suffix):
    assert client.get(event_index().url + suffix).status_code == 404


# --- the event page ------------------------------------------------------------------------


def test_event_page_has_json_ld_calendar_links_and_metadata(client, site_pages):
    event = make_event(areas=[2], online_url="https://meet.example.org/toa-dam")
    html = soup(client.get(event.url))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event" and data["name"] == event.title
    assert data["startDate"] == "2023-09-19T08:00:00+07:00"
    assert data["endDate"] == "2023-09-19T11:30:00+07:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["organizer"]["name"] == "Sở Tài chính tỉnh Bình Định"
    links = {a.get_text(): a["href"] for a in html.select(".add-to-calendar a")}
    google = links["Google Calendar"]
    assert google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE")
    assert "dates=20230919T010000Z%2F20230919T043000Z" in google  # 08:00–11:30 in Hà Nội is 01:00–04:30 UTC
    assert "startdt=2023-09-19T08%3A00%3A00%2B07%3A00" in links["Outlook.com"]
    assert links["Tệp .ics (Apple Calendar, Outlook, Thunderbird…)"] == event.url + "ics/"
    assert html.find("meta", attrs={"name": "DC.date"})["content"] == "2023-09-19"
    assert "Cải cách thủ tục hành chính" in html.select_one(".article__footer").get_text()


def test_recurring_event_page_describes_its_rule_and_google_gets_the_rule(client, site_pages):
    event = make_event(
        title="Sinh hoạt Đoàn thanh niên",
        kind=vi_kind("sinh-hoat-doan-thanh-nien"),
        start=at(2023, 1, 27, 16),
        end=at(2023, 1, 27, 17),
        recurrence="FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20231231",
        excluded_dates=["2023-09-29"],
    )
    html = soup(client.get(event.url))
    text = html.get_text()
    assert "Hằng tháng vào thứ Sáu cuối cùng của tháng, đến hết ngày 31/12/2023" in text
    assert "29/09/2023" in html.select_one(".event__section").get_text()  # the excluded date
    google = html.select_one(".add-to-calendar a")["href"]
    assert "recur=RRULE%3AFREQ%3DMONTHLY%3BUNTIL%3D20231231T165959Z%3BBYDAY%3D-1FR" in google
    assert "Outlook.com" not in html.select_one(".add-to-calendar").get_text()  # cannot carry a rule
    schedule = json.loads(html.find("script", type="application/ld+json").string)["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1M" and schedule["exceptDate"] == ["2023-09-29"]


def test_gallery_press_and_outcome_after_the_event(client, site_pages):
    from reform.models.events import EventPhoto, EventPressCoverage
    from tests.rich_content import make_image

    event = make_event(outcome="<p>Tọa đàm thống nhất các giải pháp.</p>", actual_participants=57)
    event.photos = [EventPhoto(image=make_image(), alt_text="Quang cảnh tọa đàm", caption="Đại biểu dự tọa đàm")]
    event.press_coverage = [
        EventPressCoverage(
            outlet_kind="radio_tv",
            outlet="Đài PT-TH Bình Định",
            title="Sở Tài chính tọa đàm về cải cách hành chính",
            date=datetime.date(2023, 9, 19),
            url="https://example.org/tin",
        )
    ]
    event.save_revision().publish()
    html = soup(client.get(event.url))
    assert html.select_one(".gallery img")["alt"] == "Quang cảnh tọa đàm"
    assert "Đại biểu dự tọa đàm" in html.select_one(".gallery figcaption").get_text()
    press = html.select_one(".press-list").get_text(" ", strip=True)
    assert "Đài PT-TH Bình Định" in press and "19/09/2023" in press
    assert "Tọa đàm thống nhất các giải pháp." in html.get_text()
    assert "57" in html.select_one(".event__facts").get_text()


def test_rss_feed_is_valid_and_per_kind(client, site_pages):
    index = event_index()
    make_event(title="Tọa đàm A", slug="toa-dam-a")
    make_event(title="Hội nghị B", slug="hoi-nghi-b", kind=vi_kind("hoi-nghi"))
    feed = feedparser.parse(client.get(index.url + "rss/").content)
    assert not feed.bozo, feed.bozo_exception
    assert {entry.title for entry in feed.entries} == {"Tọa đàm A", "Hội nghị B"}
    assert "19/09/2023, 08:00 – 11:30" in feed.entries[0].summary
    kind_feed = feedparser.parse(client.get(index.url + "loai/hoi-nghi/rss/").content)
    assert [entry.title for entry in kind_feed.entries] == ["Hội nghị B"]


def test_home_shows_upcoming_events_or_the_latest_past_ones(client, site_pages):
    make_event(title="Tọa đàm đã qua", slug="da-qua", start=soon(-10))
    html = soup(client.get("/"))
    panel = html.select_one(".events-panel")
    assert "Tọa đàm, sự kiện gần đây" in panel.h2.get_text()
    assert "Tọa đàm đã qua" in panel.get_text()
    assert panel.select_one(".more a")["href"] == event_index().url
    make_event(title="Tọa đàm sắp tới", slug="sap-toi", start=soon(5))
    panel = soup(client.get("/")).select_one(".events-panel")
    assert "Tọa đàm, sự kiện sắp diễn ra" in panel.h2.get_text()
    assert [a.get_text() for a in panel.select("li a")] == ["Tọa đàm sắp tới"]


def test_english_event_and_listing(client, site_pages):
    event = make_event(areas=[1])
    en = Locale.objects.get(language_code="en")
    english = ensure_page_translation(event, en, title="Seminar on administrative reform", slug="seminar")
    assert english.url.startswith("/en/")
    html = soup(client.get(english.url))
    assert html.find("html")["lang"] == "en"
    assert "Seminar" in html.select_one(".event__kind").get_text()  # the English kind name
    listing = soup(client.get(english.get_parent().url))
    assert titles(listing) == ["Seminar on administrative reform"]
    assert listing.find(id="upcoming-title").get_text().startswith("Upcoming")
    assert listing.find(id="past-title").get_text() == "Past"
    assert html.select_one(".add-to-calendar h2").get_text() == "Add to calendar"


def test_setup_seeds_the_event_kinds_and_the_index(site_pages):
    assert set(EventKind.objects.filter(locale__language_code="vi").values_list("slug", flat=True)) >= {
        "toa-dam",
        "hoi-nghi",
        "hoc-tap-quan-triet-nghi-quyet",
        "giao-ban",
        "sinh-hoat-chi-bo",
        "sinh-hoat-doan-thanh-nien",
        "khac",
    }
    assert EventKind.objects.get(slug="toa-dam", locale__language_code="en").name == "Seminar"
    index = event_index()
    assert index.url == "/cai-cach-hanh-chinh/toa-dam-su-kien/"
    assert index.get_translation(Locale.objects.get(language_code="en")).url == "/en/administrative-reform/events/"
