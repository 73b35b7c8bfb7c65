"""Event pages are valid HTML (W3C Nu checker) and pass axe-core's WCAG 2.1 AA rules in a real browser."""

import datetime

import pytest
from wagtail.models import Locale

from reform.bootstrap import ensure_page_translation
from reform.models.events import EventPhoto, EventPressCoverage
from tests import test_accessibility as a11y
from tests.event_factories import at, event_index, make_event, soon, vi_kind
from tests.rich_content import fresh_site, make_document, make_image
from tests.test_html_validity import assert_valid_html

page_factory = a11y.page_factory  # the fixture: a fresh browser page of a given size


def build_events():
    """A seminar with everything (agenda, materials, outcome, gallery, press), a recurring series,
    an upcoming event and its English version; the URLs to check."""
    index = event_index()
    seminar = make_event(
        title="Tọa đàm về công tác cải cách hành chính năm 2023",
        slug="toa-dam-2023",
        areas=[2, 5],
        online_url="https://meet.example.org/toa-dam",
        chair="Lãnh đạo Sở Tài chính",
        expected_participants=60,
        actual_participants=57,
        description="<p>Thành phần: lãnh đạo Sở, các phòng.</p>",
        agenda=[
            {"type": "item", "value": {"time": "08:00 - 08:15", "title": "Khai mạc", "presenter": "Văn phòng Sở"}},
            {"type": "item", "value": {"time": "08:15 - 09:00", "title": "Thảo luận", "presenter": ""}},
        ],
        materials=[
            {"type": "document", "value": {"label": "Kế hoạch", "document": make_document().pk, "page": None}},
            {"type": "document", "value": {"label": "", "document": None, "page": index.get_parent().pk}},
        ],
        outcome="<p>Tọa đàm thống nhất các nhóm giải pháp.</p><ul><li>Rà soát thủ tục.</li></ul>",
    )
    seminar.photos = [
        EventPhoto(image=make_image(), alt_text="Quang cảnh tọa đàm", caption="Đại biểu dự tọa đàm"),
        EventPhoto(image=make_image("Ảnh hai"), alt_text="Lãnh đạo Sở phát biểu"),
    ]
    seminar.press_coverage = [
        EventPressCoverage(
            outlet_kind="radio_tv",
            outlet="Đài PT-TH Bình Định",
            title="Sở Tài chính tọa đàm về cải cách hành chính",
            date=datetime.date(2023, 9, 19),
            url="https://example.org/tin",
        ),
        EventPressCoverage(outlet="Báo Bình Định", title="Bàn giải pháp cải cách", date=datetime.date(2023, 9, 21)),
    ]
    seminar.save_revision().publish()
    series = make_event(
        title="Sinh hoạt Đoàn thanh niên hằng tháng",
        slug="doan-thanh-nien",
        kind=vi_kind("sinh-hoat-doan-thanh-nien"),
        start=at(2023, 1, 27, 16),
        end=at(2023, 1, 27, 17),
        recurrence="FREQ=MONTHLY;BYDAY=-1FR",
        excluded_dates=["2023-09-29"],
    )
    make_event(title="Hội nghị sắp tới", slug="hoi-nghi", kind=vi_kind("hoi-nghi"), start=soon(6), all_day=True)
    english = ensure_page_translation(
        seminar, Locale.objects.get(language_code="en"), title="Seminar 2023", slug="seminar"
    )
    return {
        "events": index.url,
        "events-filtered": index.url + "?kind=toa-dam&year=2023",
        "events-month": index.url + "?thang=2023-09",
        "event": seminar.url,
        "event-recurring": series.url,
        "event-en": english.url,
        "events-en": english.get_parent().url,
        "home": "/",
    }


@pytest.mark.validation
@pytest.mark.django_db
def test_event_pages_are_valid_html(client, site_pages, tmp_path, settings):
    settings.REFORM_PAGE_SIZE = 2  # the past list gets a pager
    assert_valid_html(client, build_events(), tmp_path)


@pytest.fixture
def event_urls(transactional_db, settings):
    settings.ROOT_URLCONF = "tests.urls_with_media"
    fresh_site()
    return build_events()


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(1280, 900), (375, 812)], ids=["desktop", "mobile"])
def test_event_pages_have_no_wcag_violations_and_fit_a_phone(live_server, event_urls, page_factory, width, height):
    a11y.assert_accessible_and_fitting(page_factory(width, height), live_server.url, event_urls)
