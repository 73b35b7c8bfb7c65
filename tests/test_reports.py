"""The Office's periodic report: figures against the database, periods, queries, the admin screen.

The exports (DOCX, XLSX, CSV) are read back in tests/test_reports_export.py.
"""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from reform.events.bulk import bulk_insert_events
from reform.models import EventKind, EventPage, EventPressCoverage, OfficialDocumentPage
from reform.periods import period_for
from reform.reports.figures import compute
from reform.reports.tables import report_tables
from tests.event_factories import at, event_index
from tests.factories import make_articles
from tests.report_factories import (
    Q1_EVENTS,
    Q1_WORKFLOW,
    expected_activities,
    expected_tables,
    report_content,
    run_workflow,
)
from tests.workflow_helpers import draft_article

pytestmark = pytest.mark.django_db

URL = "/admin/reports/bao-cao-dinh-ky/"
QUERY_BOUND = 25


@pytest.fixture
def content(site_pages, people):
    return report_content(site_pages, people)


def table_values(figures):
    """{title: {label: (values…)}} of every table but the totals, as the report computed them."""
    return {
        table.title: {row[0]: tuple(row[1:]) for row in table.rows + ([table.total] if table.total else [])}
        for table in report_tables(figures)[1:]
    }


def numeric(values):
    return tuple(value for value in values if not isinstance(value, str))


# --- the figures ---------------------------------------------------------------------------------


def test_q1_figures_equal_the_database(content):
    period = period_for(2023, "q1")
    figures = compute(period)
    expected = expected_tables(period, Q1_EVENTS, Q1_WORKFLOW)
    got = table_values(figures)
    for title, rows in expected.items():
        if title.startswith("_"):
            continue
        assert got[title] == rows, title
    for key, value in expected["_totals"].items():
        assert figures["totals"][key] == value, key
    # By construction, so a mistake in the ORM expectations cannot hide one in the report.
    assert figures["totals"]["articles"] == 3  # a1, a2 (31/3), a3; not a4 (1/4), the draft or the English copy
    assert figures["articles"]["area_links"] == 3 and figures["articles"]["without_area"] == 1
    assert figures["totals"]["documents"] == 2  # d1 at 23:30 on 31/3, d2; not d3 (00:10 on 1/4) or the draft
    assert figures["totals"]["sessions"] == 6 and figures["events"]["internal"] == 4
    assert figures["totals"]["press"] == 2  # not the draft event's
    assert figures["workflow"]["median_working_days"] == 4.0 and figures["workflow"]["max_working_days"] == 5


def test_item_lists_are_the_items_behind_each_number(content):
    figures = compute(period_for(2023, "q1"))
    titles = [item["title"] for item in figures["articles"]["items"]]
    assert titles == ["Cải cách thủ tục thuế", "Tin chưa phân loại", "Chuyển đổi số ngày cuối quý"]
    assert figures["articles"]["items"][0]["areas"] == ["cai-cach-the-che", "cai-cach-thu-tuc-hanh-chinh"]
    assert figures["articles"]["items"][0]["url"] == content["a1"].url
    assert [item["number"] for item in figures["documents"]["items"]] == ["12/KH-STC", "101/QĐ-UBND"]
    assert figures["documents"]["items"][1]["date"] == "2023-03-31"
    sittings = [item["date"] for item in figures["events"]["items"] if item["kind"] == "sinh-hoat-doan-thanh-nien"]
    assert sittings == ["2023-01-27", "2023-02-24", "2023-03-31"]
    assert {item["outlet"] for item in figures["press"]["items"]} == {"Đài PT-TH Bình Định", "Báo Bình Định"}
    published = figures["workflow"]["items"]
    assert [(item["title"], item["submitted"], item["date"], item["working_days"]) for item in published] == [
        ("Bài qua quy trình một", "2023-03-06", "2023-03-09", 3),
        ("Bài qua quy trình hai", "2023-03-10", "2023-03-17", 5),
    ]
    returned = figures["workflow"]["returned_items"]
    assert [(item["title"], item["date"], item["comment"]) for item in returned] == [
        ("Bài qua quy trình hai", "2023-03-13", "Cần bổ sung số liệu.")
    ]
    # Each breakdown row adds up to the items that refer to it.
    for row in figures["articles"]["by_division"]:
        assert row["count"] == sum(1 for item in figures["articles"]["items"] if item["division"] == row["key"])
    for row in figures["events"]["by_kind"]:
        assert row["sessions"] == sum(1 for item in figures["events"]["items"] if item["kind"] == row["key"])


def test_activity_progress_of_the_plan(content):
    period = period_for(2023, "q1")
    figures = compute(period)
    expected = expected_activities(period, expected_tables(period, Q1_EVENTS, Q1_WORKFLOW))
    rows = figures["activities"]["rows"]
    assert figures["activities"]["plan"]["year"] == 2023
    assert [(row["activity"]["name"], row["target"], row["count"]) for row in rows] == expected
    assert all(row["cumulative"] == row["count"] for row in rows)  # Q1 starts the year
    assert all("cumulative_items" not in row for row in rows)
    monthly = [row for row in rows if row["target"] == 12]
    assert [row["percent"] for row in monthly] == [(200 * row["count"] + 12) // 24 for row in monthly]
    assert figures["totals"]["activities"] == len(rows) == 9


def test_quarter_two_takes_what_q1_left_out(content):
    period = period_for(2023, "q2")
    figures = compute(period)
    expected = expected_tables(
        period,
        {"toa-dam": (1, 1, 0, 30, 28), "sinh-hoat-doan-thanh-nien": (3, 0, 3, 0, 0)},
    )
    got = table_values(figures)
    for title, rows in expected.items():
        if not title.startswith("_"):
            assert got[title] == rows, title
    assert [item["title"] for item in figures["articles"]["items"]] == ["Tin đầu quý II"]
    assert [item["number"] for item in figures["documents"]["items"]] == ["05/2023/NĐ-CP"]
    assert "Hội nghị xuyên đêm" not in {item["title"] for item in figures["events"]["items"]}
    assert figures["workflow"]["published"] == 0 and figures["workflow"]["median_working_days"] is None


def test_first_half_and_year_add_up(content):
    q1, q2 = compute(period_for(2023, "q1")), compute(period_for(2023, "q2"))
    h1, year = compute(period_for(2023, "h1")), compute(period_for(2023, "year"))
    for key in ("articles", "documents", "sessions", "press", "participants_actual", "returned"):
        assert h1["totals"][key] == q1["totals"][key] + q2["totals"][key], key
    assert year["totals"]["articles"] == h1["totals"]["articles"] + 2  # the workflow's two, dated 1/8
    assert h1["period"]["phrase"] == "6 tháng đầu năm 2023" and year["period"]["phrase"] == "năm 2023"


def test_custom_range_and_english_language(content):
    period = period_for(2023, "custom", datetime.date(2023, 3, 31), datetime.date(2023, 4, 1))
    figures = compute(period)
    assert [item["title"] for item in figures["articles"]["items"]] == [
        "Chuyển đổi số ngày cuối quý",
        "Tin đầu quý II",
    ]
    assert figures["period"]["phrase"] == "từ ngày 31/03/2023 đến ngày 01/04/2023"
    english = compute(period_for(2023, "q1"), language="en")
    assert [item["title"] for item in english["articles"]["items"]] == ["Tax procedure reform"]
    assert english["articles"]["by_area"][0]["label"] != figures["articles"]["by_area"][0]["label"]


def test_figures_survive_json(content):
    figures = compute(period_for(2023, "q1"))
    assert json.loads(json.dumps(figures)) == figures


def test_empty_period(db):
    figures = compute(period_for(2031, "q4"))
    assert figures["totals"]["articles"] == 0 and figures["activities"]["plan"] is None
    assert figures["workflow"]["median_working_days"] is None
    assert report_tables(figures)  # tables of zeros, not errors


# --- queries --------------------------------------------------------------------------------------


def add_content(site_pages, people, start, count):
    """count articles, documents, events and press items in 2023, and two more pages through the workflow."""
    make_articles(site_pages["news"], count, start=start)
    kinds = list(EventKind.objects.filter(locale__language_code="vi"))
    events = [
        EventPage(
            title=f"Tọa đàm số {start + n}",
            slug=f"toa-dam-so-{start + n}",
            summary="Tóm tắt.",
            location="Hội trường",
            kind=kinds[n % len(kinds)],
            start=at(2023, 1, 2, 8) + datetime.timedelta(hours=50 * n),
            end=at(2023, 1, 2, 10) + datetime.timedelta(hours=50 * n),
            audience="internal" if n % 3 else "public",
        )
        for n in range(count)
    ]
    bulk_insert_events(event_index(), events, [[] for _event in events])
    saved = list(EventPage.objects.filter(slug__in=[event.slug for event in events]))
    EventPressCoverage.objects.bulk_create(
        [
            EventPressCoverage(
                page=event, outlet="Báo Bình Định", title=f"Tin {event.pk}", date=datetime.date(2023, 5, 1)
            )
            for event in saved
        ]
    )
    from reform.documents.bulk import bulk_insert_documents
    from tests.document_factories import library

    ids = bulk_insert_documents(library(), count, seed=start)
    Page.objects.filter(pk__in=ids).update(first_published_at=at(2023, 6, 1, 9))
    for n in range(2):
        page = draft_article(site_pages["news"], people["writer"], title=f"Quy trình {start}-{n}")
        run_workflow(page, people["writer"], people["head"], people["office"], at(2023, 5, 2, 9), at(2023, 5, 4, 9))


def count_queries(period):
    with CaptureQueriesContext(connection) as ctx:
        compute(period)
    return len(ctx.captured_queries)


def test_queries_do_not_grow_with_content(site_pages, people, content, django_assert_max_num_queries):
    period = period_for(2023, "year")
    add_content(site_pages, people, 100, 10)
    small = count_queries(period)
    add_content(site_pages, people, 200, 100)
    large = count_queries(period)
    assert large == small, (small, large)
    with django_assert_max_num_queries(QUERY_BOUND):
        figures = compute(period)
    assert figures["totals"]["articles"] >= 110 and figures["totals"]["documents"] >= 110
    assert figures["totals"]["press"] >= 110 and figures["totals"]["published_via_workflow"] == 6


# --- the admin screen -----------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), [("writer", 403), ("head", 403), ("office", 200), ("admin", 200)])
def test_permission_matrix(client, people, role, status):
    client.force_login(people[role])
    assert client.get(URL + "?nam=2023&ky=q1").status_code == status
    assert client.get(URL + "xuat/csv/?nam=2023&ky=q1").status_code == status


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_menu_item_only_for_the_office(client, people):
    client.force_login(people["office"])
    assert URL in client.get("/admin/").content.decode()  # the sidebar's menu is JSON for its script
    client.force_login(people["writer"])
    assert URL not in client.get("/admin/").content.decode()


def test_screen_shows_tables_charts_lists_and_exports(client, people, content):
    client.force_login(people["office"])
    response = client.get(URL + "?nam=2023&ky=q1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Báo cáo Quý I năm 2023 (từ 01/01/2023 đến 31/03/2023)" in html
    for title in ("Tin, bài theo phòng", "Văn bản đã đăng tải theo cấp ban hành", "Tiến độ các hoạt động của kế hoạch"):
        assert f"<caption>{title}</caption>" in html
    assert html.count('role="img"') >= 8  # a chart beside each breakdown
    assert "<details>" in html and "Cải cách thủ tục thuế" in html and "Hội nghị xuyên đêm" in html
    for fmt in ("docx", "xlsx", "csv"):
        assert f'href="{URL}xuat/{fmt}/?nam=2023&amp;ky=q1"' in html
    # An internal session has no public page: its list entry opens the editor.
    assert f'href="/admin/pages/{content["e2"].pk}/edit/"' in html or content["e2"].url in html


def test_screen_without_query_shows_the_current_quarter(client, people):
    client.force_login(people["office"])
    response = client.get(URL)
    assert response.status_code == 200 and "Báo cáo Quý" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?nam=abc&ky=q1", "Năm phải là một số"),
        ("?nam=1999&ky=q1", "2000"),
        ("?nam=2023&ky=q9", "Kỳ báo cáo không hợp lệ"),
        ("?nam=2023&ky=custom&tu=31/02/2023&den=01/03/2023", "Ngày không hợp lệ"),
        ("?nam=2023&ky=custom&tu=01/03/2023", "Hãy nhập cả ngày bắt đầu và ngày kết thúc"),
        ("?nam=2023&ky=custom&tu=01/03/2023&den=01/01/2023", "Ngày kết thúc phải sau ngày bắt đầu"),
        ("?nam=2023&ky=custom&tu=01/01/2000&den=01/01/2023", "không được dài quá 5 năm"),
        ("?nam=99999999999999999999&ky=year", "2100"),
    ],
)
def test_bad_query_strings(client, people, query, message):
    client.force_login(people["office"])
    screen = client.get(URL + query)
    assert screen.status_code == 200 and message in screen.content.decode()
    for fmt in ("docx", "xlsx", "csv"):
        export = client.get(f"{URL}xuat/{fmt}/{query}")
        assert export.status_code == 400 and message in export.content.decode()


def test_unknown_export_format_is_not_found(client, people):
    client.force_login(people["office"])
    assert client.get(URL + "xuat/pdf/?nam=2023&ky=q1").status_code == 404


def test_screen_queries_are_bounded(client, people, content, django_assert_max_num_queries):
    client.force_login(people["office"])
    client.get(URL + "?nam=2023&ky=year")
    # The admin's own on top: session, user, permissions, and the menu items' role checks.
    with django_assert_max_num_queries(QUERY_BOUND + 20):
        assert client.get(URL + "?nam=2023&ky=year").status_code == 200
    assert OfficialDocumentPage.objects.exists()


def test_bench_code_path(content):
    from bench import reports

    lines = []
    result = reports.measure_reports(year=2023, runs=1, log=lines.append)
    assert result["content"]["articles"] == 6 and result["content"]["activities"] == 9  # the plan already there
    assert set(result["rows"]) == {
        "Figures (compute)",
        "DOCX (build_docx)",
        "XLSX (build_xlsx)",
        "CSV (build_csv)",
        "Admin screen (HTTP)",
        "DOCX export (HTTP)",
    }
    assert result["rows"]["Figures (compute)"]["queries"] <= QUERY_BOUND
    assert all(row.get("status", 200) == 200 for row in result["rows"].values())
    table = reports.markdown(result)
    assert "| Figures (compute) |" in table and "Compute + DOCX" in table
    assert reports.problems({**result, "compute_and_export_ms": 5000})
