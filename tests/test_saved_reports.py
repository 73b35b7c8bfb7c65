"""Saved periodic reports: a frozen snapshot of a period's figures, the Office's narrative, the leadership's approval.

Everything goes through the admin over HTTP as the person who would do it; DOCX files are read back.
"""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from docx import Document as DocxDocument
from wagtail.models import ModelLogEntry, Revision, WorkflowContentType, WorkflowState

from reform.models import PeriodicReport
from reform.periods import period_for
from reform.reports.figures import compute
from reform.savedreports import setup
from tests.factories import make_articles, vi_area, vi_division
from tests.workflow_helpers import make_user

pytestmark = pytest.mark.django_db

BASE = "/admin/snippets/reform/periodicreport/"
Q2 = {"nam": "2023", "ky": "q2"}


@pytest.fixture
def leader(db):
    user = make_user("lanhdao.t", "leadership")
    user.groups.add(Group.objects.get(name=setup.LEADERSHIP_GROUP))
    return user


def create(client, user, data=Q2):
    client.force_login(user)
    return client.post(f"{BASE}add/", data)


def saved(client, people, data=Q2):
    response = create(client, people["office"], data)
    assert response.status_code == 302, response.content[:800]
    return PeriodicReport.objects.latest("pk")


def edit_data(report, **overrides):
    report = PeriodicReport.objects.get(pk=report.pk).get_latest_revision_as_object()
    data = {
        "title": report.title,
        "number": report.number,
        "issued_on": report.issued_on.isoformat() if report.issued_on else "",
        "place": report.place,
        "results": report.results,
        "shortcomings": report.shortcomings,
        "proposals": report.proposals,
        "recipients": report.recipients,
        "signer_title": report.signer_title,
        "signer": report.signer,
    }
    data.update(overrides)
    return data


NARRATIVE = {
    "number": "25/BC-STC",
    "issued_on": "2023-07-05",
    "results": "Các phòng đã đăng đủ tin, bài theo kế hoạch.\n\nTọa đàm quý II thu hút đông đảo công chức.",
    "shortcomings": "Một số phòng còn chậm gửi tin.",
    "proposals": "Đề nghị Sở Nội vụ tổ chức tập huấn viết tin.",
    "signer": "Nguyễn Văn An",
}


def edit(client, user, report, action=None, **overrides):
    client.force_login(user)
    data = edit_data(report, **overrides)
    if action:
        data[action] = "on"
    return client.post(f"{BASE}edit/{report.pk}/", data)


def act(client, user, report, action, comment=None):
    client.force_login(user)
    state = WorkflowState.objects.for_instance(report).get(status=WorkflowState.STATUS_IN_PROGRESS)
    url = f"{BASE}workflow/action/{report.pk}/{action}/{state.current_task_state_id}/"
    return client.post(url, {} if comment is None else {"comment": comment})


def denied(client, method, url):
    """Wagtail answers a refusal with a redirect to the dashboard and a message, and 403 to scripts."""
    response = getattr(client, method)(url)
    if response.status_code != 302 or response["Location"] != "/admin/":
        return False
    return getattr(client, method)(url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403


def docx_text(content):
    document = DocxDocument(io.BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


# --- set-up --------------------------------------------------------------------------------


def test_setup_assigns_the_workflow_idempotently():
    from django.core.management import call_command

    workflow = setup.setup_report_roles()
    before = (Group.objects.count(), WorkflowContentType.objects.count(), workflow.workflow_tasks.count())
    call_command("setup_site", verbosity=0)
    assert (Group.objects.count(), WorkflowContentType.objects.count(), workflow.workflow_tasks.count()) == before
    assert PeriodicReport.get_default_workflow().name == "Duyệt báo cáo định kỳ CCHC"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [setup.LEADERSHIP_GROUP]


# --- creating a report from a period -------------------------------------------------------


def test_office_saves_a_period_as_a_draft_with_the_snapshot(client, people):
    report = saved(client, people)
    assert not report.live and report.owner == people["office"]
    assert report.title == "Báo cáo kết quả thực hiện công tác tuyên truyền CCHC Quý II năm 2023"
    assert (report.period_code, report.first_day, report.last_day) == (
        "q2",
        datetime.date(2023, 4, 1),
        datetime.date(2023, 6, 30),
    )
    assert report.place == "Bình Định"
    assert report.recipients.splitlines()[0] == "Sở Nội vụ;" and report.signer_title.startswith("KT. GIÁM ĐỐC")
    assert report.figures["schema"] == 1 and report.figures["period"]["code"] == "q2"
    assert report.figures["totals"] == compute(period_for(2023, "q2"))["totals"]
    assert report.latest_revision is not None
    # the figures live on the report, not in each revision of its text
    assert "figures" not in Revision.objects.get(pk=report.latest_revision_id).content


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nam": "abc", "ky": "q2"}, "Năm phải là một số"),
        ({"nam": "2023", "ky": "q9"}, "Kỳ báo cáo không hợp lệ."),
        ({"nam": "1800", "ky": "q1"}, "2000"),
        (
            {"nam": "2023", "ky": "custom", "tu": "2023-05-01", "den": "2023-04-01"},
            "Ngày kết thúc phải sau ngày bắt đầu.",
        ),
        ({"nam": "2023", "ky": "custom", "tu": "31/02/2023", "den": "2023-04-01"}, "Ngày không hợp lệ"),
        ({}, "Hãy chọn năm và kỳ báo cáo."),
    ],
)
def test_bad_periods_get_a_vietnamese_message(client, people, data, message):
    response = create(client, people["office"], data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PeriodicReport.objects.exists()


def test_the_add_page_offers_the_period_form(client, people):
    client.force_login(people["office"])
    html = client.get(f"{BASE}add/", Q2).content.decode()
    assert "Lưu thành báo cáo" in html and 'name="ky"' in html


@pytest.mark.parametrize("role", ["writer", "head", "leader"])
def test_only_the_office_creates_reports(client, people, leader, role):
    client.force_login(leader if role == "leader" else people[role])
    assert denied(client, "post", f"{BASE}add/")
    assert denied(client, "get", f"{BASE}add/")
    assert not PeriodicReport.objects.exists()


# --- who sees what --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["writer", "head", "other_writer"])
def test_division_staff_cannot_see_saved_reports(client, people, role):
    report = saved(Client(), people)
    client.force_login(people[role])
    for url in (
        BASE,
        f"{BASE}edit/{report.pk}/",
        f"{BASE}inspect/{report.pk}/",
        f"{BASE}history/{report.pk}/",
        f"{BASE}export/{report.pk}/docx/",
        f"{BASE}export/{report.pk}/csv/",
    ):
        assert denied(client, "get", url), url
    assert denied(client, "post", f"{BASE}refresh/{report.pk}/")
    assert report.title not in client.get(BASE, follow=True).content.decode()


def test_missing_reports_and_formats_are_404(client, people):
    report = saved(client, people)
    for url in (f"{BASE}export/999999/docx/", f"{BASE}export/{report.pk}/pdf/", f"{BASE}inspect/999999/"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"{BASE}refresh/999999/").status_code == 404


# --- the workflow ---------------------------------------------------------------------------


def test_draft_submit_return_resubmit_approve(client, people, leader):
    report = saved(client, people)
    assert edit(client, people["office"], report, **NARRATIVE).status_code == 302
    draft = PeriodicReport.objects.get(pk=report.pk).get_latest_revision_as_object()
    assert draft.number == "25/BC-STC" and "Tọa đàm quý II" in draft.results

    # the Office cannot publish its own report
    edit(client, people["office"], report, action="action-publish")
    assert not PeriodicReport.objects.get(pk=report.pk).live

    mail.outbox.clear()
    response = edit(client, people["office"], report, action="action-submit")
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.workflow_in_progress
    assert [m.to for m in mail.outbox] == [[leader.email]]
    assert "Chờ duyệt" in mail.outbox[0].subject and report.title in mail.outbox[0].subject
    assert f"{BASE}edit/{report.pk}/" in mail.outbox[0].body
    assert f'Báo cáo "{report.title}" đang chờ anh/chị ở bước "Lãnh đạo Sở duyệt báo cáo"' in mail.outbox[0].body

    # under review, the Office can no longer change it
    edit(client, people["office"], report, results="Sửa khi đang chờ duyệt.")
    assert (
        "Sửa khi đang chờ duyệt."
        not in PeriodicReport.objects.get(pk=report.pk).get_latest_revision_as_object().results
    )

    # the Office is not the approver; returning needs a reason
    act(client, people["office"], report, "approve")
    assert report.workflow_in_progress and not PeriodicReport.objects.get(pk=report.pk).live
    act(client, leader, report, "reject")
    assert report.workflow_in_progress
    mail.outbox.clear()
    act(client, leader, report, "reject", comment="Bổ sung số liệu tọa đàm.")
    state = WorkflowState.objects.for_instance(report).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Bổ sung số liệu tọa đàm."
    assert [m.to for m in mail.outbox] == [[people["office"].email]]
    assert "Bổ sung số liệu tọa đàm." in mail.outbox[0].body and "Báo cáo bị trả lại" in mail.outbox[0].subject

    # corrected and sent again; the leadership approves: the report is issued
    edit(client, people["office"], report, action="action-submit", proposals="Đề nghị bổ sung kinh phí.")
    report.refresh_from_db()
    assert report.workflow_in_progress and not report.live
    mail.outbox.clear()
    act(client, leader, report, "approve")
    report = PeriodicReport.objects.get(pk=report.pk)
    assert report.live and report.figures_frozen
    assert [m.to for m in mail.outbox] == [[people["office"].email]] and "số liệu" in mail.outbox[0].body
    assert report.proposals == "Đề nghị bổ sung kinh phí." and report.number == "25/BC-STC"


def test_the_leadership_may_publish_directly_and_nobody_else(client, people, leader):
    report = saved(client, people)
    edit(client, leader, report, action="action-publish", **NARRATIVE)
    assert PeriodicReport.objects.get(pk=report.pk).live


# --- the snapshot does not move ---------------------------------------------------------------


def test_later_content_changes_neither_the_saved_figures_nor_the_docx(client, people, news):
    make_articles(news, 2, start=100)  # 11 and 12 April 2023
    report = saved(client, people)
    edit(client, people["office"], report, **NARRATIVE)
    figures = PeriodicReport.objects.get(pk=report.pk).figures
    client.force_login(people["office"])
    docx_before = docx_text(client.get(f"{BASE}export/{report.pk}/docx/").content)

    late = make_articles(news, 1, start=130, division=vi_division("quan-ly-ngan-sach"))[0]  # 11 May 2023
    late.reform_areas.set([vi_area(2)])

    assert PeriodicReport.objects.get(pk=report.pk).figures == figures
    assert docx_text(client.get(f"{BASE}export/{report.pk}/docx/").content) == docx_before
    assert late.title not in client.get(f"{BASE}inspect/{report.pk}/").content.decode()
    # while the live report screen counts the new article
    live = client.get("/admin/reports/bao-cao-dinh-ky/", Q2).content.decode()
    assert late.title in live
    assert compute(period_for(2023, "q2"))["totals"]["articles"] == figures["totals"]["articles"] + 1


def test_approval_freezes_the_figures_for_good(client, people, leader, news):
    report = saved(client, people)
    edit(client, leader, report, action="action-publish", **NARRATIVE)
    frozen = PeriodicReport.objects.get(pk=report.pk).figures
    make_articles(news, 1, start=110)
    # a refresh is refused, with a message, and changes nothing
    client.force_login(people["office"])
    response = client.post(f"{BASE}refresh/{report.pk}/", follow=True)
    assert "số liệu đã chốt" in response.content.decode()
    # a later change of the text, approved again, keeps the figures; so does reverting to the first revision
    edit(client, people["office"], report, results="Bổ sung đánh giá.")
    edit(client, leader, report, action="action-publish")
    first = Revision.objects.filter(object_id=str(report.pk), base_content_type__model="periodicreport").earliest("pk")
    client.force_login(leader)
    client.post(
        f"{BASE}history/{report.pk}/revisions/{first.pk}/revert/", {**edit_data(report), "action-publish": "on"}
    )
    report = PeriodicReport.objects.get(pk=report.pk)
    assert report.figures == frozen and report.live


def test_refreshing_a_draft_takes_the_figures_again_and_is_recorded(client, people, news, leader):
    report = saved(client, people)
    before = report.figures["totals"]["articles"]
    make_articles(news, 1, start=120)
    client.force_login(people["office"])
    response = client.post(f"{BASE}refresh/{report.pk}/", follow=True)
    assert "Đã cập nhật số liệu" in response.content.decode()
    assert PeriodicReport.objects.get(pk=report.pk).figures["totals"]["articles"] == before + 1
    history = client.get(f"{BASE}history/{report.pk}/").content.decode()
    assert f"Cập nhật số liệu: tin, bài {before} → {before + 1}" in history
    # not while the leadership is reviewing it
    edit(client, people["office"], report, action="action-submit")
    make_articles(news, 1, start=121)
    response = client.post(f"{BASE}refresh/{report.pk}/", follow=True)
    assert "Báo cáo đang chờ duyệt" in response.content.decode()
    assert PeriodicReport.objects.get(pk=report.pk).figures["totals"]["articles"] == before + 1
    assert client.get(f"{BASE}refresh/{report.pk}/").status_code == 405


# --- reading and exporting --------------------------------------------------------------------


def test_docx_carries_number_narrative_recipients_and_signer(client, people):
    report = saved(client, people)
    edit(client, people["office"], report, **{**NARRATIVE, "number": "25/bc-stc"})
    assert PeriodicReport.objects.get(pk=report.pk).get_latest_revision_as_object().number == "25/BC-STC"
    client.force_login(people["office"])
    response = client.get(f"{BASE}export/{report.pk}/docx/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-cchc-2023-q2-so-25.docx"'
    text = docx_text(response.content)
    for expected in (
        "Số: 25/BC-STC",
        "Bình Định, ngày 05 tháng 7 năm 2023",
        "Các phòng đã đăng đủ tin, bài theo kế hoạch.",
        "Tọa đàm quý II thu hút đông đảo công chức.",
        "Một số phòng còn chậm gửi tin.",
        "Đề nghị Sở Nội vụ tổ chức tập huấn viết tin.",
        "- Sở Nội vụ;",
        "- Sở Thông tin và Truyền thông;",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
    ):
        assert expected in text, expected


def test_xlsx_and_csv_hold_the_snapshot(client, people):
    from openpyxl import load_workbook

    report = saved(client, people)
    client.force_login(people["office"])
    xlsx = client.get(f"{BASE}export/{report.pk}/xlsx/")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(xlsx.content))
    assert workbook.sheetnames
    csv_text = client.get(f"{BASE}export/{report.pk}/csv/").content.decode("utf-8")
    assert csv_text.startswith("\ufeff") and report.figures["period"]["label"] in csv_text


@pytest.mark.parametrize(
    ("typed", "stored"), [("25", "25/BC-STC"), ("Số: 5/BC-STC", "05/BC-STC"), ("25 / bc - stc", "25/BC-STC")]
)
def test_the_number_is_normalised(client, people, typed, stored):
    report = saved(client, people)
    assert edit(client, people["office"], report, number=typed).status_code == 302
    assert PeriodicReport.objects.get(pk=report.pk).get_latest_revision_as_object().number == stored


@pytest.mark.parametrize("typed", ["828/QĐ-UBND", "25/BC-UBND", "abc"])
def test_other_numbers_are_refused_in_vietnamese(client, people, typed):
    report = saved(client, people)
    response = edit(client, people["office"], report, number=typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Số, ký hiệu của báo cáo có dạng 25/BC-STC." in html or "Số ký hiệu" in html


def test_the_report_reads_with_its_figures_and_narrative(client, people, news, leader):
    make_articles(news, 2, start=100)
    report = saved(client, people)
    edit(client, people["office"], report, **NARRATIVE)
    client.force_login(leader)
    html = client.get(f"{BASE}inspect/{report.pk}/").content.decode()
    assert report.title in html and "Số: 25/BC-STC" in html
    assert "Tọa đàm quý II thu hút đông đảo công chức." in html and "Nguyễn Văn An" in html
    assert "Tin số 100: cải cách hành chính" in html  # the items behind the numbers, from the snapshot
    assert f"{BASE}export/{report.pk}/docx/" in html
    assert "Lưu thành báo cáo" not in html and "Xem báo cáo</button>" not in html
    assert "Cập nhật số liệu" in html  # a draft not under review


def test_user_text_is_escaped(client, people):
    report = saved(client, people)
    edit(client, people["office"], report, results='<script>alert("x")</script>', signer="<b>Ký</b>")
    client.force_login(people["office"])
    html = client.get(f"{BASE}inspect/{report.pk}/").content.decode()
    assert '<script>alert("x")</script>' not in html and "&lt;script&gt;" in html
    assert "<b>Ký</b>" not in html


def test_a_pending_change_of_an_approved_report(client, people, leader):
    report = saved(client, people)
    edit(client, leader, report, action="action-publish", **NARRATIVE)
    edit(client, people["office"], report, results="Đoạn mới chưa duyệt.")
    client.force_login(people["office"])
    approved = client.get(f"{BASE}inspect/{report.pk}/").content.decode()
    assert "Đoạn mới chưa duyệt." not in approved and "Xem bản sửa đổi" in approved
    assert "Đoạn mới chưa duyệt." in client.get(f"{BASE}inspect/{report.pk}/", {"ban": "nhap"}).content.decode()
    assert "Đoạn mới chưa duyệt." not in docx_text(client.get(f"{BASE}export/{report.pk}/docx/").content)
    draft_docx = client.get(f"{BASE}export/{report.pk}/docx/", {"ban": "nhap"}).content
    assert "Đoạn mới chưa duyệt." in docx_text(draft_docx)


@pytest.mark.parametrize(
    "query", [Q2, {"nam": "2023", "ky": "custom", "tu": "2023-05-01", "den": "2023-05-31"}], ids=["q2", "custom"]
)
def test_saving_from_the_report_screen(client, people, query):
    import re

    client.force_login(people["office"])
    html = client.get("/admin/reports/bao-cao-dinh-ky/", query).content.decode()
    form = re.search(rf'<form method="post" action="{BASE}add/">(.*?)</form>', html, re.S)
    assert form and "Lưu thành báo cáo" in form.group(1)
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(1)))
    assert client.post(f"{BASE}add/", fields).status_code == 302
    report = PeriodicReport.objects.get()
    assert (report.first_day.isoformat(), report.period_code) == (
        query.get("tu", "2023-04-01"),
        query["ky"],
    )
    # the division staff do not get the button (nor the screen)
    client.force_login(people["writer"])
    assert "Lưu thành báo cáo" not in client.get("/admin/reports/bao-cao-dinh-ky/", query, follow=True).content.decode()


# --- queries ----------------------------------------------------------------------------------


def snapshot_with(count):
    figures = compute(period_for(2023, "q2"))
    item = {"id": 1, "title": "Tin mẫu", "url": None, "date": "2023-05-01", "division": "", "areas": []}
    figures["articles"]["items"] = [{**item, "id": i, "title": f"Tin mẫu {i}"} for i in range(count)]
    return figures


@pytest.mark.parametrize("view", ["inspect/{pk}/", "export/{pk}/docx/", "export/{pk}/xlsx/", "export/{pk}/csv/"])
def test_views_run_the_same_queries_whatever_the_snapshot_holds(client, people, django_assert_max_num_queries, view):
    import time

    client.force_login(people["office"])
    small = saved(client, people)
    large = saved(client, people)
    PeriodicReport.objects.filter(pk=small.pk).update(figures=snapshot_with(20))
    PeriodicReport.objects.filter(pk=large.pk).update(figures=snapshot_with(200))
    client.get(BASE + view.format(pk=small.pk))  # warm caches (content types, site)
    counts = []
    for report in (small, large):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            assert client.get(BASE + view.format(pk=report.pk)).status_code == 200
            elapsed = time.perf_counter() - started
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    with django_assert_max_num_queries(25):
        client.get(BASE + view.format(pk=large.pk))
    assert elapsed < 5


# --- demo -------------------------------------------------------------------------------------


def test_the_demo_report_is_approved_and_made_once():
    from reform.savedreports.demo import ensure_saved_report

    first = ensure_saved_report("mat-khau")
    assert ensure_saved_report("mat-khau").pk == first.pk
    assert PeriodicReport.objects.count() == 1
    assert first.live and first.figures_frozen and first.period_code == "q2" and first.year == 2023
    assert str(first.figures["totals"]["articles"]) in first.results
    published = ModelLogEntry.objects.get(action="wagtail.publish", object_id=str(first.pk))
    assert published.user.username == "lanhdao"
    assert published.user.groups.filter(name=setup.LEADERSHIP_GROUP).exists()


def test_listing_and_dashboards(client, people, leader):
    report = saved(client, people)
    client.force_login(people["office"])
    listing = client.get(BASE, {"year": "2023", "q": "Quý II"})
    assert listing.status_code == 200 and report.title in listing.content.decode()
    assert client.get(BASE, {"year": "abc"}).status_code == 200  # a bad filter value is ignored, not a 500
    assert BASE in client.get("/admin/").content.decode()  # the menu (JSON props of the sidebar)
    edit(client, people["office"], report, action="action-submit", **NARRATIVE)
    client.force_login(leader)
    dashboard = client.get("/admin/").content.decode()
    assert report.title in dashboard  # Wagtail's "awaiting your review" panel
    client.force_login(people["writer"])
    assert BASE not in client.get("/admin/").content.decode()


def test_the_listing_runs_the_same_queries_for_2_and_20_reports(client, people):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    period = period_for(2023, "q1")

    def add(count):
        reports = [PeriodicReport(title=f"Báo cáo {i}", figures={"schema": 1}) for i in range(count)]
        for report in reports:
            report.set_period(period)
        PeriodicReport.objects.bulk_create(reports)

    client.force_login(people["office"])
    counts = []
    for count in (2, 18):
        add(count)
        client.get(BASE)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(BASE).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] and counts[1] <= 30, counts
