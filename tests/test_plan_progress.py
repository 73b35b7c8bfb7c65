"""The plan's activities and their progress: the admin editor, the counting engine, the public tables,
the Office's screen, the demo, and the bounds on queries."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from reform.documents.bulk import bulk_insert_documents
from reform.models import EventPressCoverage, OfficialDocumentPage, PlanActivity, PlanPage
from reform.periods import period_for
from reform.plans.progress import activity_progress, plan_for
from tests import test_accessibility as a11y
from tests.document_factories import library, make_document, vi_type
from tests.event_factories import at, make_event, make_many_events, vi_kind
from tests.factories import ArticlePageFactory, make_articles, vi_area, vi_division

pytestmark = pytest.mark.django_db
page_factory = a11y.page_factory  # the fixture: a browser page of a given size

END_OF_2023 = at(2023, 12, 31, 23, 59)
PROGRESS_URL = "/admin/reports/tien-do-ke-hoach/"
PAGE_QUERY_BOUND = 15  # as every public page (tests/test_query_counts.py)


def make_plan(column, activities, year=2023, show_progress=False, title=None, **fields):
    title = title or f"Kế hoạch truyền thông CCHC năm {year}"
    plan = PlanPage(title=title, year=year, show_progress=show_progress, **fields)
    plan.activities = activities
    column.add_child(instance=plan)
    plan.save_revision().publish()
    return PlanPage.objects.get(pk=plan.pk)


def activity(name, measure, **fields):
    return PlanActivity(name=name, measure=measure, **fields)


def progress(plan, code="q1", year=2023, now=END_OF_2023):
    return {row.name: row for row in activity_progress(plan, period_for(year, code), now=now)}


def article(news, day, division="quan-ly-ngan-sach", areas=(1,), **fields):
    page = ArticlePageFactory(parent=news, date=day, division=vi_division(division), **fields)
    page.reform_areas.set([vi_area(n) for n in areas])
    page.save_revision().publish()
    return page


# --- the admin editor --------------------------------------------------------------------------------


def plan_form(column, **activity_fields):
    office, budget = vi_division("van-phong"), vi_division("quan-ly-ngan-sach")
    first = {
        "name": "Tuyên truyền qua họp chi bộ",
        "form": "Tuyên truyền miệng",
        "cadence": "monthly",
        "target": "12",
        "lead_division": office.pk,
        "cooperating_divisions": [budget.pk, vi_division("thanh-tra").pk],
        "measure": "events",
        "area": "",
        "division": "",
        "event_kind": vi_kind("sinh-hoat-chi-bo").pk,
        "document_level": "",
        "document_type": "",
        "note": "Chỉ tiêu suy ra từ tần suất hàng tháng.",
    }
    first.update(activity_fields)
    second = {
        "name": "Đăng văn bản của tỉnh",
        "form": "",
        "cadence": "regular",
        "target": "",
        "lead_division": vi_division("tai-chinh-doanh-nghiep-tin-hoc").pk,
        "measure": "documents",
        "area": "",
        "division": "",
        "event_kind": "",
        "document_level": "province",
        "document_type": "",
        "note": "",
    }
    data = nested_form_data(
        {
            "title": "Kế hoạch truyền thông CCHC năm 2024",
            "slug": "",
            "year": "2024",
            "number": "",
            "issued_on": "",
            "basis": "Quyết định số 828/QĐ-UBND",
            "basis_document": "",
            "signer": "",
            "signer_title": "",
            "body": streamfield([]),
            "recipients": "",
            "activities": inline_formset([first, second]),
            "show_progress": "on",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    # nested_form_data flattens lists into one value; a multiple choice is sent as repeated keys.
    data["activities-0-cooperating_divisions"] = first["cooperating_divisions"]
    return data


def test_office_creates_a_plan_with_activities_in_the_admin(client, column, people):
    client.force_login(people["office"])
    add_url = f"/admin/pages/add/reform/planpage/{column.pk}/"
    editor = client.get(add_url).content.decode()
    assert "Hoạt động của kế hoạch" in editor
    assert "Văn phòng Sở" in editor and "Department Office" not in editor  # one language in the pickers

    response = client.post(add_url, plan_form(column))
    assert response.status_code == 302, response.content.decode()[:2000]
    plan = PlanPage.objects.get(year=2024)
    assert plan.live and plan.show_progress and plan.slug == "ke-hoach-truyen-thong-cchc-nam-2024"
    chi_bo, posting = plan.activities.all()
    assert (chi_bo.cadence, chi_bo.target, chi_bo.measure) == ("monthly", 12, "events")
    assert chi_bo.event_kind.slug == "sinh-hoat-chi-bo" and chi_bo.lead_division.slug == "van-phong"
    assert {d.slug for d in chi_bo.cooperating_divisions.all()} == {"quan-ly-ngan-sach", "thanh-tra"}
    assert (posting.document_level, posting.target) == ("province", None)
    assert client.get(f"/admin/pages/{plan.pk}/edit/").status_code == 200


def test_a_filter_that_does_not_fit_the_measure_comes_back_in_vietnamese(client, column, people):
    client.force_login(people["office"])
    data = plan_form(column, measure="articles")  # an event kind on an articles rule
    response = client.post(f"/admin/pages/add/reform/planpage/{column.pk}/", data)
    assert response.status_code == 200
    assert "Điều kiện này không áp dụng khi tính theo “Tin, bài đã đăng”." in response.content.decode()
    assert not PlanPage.objects.filter(year=2024).exists()


# --- counting ----------------------------------------------------------------------------------------


def test_articles_count_by_date_area_and_division_and_only_once(column, news):
    en = Locale.objects.get(language_code="en")
    march = article(news, datetime.date(2023, 3, 31), areas=(2,))
    article(news, datetime.date(2023, 4, 1), areas=(2,))
    article(news, datetime.date(2023, 2, 1), division="thanh-tra", areas=(1,))
    article(news, datetime.date(2022, 12, 31), areas=(2,))
    ArticlePageFactory(parent=news, date=datetime.date(2023, 3, 1), live=False)  # a draft
    withdrawn = article(news, datetime.date(2023, 3, 2))
    withdrawn.unpublish()
    english = march.copy_for_translation(en, copy_parents=True)
    english.save_revision().publish()
    plan = make_plan(
        column,
        [
            activity("Mọi tin bài", "articles", target=4),
            activity("Thủ tục hành chính", "articles", area=vi_area(2)),
            activity("Thanh tra", "articles", division=vi_division("thanh-tra")),
        ],
    )
    q1, q2 = progress(plan, "q1"), progress(plan, "q2")
    assert q1["Mọi tin bài"].count == 2  # 31/3 and 1/2; not the draft, the withdrawn page, 2022 or English
    assert [item.date for item in q1["Thủ tục hành chính"].items] == [datetime.date(2023, 3, 31)]
    assert q2["Thủ tục hành chính"].count == 1 and q2["Thủ tục hành chính"].cumulative == 2
    assert (q1["Thanh tra"].count, q2["Thanh tra"].count, q2["Thanh tra"].cumulative) == (1, 0, 1)
    everything = q2["Mọi tin bài"]
    assert (everything.count, everything.cumulative, everything.percent, everything.status) == (1, 3, 75, "not_met")
    assert q1["Thủ tục hành chính"].items[0].url == march.url


def test_an_area_given_as_its_english_row_counts_the_same(column, news):
    article(news, datetime.date(2023, 5, 5), areas=(5,))
    english_area = vi_area(5).get_translation(Locale.objects.get(language_code="en"))
    plan = make_plan(column, [activity("Tài chính công", "articles", area=english_area)])
    assert progress(plan, "year")["Tài chính công"].count == 1


def test_documents_count_by_posting_day_level_type_and_area(column):
    def posted(number, when, **fields):
        document = make_document(number, **fields)
        OfficialDocumentPage.objects.filter(pk=document.pk).update(first_published_at=when)
        return document

    posted("828/QĐ-UBND", at(2023, 3, 31, 23, 30), areas=[2])  # local time: still 31/3
    posted("76/NQ-CP", at(2023, 4, 1, 0, 10), type="nghi-quyet", body="chinh-phu", areas=[1])
    posted("15/UBND-VP", at(2023, 2, 10, 9), type="cong-van", areas=[2])
    posted("05/KH-STC", at(2022, 12, 30, 9), type="ke-hoach", body="so-tai-chinh-binh-dinh")
    make_document("06/KH-STC", "ke-hoach", "so-tai-chinh-binh-dinh", publish=False)
    plan = make_plan(
        column,
        [
            activity("Văn bản tỉnh", "documents", document_level="province"),
            activity("Văn bản Trung ương", "documents", document_level="central", target=1),
            activity("Quyết định", "documents", document_type=vi_type("quyet-dinh")),
            activity("Thủ tục", "documents", area=vi_area(2)),
        ],
    )
    q1, q2 = progress(plan, "q1"), progress(plan, "q2")
    assert [item.title for item in q1["Văn bản tỉnh"].items] == ["Công văn 15/UBND-VP", "Quyết định 828/QĐ-UBND"]
    assert q1["Văn bản Trung ương"].count == 0 and q2["Văn bản Trung ương"].count == 1
    assert (q2["Văn bản Trung ương"].percent, q2["Văn bản Trung ương"].status) == (100, "met")
    assert q1["Quyết định"].count == 1 and q1["Thủ tục"].count == 2 and q2["Thủ tục"].cumulative == 2


def test_events_count_each_sitting_held_with_kind_area_and_division(column):
    make_event(title="Tọa đàm quý I", start=at(2023, 3, 31, 8), areas=[2])
    make_event(title="Tọa đàm quý II", start=at(2023, 4, 3, 8), areas=[5], division=vi_division("quan-ly-ngan-sach"))
    make_event(title="Tọa đàm bản nháp", start=at(2023, 2, 3, 8), publish=False, live=False)
    make_event(
        title="Sinh hoạt chi bộ",
        kind=vi_kind("sinh-hoat-chi-bo"),
        audience="internal",
        start=at(2023, 1, 2, 14),
        end=at(2023, 1, 2, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
        excluded_dates=["2023-05-01"],
    )
    plan = make_plan(
        column,
        [
            activity("Chi bộ", "events", event_kind=vi_kind("sinh-hoat-chi-bo"), target=12),
            activity("Tọa đàm", "events", event_kind=vi_kind("toa-dam")),
            activity("Tọa đàm ngân sách", "events", division=vi_division("quan-ly-ngan-sach")),
            activity("Tài chính công", "events", area=vi_area(5)),
        ],
    )
    h1 = progress(plan, "h1")
    assert h1["Chi bộ"].count == 5  # January to June, once a month, not on 1/5 (a holiday)
    assert progress(plan, "year")["Chi bộ"].count == 11
    assert progress(plan, "year", now=at(2023, 7, 1))["Chi bộ"].count == 5  # sittings not held yet do not count
    assert [item.title for item in progress(plan, "q1")["Tọa đàm"].items] == ["Tọa đàm quý I"]
    assert h1["Tọa đàm ngân sách"].count == 1 and h1["Tài chính công"].count == 1
    assert h1["Chi bộ"].items[0].detail == "nội bộ"


def test_press_items_count_by_their_date_for_live_events_only(column):
    seminar = make_event(title="Tọa đàm", start=at(2023, 3, 20, 8), areas=[2])
    seminar.press_coverage = [
        EventPressCoverage(outlet="Đài PT-TH Bình Định", title="Tin truyền hình", date=datetime.date(2023, 3, 31)),
        EventPressCoverage(outlet="Báo Bình Định", title="Bài báo", date=datetime.date(2023, 4, 1), url="https://x.vn"),
    ]
    seminar.save_revision().publish()
    seminar.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True).save_revision().publish()
    draft = make_event(title="Chưa đăng", start=at(2023, 3, 1, 8), publish=False, live=False)
    draft.press_coverage = [
        EventPressCoverage(outlet="Báo Bình Định", title="Không tính", date=datetime.date(2023, 3, 2))
    ]
    draft.save()
    plan = make_plan(
        column,
        [
            activity("Báo, đài", "press", target=2),
            activity("Báo đài về tọa đàm", "press", event_kind=vi_kind("toa-dam"), area=vi_area(2)),
            activity("Báo đài về giao ban", "press", event_kind=vi_kind("giao-ban")),
        ],
    )
    q1, q2 = progress(plan, "q1"), progress(plan, "q2")
    assert [item.title for item in q1["Báo, đài"].items] == ["Tin truyền hình"]  # not the English copy
    assert (q2["Báo, đài"].count, q2["Báo, đài"].cumulative, q2["Báo, đài"].status) == (1, 2, "met")
    assert q2["Báo, đài"].items[0].url == "https://x.vn" and q1["Báo, đài"].items[0].url == seminar.url
    assert q2["Báo đài về tọa đàm"].cumulative == 2 and q2["Báo đài về giao ban"].cumulative == 0


def test_plan_for_and_the_json_snapshot(column, news):
    article(news, datetime.date(2023, 1, 5))
    plan = make_plan(
        column,
        [activity("Tin bài", "articles", target=1, lead_division=vi_division("tai-chinh-doanh-nghiep-tin-hoc"))],
    )
    draft = PlanPage(title="Kế hoạch 2025", year=2025, live=False)
    column.add_child(instance=draft)
    assert plan_for(2023) == plan and plan_for(2025) is None and plan_for(2023, "en") is None
    (row,) = activity_progress(plan, period_for(2023, "q1"))
    snapshot = json.loads(json.dumps(row.as_dict()))
    assert snapshot["count"] == snapshot["cumulative"] == 1 and snapshot["percent"] == 100
    assert snapshot["status"] == "met" and snapshot["status_label"] == "Đạt"
    assert snapshot["activity"]["lead_division"] == "Phòng Tài chính doanh nghiệp - Tin học"
    assert snapshot["items"][0]["date"] == "2023-01-05" and snapshot["items"][0]["kind"] == "Tin, bài"


# --- the public plan page ----------------------------------------------------------------------------


def demo_like_plan(column, show_progress):
    plan_activities = [
        activity(
            "Họp chi bộ hàng tháng",
            "events",
            form="Tuyên truyền miệng",
            event_kind=vi_kind("sinh-hoat-chi-bo"),
            cadence="monthly",
            target=12,
            lead_division=vi_division("van-phong"),
            note="Chỉ tiêu suy ra từ tần suất hàng tháng.",
        ),
        activity("Tin, bài trên chuyên mục", "articles", lead_division=vi_division("tai-chinh-doanh-nghiep-tin-hoc")),
    ]
    plan_activities[1].cooperating_divisions = [vi_division("van-phong"), vi_division("thanh-tra")]
    return make_plan(column, plan_activities, show_progress=show_progress)


def test_public_page_shows_activities_always_and_progress_when_chosen(client, column, news):
    make_event(
        title="Sinh hoạt chi bộ",
        kind=vi_kind("sinh-hoat-chi-bo"),
        audience="internal",
        start=at(2023, 1, 2, 14),
        end=at(2023, 1, 2, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
        excluded_dates=["2023-05-01"],
    )
    plan = demo_like_plan(column, show_progress=False)
    html = BeautifulSoup(client.get(plan.url).content, "html.parser")
    assert html.find("h2", string="Các hoạt động") and not html.find("h2", string="Tiến độ thực hiện")
    cells = [td.get_text(" ", strip=True) for td in html.select(".plan-table tbody tr")[1].find_all(["th", "td"])]
    assert cells == [
        "Tin, bài trên chuyên mục",
        "—",
        "Phòng Tài chính doanh nghiệp - Tin học",
        "Văn phòng Sở; Thanh tra Sở",
        "Thường xuyên",
        "Không giao chỉ tiêu",
    ]

    plan.show_progress = True
    plan.save_revision().publish()
    html = BeautifulSoup(client.get(plan.url).content, "html.parser")
    assert html.find("h2", string="Tiến độ thực hiện")
    row = html.select(".plan-table--progress tbody tr")[0]
    assert row.find("th").get_text(strip=True) == "Họp chi bộ hàng tháng"
    assert "Kết quả cả năm 2023" in html.select_one(".plan__period").get_text()
    bar = row.find("progress")
    assert bar["value"] == "92" and bar["max"] == "100" and "92%" in bar["aria-label"]  # 11 of 12
    assert "92% · Chưa đạt" in row.get_text(" ", strip=True)  # in words too, not colour alone

    en = Locale.objects.get(language_code="en")
    english = plan.copy_for_translation(en, copy_parents=True)
    english.save_revision().publish()
    response = client.get(english.url)
    assert response.status_code == 200 and "Họp chi bộ hàng tháng" in response.content.decode()


def test_public_period_is_the_year_so_far_the_whole_year_or_nothing():
    from reform.plans.progress import public_period

    plan = PlanPage(year=2024)
    so_far = public_period(plan, today=datetime.date(2024, 5, 15))
    assert (so_far.first_day, so_far.last_day) == (datetime.date(2024, 1, 1), datetime.date(2024, 5, 15))
    assert public_period(plan, today=datetime.date(2025, 1, 2)).code == "year"
    assert public_period(plan, today=datetime.date(2023, 12, 31)) is None


def test_preview_of_an_edited_plan_shows_its_unsaved_activities(client, column, people):
    plan = demo_like_plan(column, show_progress=True)
    client.force_login(people["office"])
    data = plan_form(column, name="Hoạt động chưa lưu")
    data.update({"title": plan.title, "slug": plan.slug, "year": "2023"})
    preview_url = f"/admin/pages/{plan.pk}/edit/preview/"
    assert client.post(preview_url, data).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "Hoạt động chưa lưu" in html and "Tiến độ thực hiện" in html
    assert PlanActivity.objects.filter(name="Hoạt động chưa lưu").count() == 0


# --- the Office's screen -----------------------------------------------------------------------------


def test_progress_screen_is_for_the_office_only(client, people, column):
    demo_like_plan(column, show_progress=False)
    for role in ("writer", "head"):
        client.force_login(people[role])
        response = client.get(PROGRESS_URL, {"nam": 2023, "ky": "q1"})
        assert response.status_code == 403
        assert "Chỉ Văn phòng Sở" in response.content.decode()
        assert PROGRESS_URL not in client.get("/admin/").content.decode()  # no menu item either
    client.logout()
    assert client.get(PROGRESS_URL).status_code == 302  # to the login page
    for role in ("office", "admin"):
        client.force_login(people[role])
        assert client.get(PROGRESS_URL).status_code == 200
        assert PROGRESS_URL in client.get("/admin/").content.decode()


def test_progress_screen_lists_the_items_behind_each_number(client, people, column, news):
    article(news, datetime.date(2023, 2, 1))
    article(news, datetime.date(2023, 5, 1), title="Tin tháng năm")
    demo_like_plan(column, show_progress=False)
    client.force_login(people["office"])
    html = BeautifulSoup(client.get(PROGRESS_URL, {"nam": 2023, "ky": "q2"}).content, "html.parser")
    row = html.select("table.plan-progress tbody tr")[1]
    period_cell, cumulative_cell = row.find_all("td")[1:3]
    assert period_cell.find("summary").get_text(strip=True) == "1"
    assert [a.get_text() for a in period_cell.select("details li a")] == ["Tin tháng năm"]
    assert cumulative_cell.find("summary").get_text(strip=True) == "2"
    assert len(cumulative_cell.select("details li")) == 2
    missing = client.get(PROGRESS_URL, {"nam": 2031, "ky": "year"}).content.decode()
    assert "Chưa có kế hoạch truyền thông năm 2031" in missing


@pytest.mark.parametrize(
    "query,message",
    [
        ({"nam": "abc", "ky": "q1"}, "Năm phải là một số, ví dụ 2023."),
        ({"nam": "2023", "ky": "q9"}, "Kỳ báo cáo không hợp lệ."),
        ({"nam": "2023", "ky": "custom", "tu": "31/02/2023", "den": "01/03/2023"}, "Ngày không hợp lệ"),
        ({"nam": "2023", "ky": "custom", "tu": "01/05/2023", "den": "01/04/2023"}, "Ngày kết thúc phải sau"),
        ({"nam": "1800", "ky": "q1"}, "2000"),
    ],
)
def test_progress_screen_answers_bad_input_with_vietnamese_errors(client, people, column, query, message):
    demo_like_plan(column, show_progress=False)
    client.force_login(people["office"])
    response = client.get(PROGRESS_URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert not BeautifulSoup(html, "html.parser").select("table.plan-progress")


def test_custom_range_on_the_progress_screen(client, people, column, news):
    article(news, datetime.date(2023, 3, 15))
    article(news, datetime.date(2023, 3, 16))
    demo_like_plan(column, show_progress=False)
    client.force_login(people["office"])
    response = client.get(PROGRESS_URL, {"nam": "2023", "ky": "custom", "tu": "16/03/2023", "den": "2023-03-31"})
    html = BeautifulSoup(response.content, "html.parser")
    assert "từ 16/03/2023 đến 31/03/2023" in html.select_one(".plan-progress__title").get_text()
    row = html.select("table.plan-progress tbody tr")[1]
    assert [td.find("summary").get_text() for td in row.find_all("td")[1:3]] == ["1", "2"]


# --- the demo ----------------------------------------------------------------------------------------


def test_demo_plan_holds_the_seed_activities_once(client):
    from django.core.management import call_command

    from reform.demo.plan_activities import ACTIVITIES

    call_command("load_demo", verbosity=0)
    plan = PlanPage.objects.get(locale__language_code="vi", year=2023)
    revisions = plan.revisions.count()
    call_command("load_demo", verbosity=0)
    assert plan.revisions.count() == revisions and plan.activities.count() == len(ACTIVITIES)
    assert plan.basis_document.number == "828/QĐ-UBND" and plan.show_progress
    by_kind = {a.event_kind.slug: a for a in plan.activities.filter(measure="events")}
    assert set(by_kind) == {
        "hoc-tap-quan-triet-nghi-quyet",
        "giao-ban",
        "sinh-hoat-chi-bo",
        "sinh-hoat-doan-thanh-nien",
        "toa-dam",
    }
    assert by_kind["sinh-hoat-chi-bo"].target == 12 and "hàng tháng" in by_kind["sinh-hoat-chi-bo"].note
    assert by_kind["toa-dam"].target is None
    posting = plan.activities.filter(measure="documents")
    assert {a.document_level for a in posting} == {"central", "province"}
    assert all(a.lead_division.slug == "tai-chinh-doanh-nghiep-tin-hoc" and a.target is None for a in posting)
    (articles,) = plan.activities.filter(measure="articles")
    assert (
        articles.lead_division.slug == "tai-chinh-doanh-nghiep-tin-hoc" and articles.cooperating_divisions.count() == 6
    )
    assert plan.activities.filter(measure="press").count() == 1
    assert all(a.target in (None, 12) for a in plan.activities.all())  # no number the seed does not give

    client.get(plan.url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as context:
        html = BeautifulSoup(client.get(plan.url).content, "html.parser")
    assert len(context.captured_queries) <= PAGE_QUERY_BOUND
    assert html.select_one(".meta-table a")["href"] == plan.basis_document.url
    assert html.find("h2", string="Tiến độ thực hiện") and "Các phòng thuộc Sở" in html.get_text()
    english = plan.get_translation(Locale.objects.get(language_code="en"))
    english_html = client.get(english.url).content.decode()
    assert "Oral dissemination on administrative reform at Party cell meetings" in english_html


# --- bounded queries ---------------------------------------------------------------------------------


def many_activities(count):
    kinds = [vi_kind(slug) for slug in ("toa-dam", "giao-ban", "sinh-hoat-chi-bo")]
    made = []
    for i in range(count):
        kind = i % 4
        if kind == 0:
            area = vi_area(i % 6 + 1) if i % 8 == 4 else None
            made.append(activity(f"Tin bài {i}", "articles", area=area, target=10))
        elif kind == 1:
            area = vi_area(i % 6 + 1) if i % 8 == 5 else None  # some rules by area, some not
            made.append(
                activity(f"Văn bản {i}", "documents", document_level=["central", "province"][i // 4 % 2], area=area)
            )
        elif kind == 2:
            made.append(activity(f"Sự kiện {i}", "events", event_kind=kinds[i % 3], area=vi_area(i % 6 + 1)))
        elif i % 8 == 3:
            made.append(activity(f"Báo chí {i}", "press", division=vi_division("van-phong")))
        else:
            made.append(activity(f"Báo chí {i}", "press", area=vi_area(i % 6 + 1)))
        made[-1].cooperating_divisions = [vi_division("thanh-tra")]
    return made


def add_content(news, count, offset):
    make_articles(news, count, start=offset)
    bulk_insert_documents(library(), count * 12, seed=offset)  # spread over 2014–2025: about `count` in 2023
    events = make_many_events(count, start=at(2023, 1, 2, 8), step_hours=40, offset=offset)
    EventPressCoverage.objects.bulk_create(
        EventPressCoverage(
            page_id=event.pk, outlet="Báo Bình Định", title=f"Tin {event.title}", date=event.start.date()
        )
        for event in events
    )


def measure(plan):
    with CaptureQueriesContext(connection) as context:
        rows = activity_progress(plan, period_for(2023, "year"), now=END_OF_2023)
        json.dumps([row.as_dict() for row in rows])
    for code in ("q2", "h1"):  # the database's counts (the public page's) agree with the items
        with_items = [(row.count, row.cumulative) for row in activity_progress(plan, period_for(2023, code))]
        counted = activity_progress(plan, period_for(2023, code), with_items=False)
        assert [(row.count, row.cumulative) for row in counted] == with_items
        assert all(not row.items and not row.cumulative_items for row in counted)
    return len(context.captured_queries), sum(row.cumulative for row in rows)


def page_queries(client, plan):
    with CaptureQueriesContext(connection) as context:
        response = client.get(plan.url)
    assert response.status_code == 200 and "Tiến độ thực hiện" in response.content.decode()
    return len(context.captured_queries)


def test_progress_queries_do_not_grow_with_activities_or_content(column, news, client):
    small_plan = make_plan(column, many_activities(5), title="Kế hoạch năm hoạt động")
    big_plan = make_plan(column, many_activities(50), title="Kế hoạch năm mươi hoạt động")
    public = make_plan(
        column,
        many_activities(50),
        show_progress=True,
        title="Kế hoạch công khai tiến độ",
        basis_document=make_document(),
    )
    add_content(news, 20, 0)
    measure(small_plan)  # warm the per-process caches (site root paths)
    client.get(public.url)
    small = [measure(small_plan), measure(big_plan)]
    small_page = page_queries(client, public)
    add_content(news, 200, 1000)
    large = [measure(small_plan), measure(big_plan)]
    large_page = page_queries(client, public)
    assert [queries for queries, _total in small] == [queries for queries, _total in large]
    assert all(total_large > total_small for (_q, total_small), (_q2, total_large) in zip(small, large, strict=True))
    assert max(queries for queries, _total in large) <= 10
    assert small_page == large_page <= PAGE_QUERY_BOUND


# --- valid HTML and WCAG 2.1 AA ----------------------------------------------------------------------


def plan_pages(column, news):
    """A plan with both tables and met, short and exceeded targets, its English version; their URLs."""
    article(news, datetime.date(2023, 6, 1))
    make_event(
        title="Sinh hoạt chi bộ",
        kind=vi_kind("sinh-hoat-chi-bo"),
        audience="internal",
        start=at(2023, 1, 2, 14),
        end=at(2023, 1, 2, 16),
        recurrence="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
    )
    plan = demo_like_plan(column, show_progress=True)
    plan.activities.add(activity("Tin bài vượt chỉ tiêu", "articles", target=1, cadence="quarterly"))
    plan.save_revision().publish()
    english = plan.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.save_revision().publish()
    return {"plan": plan.url, "plan-en": english.url}


@pytest.mark.validation
def test_plan_pages_with_progress_are_valid_html(client, column, news, tmp_path):
    from tests.test_html_validity import assert_valid_html

    urls = plan_pages(column, news)
    assert all("<progress" in client.get(url).content.decode() for url in urls.values())
    assert_valid_html(client, urls, tmp_path)


@pytest.fixture
def plan_urls(transactional_db, settings):
    from tests.rich_content import fresh_site

    settings.ROOT_URLCONF = "tests.urls_with_media"
    pages = fresh_site()
    return plan_pages(pages["column"], pages["news"])


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(1280, 900), (375, 812)], ids=["desktop", "mobile"])
def test_plan_pages_have_no_wcag_violations_and_fit_a_phone(live_server, plan_urls, page_factory, width, height):
    a11y.assert_accessible_and_fitting(page_factory(width, height), live_server.url, plan_urls)
