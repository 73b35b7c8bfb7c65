"""The demo's events: the 2023 seminar with its outcome, the study session and the recurring sessions."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from reform.models import EventPage

pytestmark = pytest.mark.django_db


def test_demo_holds_the_seminar_the_study_session_and_the_monthly_sessions(client):
    call_command("load_demo", verbosity=0)
    vi = EventPage.objects.live().filter(locale__language_code="vi")
    seminar = vi.get(title="Tọa đàm về công tác cải cách hành chính năm 2023")
    assert seminar.is_public and seminar.outcome and seminar.actual_participants
    assert seminar.photos.count() == 2
    assert {item.outlet for item in seminar.press_coverage.all()} == {"Đài PT-TH Bình Định", "Báo Bình Định"}
    assert EventPage.objects.live().filter(translation_key=seminar.translation_key, locale__language_code="en").exists()

    monthly = {event.kind.slug: event for event in vi.exclude(recurrence="")}
    assert {"sinh-hoat-chi-bo", "sinh-hoat-doan-thanh-nien", "giao-ban"} <= set(monthly)
    assert all(not event.is_public for event in monthly.values())
    assert monthly["sinh-hoat-chi-bo"].recurrence.startswith("FREQ=MONTHLY")
    assert "2023-05-01" in monthly["sinh-hoat-chi-bo"].excluded_dates

    study = vi.get(kind__slug="hoc-tap-quan-triet-nghi-quyet")
    assert not study.is_public and "27-NQ/TW" in study.title
    linked = [block.value["page"] for block in study.materials if block.value.get("page")]
    library_entries = [page for page in linked if page.specific_class.__name__ == "OfficialDocumentPage"]
    assert library_entries and "27-NQ/TW" in library_entries[0].specific.number

    html = BeautifulSoup(client.get(seminar.url).content, "html.parser")
    assert len(html.select(".gallery img")) == 2
    assert "dữ liệu mẫu" in html.get_text()  # sample figures are labelled as such
    listing = client.get(seminar.get_parent().url + "?thang=2023-09").content.decode()
    assert seminar.title in listing and "Sinh hoạt chi bộ hằng tháng" not in listing  # internal stays internal
