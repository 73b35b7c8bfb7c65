"""The Office's dashboard, the author's returned drafts and the approvals report."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from reform.workflow.workdays import working_days_between
from tests.test_workflow import act, submit
from tests.workflow_helpers import draft_article

pytestmark = pytest.mark.django_db


def test_working_days_skip_weekends_and_configured_holidays(settings):
    friday = datetime.date(2023, 4, 28)
    assert working_days_between(friday, datetime.date(2023, 5, 2)) == 2  # Mon 1/5, Tue 2/5
    settings.REFORM_HOLIDAYS = ["2023-05-01"]
    assert working_days_between(friday, datetime.date(2023, 5, 2)) == 1
    assert working_days_between(friday, friday) == 0


def test_office_dashboard_lists_waiting_drafts_by_step_with_overdue_marker(client, people, news, settings):
    settings.REFORM_WORKFLOW_OVERDUE_DAYS = 2
    fresh = draft_article(news, people["writer"], title="Bài mới trình")
    old = draft_article(news, people["writer"], title="Bài trình đã lâu")
    submit(client, people["writer"], fresh)
    submit(client, people["writer"], old)
    old_state = WorkflowState.objects.get(object_id=str(old.pk))
    TaskState.objects.filter(pk=old_state.current_task_state_id).update(
        started_at=timezone.now() - datetime.timedelta(days=10)
    )
    client.force_login(people["office"])
    html = client.get("/admin/").content.decode()
    assert "Việc chờ duyệt của Văn phòng Sở" in html
    assert "Bài mới trình" in html and "Bài trình đã lâu" in html
    assert html.count("reform-overdue") == 1
    assert "Phòng Quản lý ngân sách" in html
    # writers do not get the Office's queue
    client.force_login(people["writer"])
    assert "Việc chờ duyệt của Văn phòng Sở" not in client.get("/admin/").content.decode()


def test_author_sees_the_reason_on_the_dashboard(client, people, news):
    article = draft_article(news, people["writer"], title="Bài cần sửa")
    submit(client, people["writer"], article)
    act(client, people["head"], article, "reject", comment="Thiếu nguồn trích dẫn.")
    client.force_login(people["writer"])
    html = client.get("/admin/").content.decode()
    assert "Bản nháp của bạn bị trả lại" in html and "Thiếu nguồn trích dẫn." in html


def test_approval_report_filters_by_division_and_exports_csv(client, people, news):
    mine = draft_article(news, people["writer"], title="Bài phòng ngân sách")
    theirs = draft_article(news, people["other_writer"], "tai-chinh-doanh-nghiep-tin-hoc", "Bài phòng doanh nghiệp")
    submit(client, people["writer"], mine)
    submit(client, people["other_writer"], theirs)
    act(client, people["head"], mine, "approve")
    act(client, people["other_head"], theirs, "reject", comment="Viết lại phần mở đầu.")

    client.force_login(people["writer"])
    assert client.get("/admin/reports/phe-duyet/").status_code in {302, 403}

    client.force_login(people["office"])
    from reform.models import Division

    qlns = Division.objects.get(slug="quan-ly-ngan-sach", locale__language_code="vi")
    html = client.get("/admin/reports/phe-duyet/results/", {"division": qlns.pk}).content.decode()
    assert "Bài phòng ngân sách" in html and "Bài phòng doanh nghiệp" not in html

    response = client.get("/admin/reports/phe-duyet/", {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Tiêu đề", "Phòng"]
    titles = {row[0]: row for row in rows[1:]}
    assert titles["Bài phòng doanh nghiệp"][6] == "Viết lại phần mở đầu."
    assert titles["Bài phòng ngân sách"][1] == "Phòng Quản lý ngân sách"
