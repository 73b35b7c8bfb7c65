"""Content for the periodic-report tests: a known first half of 2023, with drafts, English copies and
items on both sides of 1 April, built through the real models (revisions, the workflow's own API)."""

import datetime

from wagtail.models import Locale, Page, TaskState, WorkflowState

from reform.bootstrap import ensure_page_translation
from reform.demo.loader import ensure_plan
from reform.models import ArticlePage, EventPressCoverage
from tests.document_factories import make_document
from tests.event_factories import at, make_event, vi_kind
from tests.factories import ArticlePageFactory, vi_area, vi_division
from tests.workflow_helpers import draft_article


def article(news, title, day, division=None, areas=(), live=True):
    page = ArticlePageFactory(
        parent=news,
        title=title,
        date=day,
        live=live,
        division=vi_division(division) if division else None,
    )
    page.reform_areas.set([vi_area(number) for number in areas])
    page.save()
    return page


def set_first_published(page, moment):
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)


def press(event, *items):
    event.press_coverage = [
        EventPressCoverage(outlet_kind=kind, outlet=outlet, title=title, date=day, url=url)
        for kind, outlet, title, day, url in items
    ]
    if event.live:
        event.save_revision().publish()
    else:
        event.save()


def run_workflow(page, writer, head, office, submitted, approved, returned=None):
    """Submit page, optionally have the head return it once, then approve both steps; set the times."""
    state = page.get_workflow().start(page, writer)
    if returned is not None:
        state.current_task_state.reject(user=head, comment="Cần bổ sung số liệu.")
        state.refresh_from_db()
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED).update(finished_at=returned)
        state.resume(user=writer)
        state.refresh_from_db()
    state.current_task_state.approve(user=head)
    state.refresh_from_db()
    state.current_task_state.approve(user=office)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    WorkflowState.objects.filter(pk=state.pk).update(created_at=submitted)
    approvals = TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_APPROVED).order_by("pk")
    for task_state in approvals:
        # Each approval a little before the final one, the last exactly at `approved`.
        TaskState.objects.filter(pk=task_state.pk).update(finished_at=approved)
    earlier = list(approvals)[:-1]
    TaskState.objects.filter(pk__in=[t.pk for t in earlier]).update(finished_at=approved - datetime.timedelta(hours=2))
    return state


def report_content(site_pages, people):
    """The first half of 2023. Q1 figures by construction are in Q1 below (tests check them against the ORM)."""
    news, column = site_pages["news"], site_pages["column"]
    en = Locale.objects.get(language_code="en")
    pages = {}
    # Articles: two on each side of 1 April, one without division or area, a draft, an English copy.
    pages["a1"] = article(news, "Cải cách thủ tục thuế", datetime.date(2023, 1, 5), "quan-ly-ngan-sach", (1, 2))
    pages["a2"] = article(
        news, "Chuyển đổi số ngày cuối quý", datetime.date(2023, 3, 31), "tai-chinh-doanh-nghiep-tin-hoc", (6,)
    )
    pages["a3"] = article(news, "Tin chưa phân loại", datetime.date(2023, 2, 10))
    pages["a4"] = article(news, "Tin đầu quý II", datetime.date(2023, 4, 1), "quan-ly-ngan-sach", (1,))
    pages["draft"] = article(news, "Bản nháp quý I", datetime.date(2023, 2, 1), "quan-ly-ngan-sach", (1,), live=False)
    pages["english"] = ensure_page_translation(pages["a1"], en, title="Tax procedure reform", slug="tax-reform")

    # Documents: posted (first published) on both sides of midnight 31/3–1/4, and a draft.
    pages["d1"] = make_document("101/QĐ-UBND", "quyet-dinh", "ubnd-tinh-binh-dinh", datetime.date(2023, 3, 30))
    set_first_published(pages["d1"], at(2023, 3, 31, 23, 30))
    pages["d2"] = make_document("12/KH-STC", "ke-hoach", "so-tai-chinh-binh-dinh", datetime.date(2022, 12, 20))
    set_first_published(pages["d2"], at(2023, 2, 15, 9))
    pages["d3"] = make_document("05/2023/NĐ-CP", "nghi-dinh", "chinh-phu", datetime.date(2023, 3, 25))
    set_first_published(pages["d3"], at(2023, 4, 1, 0, 10))
    pages["d4"] = make_document("13/KH-STC", "ke-hoach", "so-tai-chinh-binh-dinh", publish=False)
    set_first_published(pages["d4"], at(2023, 2, 20, 9))

    # Sessions: public and internal, a monthly series, one running over midnight 31/3, a draft.
    pages["e1"] = make_event(
        title="Tọa đàm cải cách thủ tục hành chính",
        slug="toa-dam-q1",
        start=at(2023, 3, 20, 8),
        expected_participants=40,
        actual_participants=35,
    )
    pages["e2"] = make_event(
        title="Giao ban tháng 2",
        slug="giao-ban-thang-2",
        kind=vi_kind("giao-ban"),
        audience="internal",
        start=at(2023, 2, 13, 8),
        expected_participants=10,
        actual_participants=12,
    )
    pages["e3"] = make_event(
        title="Sinh hoạt Đoàn thanh niên",
        slug="doan-thanh-nien",
        kind=vi_kind("sinh-hoat-doan-thanh-nien"),
        audience="internal",
        start=at(2023, 1, 27, 16),
        end=at(2023, 1, 27, 17),
        recurrence="FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20230630",
    )
    pages["e4"] = make_event(
        title="Hội nghị xuyên đêm",
        slug="hoi-nghi-cuoi-quy",
        kind=vi_kind("hoi-nghi"),
        start=at(2023, 3, 31, 22),
        end=at(2023, 4, 1, 2),
        expected_participants=20,
        actual_participants=18,
    )
    pages["e5"] = make_event(
        title="Tọa đàm quý II",
        slug="toa-dam-q2",
        start=at(2023, 4, 5, 8),
        expected_participants=30,
        actual_participants=28,
    )
    pages["e6"] = make_event(
        title="Tọa đàm chưa đăng", slug="toa-dam-nhap", start=at(2023, 3, 10, 8), publish=False, live=False
    )
    press(
        pages["e1"],
        ("radio_tv", "Đài PT-TH Bình Định", "Tọa đàm về thủ tục hành chính", datetime.date(2023, 3, 21), ""),
        ("newspaper", "Báo Bình Định", "Sở Tài chính tọa đàm", datetime.date(2023, 3, 22), "https://example.org/a"),
    )
    press(pages["e5"], ("newspaper", "Báo Bình Định", "Tọa đàm quý II", datetime.date(2023, 4, 6), ""))
    press(pages["e6"], ("newspaper", "Báo Bình Định", "Tin về bản nháp", datetime.date(2023, 3, 11), ""))

    # The workflow: approved 9/3 after 3 working days; returned 13/3, approved 17/3 after 5.
    writer, head, office = people["writer"], people["head"], people["office"]
    w1 = draft_article(news, writer, title="Bài qua quy trình một")
    w2 = draft_article(news, writer, title="Bài qua quy trình hai")
    for page in (w1, w2):  # dated in Q3, so the article counts of Q1 and Q2 stay as above
        ArticlePage.objects.filter(pk=page.pk).update(date=datetime.date(2023, 8, 1))
        page.refresh_from_db()
        page.save_revision(user=writer)
    run_workflow(w1, writer, head, office, at(2023, 3, 6, 9), at(2023, 3, 9, 10))
    run_workflow(w2, writer, head, office, at(2023, 3, 10, 9), at(2023, 3, 17, 10), returned=at(2023, 3, 13, 15))
    pages["w1"], pages["w2"] = w1, w2
    # The seed's 2023 communication plan with its activities (counted by reform.plans.progress).
    pages["plan"] = ensure_plan(column, en)
    return pages


# --- what the database says, counted here without the report's code -----------------------------

Q1_EVENTS = {  # by construction above: (sessions, public, internal, expected, actual)
    "toa-dam": (1, 1, 0, 40, 35),
    "giao-ban": (1, 0, 1, 10, 12),
    "sinh-hoat-doan-thanh-nien": (3, 0, 3, 0, 0),  # 27/1, 24/2, 31/3; a series records no participants
    "hoi-nghi": (1, 1, 0, 20, 18),  # 31/3 22:00 to 1/4 02:00: counted on its first day only
}
Q1_WORKFLOW = {"quan-ly-ngan-sach": (2, 4.0, 1)}  # 3 and 5 working days; one return


def expected_tables(period, events=None, workflow=None):
    """{table title: {row label: (values…)}} straight from the ORM, plus the events and workflow given."""
    from reform.enums import IssuingLevel, PressOutletKind
    from reform.events.recurrence import local_midnight
    from reform.models import Division, DocumentType, EventKind, OfficialDocumentPage, ReformArea

    first, last = period.first_day, period.last_day
    lo, hi = local_midnight(first), local_midnight(last + datetime.timedelta(days=1))
    articles = ArticlePage.objects.live().filter(locale__language_code="vi", date__range=(first, last))
    documents = OfficialDocumentPage.objects.live().filter(
        locale__language_code="vi", first_published_at__gte=lo, first_published_at__lt=hi
    )
    press_items = EventPressCoverage.objects.filter(
        page__live=True, page__locale__language_code="vi", date__range=(first, last)
    )
    divisions = list(Division.objects.filter(locale__language_code="vi").order_by("sort_order", "name"))
    total = "Tổng cộng"

    def with_total(rows):
        return {**rows, total: (sum(value[0] for value in rows.values()),)}

    by_division = {d.name: (articles.filter(division=d).count(),) for d in divisions}
    if articles.filter(division__isnull=True).exists():
        by_division["Chưa ghi phòng"] = (articles.filter(division__isnull=True).count(),)
    by_area = {
        a.name: (articles.filter(reform_areas=a).count(),)
        for a in ReformArea.objects.filter(locale__language_code="vi").order_by("number")
    }
    if articles.filter(reform_areas__isnull=True).exists():
        by_area["Chưa gắn lĩnh vực"] = (articles.filter(reform_areas__isnull=True).count(),)
    by_level = {str(level.label): (documents.filter(issuing_body__level=level).count(),) for level in IssuingLevel}
    by_type = {
        t.name: (documents.filter(document_type=t).count(),)
        for t in DocumentType.objects.filter(locale__language_code="vi")
        if documents.filter(document_type=t).exists()
    }
    by_outlet = {str(kind.label): (press_items.filter(outlet_kind=kind).count(),) for kind in PressOutletKind}
    events = events or {}
    by_kind = {
        kind.name: events.get(kind.slug, (0, 0, 0, 0, 0))
        for kind in EventKind.objects.filter(locale__language_code="vi")
    }
    kind_total = tuple(sum(row[i] for row in by_kind.values()) for i in range(5))
    workflow = workflow or {}
    by_workflow = {d.name: workflow.get(d.slug, (0, None, 0)) for d in divisions}
    published = sum(row[0] for row in by_workflow.values())
    returned = sum(row[2] for row in by_workflow.values())
    medians = [row[1] for row in by_workflow.values() if row[1] is not None]
    return {
        "Tin, bài theo phòng": with_total(by_division),
        "Tin, bài theo lĩnh vực cải cách": by_area,
        "Văn bản đã đăng tải theo cấp ban hành": with_total(by_level),
        "Văn bản đã đăng tải theo loại": with_total(by_type) if by_type else {},
        "Buổi tổ chức theo loại và số người tham dự": {**by_kind, total: kind_total},
        "Tin, bài trên báo, đài theo loại cơ quan báo chí": with_total(by_outlet),
        "Thời gian duyệt và bản nháp bị trả lại theo phòng": {
            **by_workflow,
            total: (published, medians[0] if len(medians) == 1 else None, returned),
        },
        "_totals": {
            "articles": articles.count(),
            "documents": documents.count(),
            "press": press_items.count(),
            "sessions": kind_total[0],
            "participants_expected": kind_total[3],
            "participants_actual": kind_total[4],
            "published_via_workflow": published,
            "returned": returned,
        },
    }


def expected_activities(period, tables):
    """The seed plan's activities in the period, from the tables above (each measure counted there)."""
    from reform.demo.plan_activities import ACTIVITIES
    from reform.models import EventKind

    kinds = {kind.slug: kind.name for kind in EventKind.objects.filter(locale__language_code="vi")}
    events = tables["Buổi tổ chức theo loại và số người tham dự"]
    levels = {"central": "Trung ương", "province": "Tỉnh", "department": "Sở"}
    counts = []
    for spec in ACTIVITIES:
        if spec["measure"] == "events":
            counts.append(events[kinds[spec["event_kind"]]][0])
        elif spec["measure"] == "documents":
            counts.append(tables["Văn bản đã đăng tải theo cấp ban hành"][levels[spec["document_level"]]][0])
        elif spec["measure"] == "articles":
            counts.append(tables["_totals"]["articles"])
        else:
            counts.append(tables["_totals"]["press"])
    return [(spec["name"], spec["target"], count) for spec, count in zip(ACTIVITIES, counts, strict=True)]
