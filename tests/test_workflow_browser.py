"""The editorial workflow in a real browser, as the people who use it (docs/workflow.md).

Run 1: a writer of Phòng Quản lý ngân sách drafts and submits an article, the head of the division
approves it, Văn phòng Sở approves and it is public. Run 2: the Office returns an article with a
reason (which is required), the writer reads the reason, corrects and resubmits, and it is published.

Every step is photographed into test-artifacts/; `make guide` (UPDATE_GUIDE=1) also writes the
pictures into docs/guide/, which illustrates docs/huong-dan-su-dung.md, so the guide is refreshed from
the admin as it really is whenever the screens change, without every test run rewriting tracked files.
"""

import os
import re
import shutil
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.db import OperationalError
from wagtail.models import WorkflowState

from reform.demo.loader import DEMO_PASSWORD, load_demo
from reform.models import ArticleIndexPage, ArticlePage, Division
from tests.rich_content import fresh_site

pytestmark = pytest.mark.browser

GUIDE = Path(settings.BASE_DIR) / "docs" / "guide"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
STEP_TIMEOUT = 15_000  # ms, for every wait of every step
HEAD_STEP, OFFICE_STEP = "Lãnh đạo phòng duyệt", "Văn phòng Sở phê duyệt"
REASON = "Bổ sung số liệu quý II."


# --- the site, the people, their browsers -------------------------------------------------------


@pytest.fixture
def demo(transactional_db, live_server, settings):
    """The demo site and accounts (load_demo), built inside the test: the live server's clean-up
    flushes the database after each test."""
    settings.ROOT_URLCONF = "tests.urls_with_media"  # the demo's pictures on the public page
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no internet here: Wagtail's own avatar, not a broken image
    cache.clear()
    fresh_site()
    load_demo()
    mail.outbox.clear()
    news = ArticleIndexPage.objects.get(locale__language_code="vi")
    qlns = Division.objects.get(slug="quan-ly-ngan-sach", locale__language_code="vi")
    return {"url": live_server.url, "news": news, "qlns": qlns}


@pytest.fixture
def desks(browser, demo):
    """desks(username) → a logged-in admin page of its own browser context (one person's desk)."""
    contexts = []
    external = re.compile(r"^https?://(?!127\.0\.0\.1|localhost)")

    def new_context():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        context.set_default_timeout(STEP_TIMEOUT)
        context.set_default_navigation_timeout(STEP_TIMEOUT)
        context.route(external, lambda route: route.abort())  # nothing leaves the test machine
        contexts.append(context)
        return context

    def open_desk(username, shot_as=None):
        page = new_context().new_page()
        page.goto(demo["url"] + "/admin/login/")
        page.fill('input[name="username"]', username)
        page.fill('input[name="password"]', DEMO_PASSWORD)
        if shot_as:
            shot(page, shot_as)
        page.click('form button[type="submit"]')
        page.wait_for_url(lambda url: "/admin/login/" not in url)
        return page

    open_desk.anonymous = lambda: new_context().new_page()
    yield open_desk
    for context in contexts:
        context.close()


def shot(page, name):
    """A full-page JPEG in test-artifacts/, and in docs/guide/ for the user guide when UPDATE_GUIDE is set."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / f"guide-{name}.jpg"
    page.screenshot(path=str(target), type="jpeg", quality=70, full_page=True, animations="disabled", caret="hide")
    if os.environ.get("UPDATE_GUIDE"):
        GUIDE.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, GUIDE / f"{name}.jpg")


# --- the admin's controls -------------------------------------------------------------------------


def footer_menu(page):
    """Open the editor's footer action menu ("Lưu nháp" and the more-actions dropdown)."""
    toggle = page.locator("footer .actions .w-dropdown-button .w-dropdown__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    return page.locator("footer .actions .w-dropdown__content")


def submit_from_footer(page, selector):
    """Click an action of the footer menu that submits the edit form, and wait for the next page."""
    button = footer_menu(page).locator(selector)
    button.wait_for(state="visible")
    with page.expect_navigation():
        button.click()
    page.wait_for_load_state()


def open_settings_tab(page):
    """The editor tab holding the reform areas (its label is translated: find it by what it holds)."""
    panel_id = page.locator('[role="tabpanel"]:has(input[name="reform_areas"])').get_attribute("id")
    page.locator(f'[role="tab"][aria-controls="{panel_id}"]').click()
    page.locator('input[name="reform_areas"]').first.wait_for(state="visible")


def open_status_panel(page):
    toggle = page.locator('[data-side-panel-toggle="status"]')
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    page.locator('[data-side-panel="status"]').wait_for(state="visible")


def open_dialog(page, dialog_id):
    open_status_panel(page)
    page.locator(f'[data-side-panel="status"] [data-a11y-dialog-show="{dialog_id}"]').click()
    dialog = page.locator(f"#{dialog_id}")
    dialog.locator(".w-dialog__box").wait_for(state="visible")
    return dialog


def close_dialog(dialog):
    dialog.locator(".w-dialog__close-button").click()
    dialog.locator(".w-dialog__box").wait_for(state="hidden")


def dashboard_row(page, panel_id, article):
    return page.locator(f'#{panel_id} tr:has(a[href$="/pages/{article.pk}/edit/"])')


def dashboard_action(page, article, action, with_comment=False):
    """The row of "Đang chờ bạn duyệt" (Wagtail's panel of what the user may moderate), its menu open,
    and the button of the action in it."""
    row = dashboard_row(page, "awaiting-review-section", article)
    row.locator(".w-dropdown__toggle").click()
    modal = "[data-launch-modal]" if with_comment else ":not([data-launch-modal])"
    button = row.locator(f'button[data-workflow-action-url*="/{action}/"]{modal}')
    button.wait_for(state="visible")
    return row, button


def workflow_modal(page, action):
    """The modal Wagtail opens to collect a comment for a workflow action."""
    form = page.locator(f'.modal form[action*="/{action}/"]')
    form.locator('textarea[name="comment"]').wait_for(state="visible")
    return form


# --- the data behind the screens --------------------------------------------------------------------


def settled(query):
    """Run an ORM read, retrying while the live server writes: the shared in-memory SQLite database
    answers "database table is locked" at once instead of waiting (an editor's autosave, say)."""
    deadline = time.monotonic() + 5
    while True:
        try:
            return query()
        except OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def article_titled(title):
    return settled(lambda: ArticlePage.objects.get(title=title))


def fresh(article):
    return settled(lambda: ArticlePage.objects.get(pk=article.pk))


def workflow_of(article):
    return settled(lambda: WorkflowState.objects.filter(object_id=str(article.pk)).order_by("-pk").first())


def current_step(article):
    def step():
        state = WorkflowState.objects.filter(object_id=str(article.pk)).order_by("-pk").first()
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            return None
        return state.current_task_state.task.name

    return settled(step)


def public_status(desks, demo, article):
    """What an anonymous visitor gets at the article's address."""
    return desks.anonymous().request.get(demo["url"] + article.url).status


def mails_to(username):
    return [m for m in mail.outbox if m.to == [f"{username}@example.org"]]


def write_draft(page, demo, title, lead, tick_area=True):
    page.goto(f"{demo['url']}/admin/pages/add/reform/articlepage/{demo['news'].pk}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_lead").fill(lead)
    if tick_area:
        open_settings_tab(page)
        page.locator('input[name="reform_areas"]').first.check()


# --- run 1: writer → head → Office → public ---------------------------------------------------------


def test_article_goes_from_writer_through_head_and_office_to_the_public(demo, desks):
    title = "Sở Tài chính rút ngắn thời gian thẩm định quyết toán"
    lead = "Thời gian thẩm định quyết toán dự án hoàn thành giảm từ 30 xuống còn 20 ngày làm việc."

    # The writer logs in and drafts the article.
    writer = desks("bientap.qlns", shot_as="01-dang-nhap")
    write_draft(writer, demo, title, lead, tick_area=False)
    shot(writer, "02-bien-tap-soan-bai")
    open_settings_tab(writer)
    writer.locator('input[name="reform_areas"]').first.check()
    assert writer.locator("#id_division").input_value() == str(demo["qlns"].pk)  # the author's own division
    shot(writer, "03-bien-tap-phan-loai")

    # ... and submits it for approval from the footer's action menu.
    footer_menu(writer).locator('button[name="action-submit"]').wait_for(state="visible")
    shot(writer, "04-bien-tap-trinh-duyet")
    submit_from_footer(writer, 'button[name="action-submit"]')
    writer.locator(".messages .success").filter(has_text=title).wait_for()
    shot(writer, "05-bien-tap-da-trinh")
    article = article_titled(title)
    assert current_step(article) == HEAD_STEP
    assert not fresh(article).live
    assert public_status(desks, demo, article) == 404
    assert mails_to("truongphong.qlns"), "the head is told a draft waits for them"

    # The head finds it on the dashboard, reads it in the editor and approves.
    head = desks("truongphong.qlns")
    row = dashboard_row(head, "awaiting-review-section", article)
    row.wait_for()
    shot(head, "06-lanh-dao-cho-duyet")
    row.locator("td.title a").click()
    head.locator("#id_title").wait_for()
    footer_menu(head)
    shot(head, "07-lanh-dao-phe-duyet")
    submit_from_footer(head, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    assert current_step(article) == OFFICE_STEP
    assert public_status(desks, demo, article) == 404
    assert mails_to("vanphong"), "the Office is told a draft waits for it"

    # The Office sees it in its queue, could schedule it, and approves: it is published.
    office = desks("vanphong")
    queued = office.locator("#reform-office-queue-section tr").filter(has_text=title)
    queued.wait_for()
    assert "Phòng Quản lý ngân sách" in queued.inner_text() and OFFICE_STEP in queued.inner_text()
    shot(office, "08-van-phong-hang-doi")
    queued.locator("a").click()
    office.locator("#id_title").wait_for()
    footer_menu(office)
    shot(office, "10-van-phong-phe-duyet")
    office.keyboard.press("Escape")  # close the menu; the schedule is set in the status side panel
    schedule = open_dialog(office, "schedule-publishing-dialog")
    assert schedule.locator('input[name="go_live_at"]').is_visible()
    shot(office, "09-van-phong-hen-gio")
    close_dialog(schedule)
    submit_from_footer(office, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    shot(office, "11-van-phong-da-xuat-ban")
    assert fresh(article).live
    assert workflow_of(article).status == WorkflowState.STATUS_APPROVED
    assert any("Đã phê duyệt" in m.subject for m in mails_to("bientap.qlns"))

    visitor = desks.anonymous()
    response = visitor.goto(demo["url"] + article.url)
    assert response.status == 200
    assert visitor.locator("h1").first.inner_text().strip() == title
    shot(visitor, "12-trang-cong-khai")


# --- run 2: returned with a reason, corrected, resubmitted, published ---------------------------------


def test_returned_article_is_corrected_resubmitted_and_published(demo, desks):
    title = "Kết quả giải ngân vốn đầu tư công sáu tháng đầu năm"
    lead = "Sở Tài chính tổng hợp kết quả giải ngân vốn đầu tư công của các chủ đầu tư."
    corrected_lead = lead + " Số liệu quý II đã được bổ sung theo báo cáo của Kho bạc."

    # The checks before submitting: no reform area, no submission.
    writer = desks("bientap.qlns")
    write_draft(writer, demo, title, lead, tick_area=False)
    submit_from_footer(writer, 'button[name="action-submit"]')
    error = writer.locator(".error-message").filter(has_text="Chọn ít nhất một lĩnh vực cải cách hành chính.")
    open_settings_tab(writer)
    error.wait_for(state="visible")
    assert not writer.locator(".messages .success").count()
    shot(writer, "20-bien-tap-kiem-tra-truoc-khi-trinh")
    writer.locator('input[name="reform_areas"]').first.check()
    submit_from_footer(writer, 'button[name="action-submit"]')
    writer.locator(".messages .success").filter(has_text=title).wait_for()
    article = article_titled(title)
    assert current_step(article) == HEAD_STEP

    # The head approves from the dashboard, with a comment for the writer.
    head = desks("truongphong.qlns")
    row, button = dashboard_action(head, article, "approve", with_comment=True)
    button.click()
    form = workflow_modal(head, "approve")
    form.locator('textarea[name="comment"]').fill("Đồng ý, đề nghị Văn phòng Sở xem xét.")
    shot(head, "21-lanh-dao-phe-duyet-kem-y-kien")
    mail.outbox.clear()
    form.locator('button[type="submit"]').click()
    row.wait_for(state="detached")
    assert current_step(article) == OFFICE_STEP
    assert any("đề nghị Văn phòng Sở xem xét" in m.body for m in mails_to("bientap.qlns"))

    # The Office returns it: the reason is required.
    office = desks("vanphong")
    office.locator("#reform-office-queue-section tr").filter(has_text=title).locator("a").click()
    office.locator("#id_title").wait_for()
    footer_menu(office).locator('button[data-workflow-action-name="reject"]').click()
    form = workflow_modal(office, "reject")
    form.locator('button[type="submit"]').click()
    office.locator(".modal .error-message").filter(has_text="Hãy ghi lý do trả lại").wait_for()
    shot(office, "22-van-phong-tra-lai-thieu-ly-do")
    assert current_step(article) == OFFICE_STEP
    form = workflow_modal(office, "reject")
    form.locator('textarea[name="comment"]').fill(REASON)
    shot(office, "23-van-phong-tra-lai")
    mail.outbox.clear()
    with office.expect_navigation():
        form.locator('button[type="submit"]').click()
    office.wait_for_url(lambda url: f"/pages/{article.pk}/edit/" not in url)
    assert workflow_of(article).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any(REASON in m.body for m in mails_to("bientap.qlns")), "the writer is told why"
    assert any(REASON in m.body for m in mails_to("truongphong.qlns")), "so is the head who approved it"
    office.goto(demo["url"] + "/admin/")
    returned = office.locator("#reform-office-queue-section li").filter(has_text=title)
    assert REASON in returned.inner_text()
    shot(office, "24-van-phong-bai-bi-tra-lai")

    # The writer sees the reason on the dashboard and in the editor, corrects the lead and resubmits.
    writer = desks("bientap.qlns")
    notice = writer.locator("#reform-returned-drafts-section li").filter(has_text=title)
    assert REASON in notice.inner_text()
    shot(writer, "25-bien-tap-bai-bi-tra-lai")
    notice.locator("a").click()
    writer.locator("#id_title").wait_for()
    history = open_dialog(writer, "workflow-status-dialog")
    history.get_by_text(REASON).wait_for()
    shot(writer, "26-bien-tap-xem-ly-do")
    close_dialog(history)
    writer.locator('[data-side-panel-toggle="status"]').click()
    writer.locator("#id_lead").fill(corrected_lead)
    footer_menu(writer).locator('button[name="action-restart-workflow"]').wait_for(state="visible")
    assert footer_menu(writer).locator('button[name="action-submit"]').is_visible()  # "Trình lại bước …"
    shot(writer, "27-bien-tap-trinh-lai")
    mail.outbox.clear()
    submit_from_footer(writer, 'button[name="action-restart-workflow"]')
    assert current_step(article) == HEAD_STEP
    assert settled(lambda: fresh(article).get_latest_revision_as_object().lead) == corrected_lead
    assert mails_to("truongphong.qlns")

    # Head and Office approve again, this time from their dashboards; the article is public.
    head = desks("truongphong.qlns")
    row, button = dashboard_action(head, article, "approve")
    shot(head, "28-lanh-dao-duyet-tren-bang-dieu-khien")
    button.click()
    row.wait_for(state="detached")
    assert current_step(article) == OFFICE_STEP

    office = desks("vanphong")
    row, button = dashboard_action(office, article, "approve")
    shot(office, "29-van-phong-duyet-tren-bang-dieu-khien")
    button.click()
    row.wait_for(state="detached")
    published = fresh(article)
    assert published.live and published.lead == corrected_lead
    assert public_status(desks, demo, article) == 200

    # The page's history, and the approvals report with its CSV export.
    office.goto(f"{demo['url']}/admin/pages/{article.pk}/history/")
    office.get_by_text(REASON).first.wait_for()
    shot(office, "30-lich-su-trang")
    office.goto(demo["url"] + "/admin/reports/phe-duyet/")
    office.locator("#listing-results").get_by_text(REASON).wait_for()
    office.locator(".w-slim-header .w-dropdown:not(.w-dropdown--drilldown) > .w-dropdown__toggle").click()
    csv_link = office.locator('a[href*="export=csv"]')
    csv_link.wait_for(state="visible")
    shot(office, "31-bao-cao-phe-duyet")
    export = office.request.get(demo["url"] + csv_link.get_attribute("href"))
    assert export.status == 200
    rows = export.text()
    assert title in rows and REASON in rows
    office.keyboard.press("Escape")
    office.locator(".w-dropdown--drilldown > .w-dropdown__toggle").click()
    office.locator(".w-drilldown__contents").first.wait_for(state="visible")
    shot(office, "32-bao-cao-bo-loc")
