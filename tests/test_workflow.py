"""The editorial flow: writer → head of the page's division → Văn phòng Sở → published.

Every cell of DESIGN.md's permission matrix is exercised over HTTP as that user.
"""

import pytest
from django.core import mail
from wagtail.models import GroupPagePermission, Page, TaskState, WorkflowState

from reform.models import ArticlePage, Division
from tests.workflow_helpers import draft_article, edit_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def submit(client, user, article, **overrides):
    client.force_login(user)
    return client.post(edit_url(article), {**edit_data(article, **overrides), "action-submit": "on"})


def act(client, user, article, action, comment=None, xhr=False):
    client.force_login(user)
    state = WorkflowState.objects.get(object_id=str(article.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    url = f"/admin/pages/workflow/action/{article.pk}/{action}/{state.current_task_state_id}/"
    data = {} if comment is None else {"comment": comment}
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if xhr else {}
    return client.post(url, data, **headers)


def current_task_name(article):
    state = WorkflowState.objects.filter(object_id=str(article.pk)).order_by("-pk").first()
    return state.current_task_state.task.name if state and state.current_task_state else None


# --- roles and groups -----------------------------------------------------------------------


def test_every_division_has_writers_and_heads_groups():
    for division in Division.objects.filter(locale__language_code="vi"):
        assert division.writers_group.name.startswith("Biên tập viên - ")
        assert division.heads_group.name.startswith("Lãnh đạo - ")


def test_adding_a_division_in_the_admin_creates_its_groups(client, people):
    client.force_login(people["admin"])
    response = client.post(
        "/admin/snippets/reform/division/add/",
        {
            "name": "Phòng Thử nghiệm",
            "slug": "phong-thu-nghiem",
            "abbreviation": "TN",
            "description": "",
            "sort_order": 9,
        },
    )
    assert response.status_code == 302, response.content[:500]
    division = Division.objects.get(slug="phong-thu-nghiem")
    assert division.writers_group.name == "Biên tập viên - Phòng Thử nghiệm"
    assert GroupPagePermission.objects.filter(group=division.heads_group).exists()


# --- the permission matrix ------------------------------------------------------------------


@pytest.mark.parametrize(("role", "allowed"), [("writer", True), ("head", True), ("office", True), ("admin", True)])
def test_create_a_draft_in_the_column(client, people, news, role, allowed):
    client.force_login(people[role])
    response = client.get(f"/admin/pages/add/reform/articlepage/{news.pk}/")
    assert (response.status_code == 200) is allowed


def test_public_cannot_reach_the_admin(client, news):
    response = client.get(f"/admin/pages/add/reform/articlepage/{news.pk}/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    ("role", "own", "other"),
    [("writer", True, False), ("head", True, False), ("office", True, True), ("admin", True, True)],
)
def test_edit_drafts_by_division(client, people, news, role, own, other):
    mine = draft_article(news, people["writer"])
    theirs = draft_article(news, people["other_writer"], "tai-chinh-doanh-nghiep-tin-hoc", "Bản nháp phòng khác")
    client.force_login(people[role])
    assert (client.get(edit_url(mine)).status_code == 200) is own
    assert (client.get(edit_url(theirs)).status_code == 200) is other
    # and a POST to another division's page changes nothing
    client.post(edit_url(theirs), edit_data(theirs, title="Sửa trái phép"))
    assert (ArticlePage.objects.get(pk=theirs.pk).get_latest_revision_as_object().title == "Sửa trái phép") is other


@pytest.mark.parametrize(("role", "allowed"), [("writer", False), ("head", False), ("office", True), ("admin", True)])
def test_publish_directly(client, people, news, role, allowed):
    article = draft_article(news, people["writer"])
    client.force_login(people[role])
    client.post(edit_url(article), {**edit_data(article), "action-publish": "on"})
    assert ArticlePage.objects.get(pk=article.pk).live is allowed


@pytest.mark.parametrize(("role", "allowed"), [("writer", False), ("head", False), ("office", True), ("admin", True)])
def test_unpublish_delete_move_published_pages(client, people, news, role, allowed):
    article = draft_article(news, people["writer"])
    article.get_latest_revision().publish()
    client.force_login(people[role])
    for view in ("unpublish", "delete", "move"):
        response = client.get(f"/admin/pages/{article.pk}/{view}/")
        assert (response.status_code == 200) is allowed, (view, response.status_code)
    client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert ArticlePage.objects.get(pk=article.pk).live is not allowed


@pytest.mark.parametrize("role", ["writer", "head", "office", "admin"])
def test_nobody_sees_a_draft_on_the_public_site(client, people, news, role):
    article = draft_article(news, people["writer"])
    client.force_login(people[role])
    assert client.get(article.url).status_code == 404


# --- the flow -------------------------------------------------------------------------------


def test_full_flow_writer_head_office_publishes(client, people, news):
    article = draft_article(news, people["writer"])
    response = submit(client, people["writer"], article)
    assert response.status_code == 302
    assert current_task_name(article) == "Lãnh đạo phòng duyệt"
    assert [m.to for m in mail.outbox] == [[people["head"].email]]
    assert "Chờ duyệt" in mail.outbox[0].subject and edit_url(article) in mail.outbox[0].body

    # a head of another division can neither act nor see it as theirs
    assert act(client, people["other_head"], article, "approve").status_code in {302, 403}
    assert current_task_name(article) == "Lãnh đạo phòng duyệt"
    task = TaskState.objects.get(pk=WorkflowState.objects.get(object_id=str(article.pk)).current_task_state_id)
    assert not task.task.specific.get_task_states_user_can_moderate(people["other_head"]).filter(pk=task.pk).exists()
    assert task.task.specific.get_task_states_user_can_moderate(people["head"]).filter(pk=task.pk).exists()
    assert act(client, people["writer"], article, "approve").status_code in {302, 403}
    assert current_task_name(article) == "Lãnh đạo phòng duyệt"

    mail.outbox.clear()
    act(client, people["head"], article, "approve")
    assert current_task_name(article) == "Văn phòng Sở phê duyệt"
    assert people["office"].email in {m.to[0] for m in mail.outbox}
    assert not ArticlePage.objects.get(pk=article.pk).live

    mail.outbox.clear()
    act(client, people["office"], article, "approve")
    assert ArticlePage.objects.get(pk=article.pk).live
    assert any("Đã phê duyệt" in m.subject and m.to == [people["writer"].email] for m in mail.outbox)


def test_returning_needs_a_reason_and_reaches_author_and_earlier_approver(client, people, news):
    article = draft_article(news, people["writer"])
    submit(client, people["writer"], article)
    act(client, people["head"], article, "approve")
    response = act(client, people["office"], article, "reject", comment="", xhr=True)
    assert "Hãy ghi lý do trả lại" in response.json()["html"]
    assert WorkflowState.objects.get(object_id=str(article.pk)).status == WorkflowState.STATUS_IN_PROGRESS

    mail.outbox.clear()
    act(client, people["office"], article, "reject", comment="Bổ sung số liệu quý II.")
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    recipients = {m.to[0]: m for m in mail.outbox}
    assert "Bổ sung số liệu quý II." in recipients[people["writer"].email].body
    assert "Bổ sung số liệu quý II." in recipients[people["head"].email].body

    # the author sees the reason in the editor
    client.force_login(people["writer"])
    assert "Bổ sung số liệu quý II." in client.get(edit_url(article)).content.decode()


def test_approve_with_comment_reaches_the_author(client, people, news):
    article = draft_article(news, people["writer"])
    submit(client, people["writer"], article)
    mail.outbox.clear()
    act(client, people["head"], article, "approve", comment="Được, lưu ý chính tả đoạn 2.")
    mail_to_author = [m for m in mail.outbox if m.to == [people["writer"].email]]
    assert mail_to_author and "lưu ý chính tả" in mail_to_author[0].body


def test_head_submitting_their_own_draft_goes_straight_to_the_office(client, people, news):
    article = draft_article(news, people["head"])
    submit(client, people["head"], article)
    assert current_task_name(article) == "Văn phòng Sở phê duyệt"


def test_division_without_head_skips_the_division_step(client, people, news):
    article = draft_article(news, people["admin"], "thanh-tra", "Bản nháp của Thanh tra")
    submit(client, people["admin"], article)
    assert current_task_name(article) == "Văn phòng Sở phê duyệt"
    skipped = TaskState.objects.filter(workflow_state__object_id=str(article.pk), status=TaskState.STATUS_APPROVED)
    assert "chưa có lãnh đạo" in skipped.get().comment


def test_scheduled_publication_on_final_approval(client, people, news):
    from datetime import timedelta

    from django.utils import timezone

    article = draft_article(news, people["writer"])
    go_live = timezone.localtime() + timedelta(days=2)
    submit(client, people["writer"], article, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    act(client, people["head"], article, "approve")
    act(client, people["office"], article, "approve")
    page = ArticlePage.objects.get(pk=article.pk)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None


# --- divisions on pages ---------------------------------------------------------------------


def test_new_page_starts_in_the_authors_division(client, people, news):
    client.force_login(people["writer"])
    html = client.get(f"/admin/pages/add/reform/articlepage/{news.pk}/").content.decode()
    qlns = Division.objects.get(slug="quan-ly-ngan-sach", locale__language_code="vi")
    assert f'<option value="{qlns.pk}" selected>' in html
    other = Division.objects.get(slug="thanh-tra", locale__language_code="vi")
    assert f'<option value="{other.pk}"' not in html


def test_writer_cannot_move_a_page_to_another_division(client, people, news):
    article = draft_article(news, people["writer"])
    other = Division.objects.get(slug="thanh-tra", locale__language_code="vi")
    client.force_login(people["writer"])
    response = client.post(edit_url(article), edit_data(article, division=other.pk))
    assert response.status_code == 200  # the form comes back with an error
    assert Page.objects.get(pk=article.pk).specific.get_latest_revision_as_object().division_id != other.pk


# --- preflight ------------------------------------------------------------------------------


def test_preflight_blocks_submission_but_not_saving_a_draft(client, people, news):
    article = draft_article(news, people["writer"])
    client.force_login(people["writer"])
    data = edit_data(article, reform_areas=[])
    saved = client.post(edit_url(article), data)
    assert saved.status_code == 302  # a draft may be incomplete
    response = client.post(edit_url(article), {**data, "action-submit": "on"})
    assert response.status_code == 200
    assert "Chọn ít nhất một lĩnh vực cải cách hành chính." in response.content.decode()
    assert not WorkflowState.objects.filter(object_id=str(article.pk)).exists()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("writer", False), ("head", True), ("other_head", False), ("office", False), ("admin", True)],
)
def test_approve_the_division_step(client, people, news, role, allowed):
    article = draft_article(news, people["writer"])
    submit(client, people["writer"], article)
    act(client, people[role], article, "approve")
    moved_on = current_task_name(article) == "Văn phòng Sở phê duyệt"
    assert moved_on is allowed


@pytest.mark.parametrize(("role", "allowed"), [("head", False), ("office", True), ("admin", True)])
def test_approve_and_publish_step(client, people, news, role, allowed):
    article = draft_article(news, people["writer"])
    submit(client, people["writer"], article)
    act(client, people["head"], article, "approve")
    act(client, people[role], article, "approve")
    assert ArticlePage.objects.get(pk=article.pk).live is allowed
