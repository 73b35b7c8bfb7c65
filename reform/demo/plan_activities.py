"""The 2023 plan's activities, from its "II.2. Hình thức" and "IV. Tổ chức thực hiện", and their loading.

Source: shared/seed/ke-hoach-truyen-thong-cchc-2023.txt. The plan gives no numeric target: the only
targets here (12 sessions) follow from its "hàng tháng" (monthly) and each one's note says so.
Where the plan names no lead for a form, the lead is Văn phòng Sở, which IV.3 makes lead of the whole
plan ("chủ trì, phối hợp với các phòng thực hiện tốt các nội dung trong kế hoạch này"), and the note
says that too. IV.1 makes every division responsible for dissemination: "all" cooperating divisions
are the divisions other than the lead. Activities without a stated frequency are "thường xuyên", as
the plan's requirements (I.2) ask of all dissemination.

Fields: name, form, lead and cooperating (Division slugs, or "all"), cadence, target, measure and the
optional filters event_kind (EventKind slug) and document_level; note; en (name, form, note).
"""

BASIS_NUMBER = "828/QĐ-UBND"

MONTHLY_NOTE = (
    "Chỉ tiêu 12 buổi suy ra từ tần suất “hàng tháng” của kế hoạch (mục II.2); kế hoạch không giao chỉ tiêu bằng số."
)
MONTHLY_NOTE_EN = "The target of 12 follows from the plan's “monthly” (II.2); the plan sets no numeric target."
OFFICE_LEAD = "Kế hoạch không giao phòng chủ trì riêng; Văn phòng Sở chủ trì chung theo mục IV.3."
OFFICE_LEAD_EN = "The plan names no lead for this form; the Department Office leads the plan as a whole (IV.3)."
NO_TARGET = "Kế hoạch không giao chỉ tiêu bằng số."
NO_TARGET_EN = "The plan sets no numeric target."


def _oral(kind, name, name_en, monthly=True):
    note, note_en = (MONTHLY_NOTE, MONTHLY_NOTE_EN) if monthly else (NO_TARGET, NO_TARGET_EN)
    return {
        "name": f"Tuyên truyền miệng về cải cách hành chính qua {name}",
        "form": "Tuyên truyền miệng",
        "lead": "van-phong",
        "cooperating": "all",
        "cadence": "monthly" if monthly else "regular",
        "target": 12 if monthly else None,
        "measure": "events",
        "event_kind": kind,
        "note": f"{note} {OFFICE_LEAD}",
        "en": {
            "name": f"Oral dissemination on administrative reform at {name_en}",
            "form": "Oral dissemination",
            "note": f"{note_en} {OFFICE_LEAD_EN}",
        },
    }


def _posting(level, name, name_en):
    return {
        "name": f"Đăng tải các văn bản của {name} về công tác cải cách hành chính trên Cổng thông tin điện tử của Sở",
        "form": "Đăng tải văn bản",
        "lead": "tai-chinh-doanh-nghiep-tin-hoc",
        "cooperating": "all",
        "cadence": "regular",
        "target": None,
        "measure": "documents",
        "document_level": level,
        "note": f"{NO_TARGET} Phòng chủ trì theo mục IV.2 của kế hoạch.",
        "en": {
            "name": f"Posting {name_en} documents on administrative reform on the Department's portal",
            "form": "Posting documents",
            "note": f"{NO_TARGET_EN} Lead division as in IV.2 of the plan.",
        },
    }


ACTIVITIES = [
    # "Tuyên truyền miệng thông qua các buổi học Nghị quyết, các buổi họp giao ban, họp chi bộ, họp Đoàn
    # thanh niên hàng tháng": "hàng tháng" goes with the meetings; study sessions follow each resolution.
    _oral(
        "hoc-tap-quan-triet-nghi-quyet", "các buổi học tập, quán triệt Nghị quyết", "resolution study sessions", False
    ),
    _oral("giao-ban", "các buổi họp giao ban", "briefings (giao ban)"),
    _oral("sinh-hoat-chi-bo", "các buổi họp chi bộ", "Party cell meetings"),
    _oral("sinh-hoat-doan-thanh-nien", "các buổi họp Đoàn thanh niên", "Youth Union meetings"),
    # "Đăng tải các văn bản của Trung ương và của tỉnh … trên Cổng thông tin điện tử của Sở" (IV.2: TCDN-TH).
    _posting("central", "Trung ương", "central"),
    _posting("province", "tỉnh", "provincial"),
    {
        "name": "Tổ chức các buổi tọa đàm về công tác cải cách hành chính của tỉnh và của Sở",
        "form": "Tọa đàm",
        "lead": "van-phong",
        "cooperating": "all",
        "cadence": "regular",
        "target": None,
        "measure": "events",
        "event_kind": "toa-dam",
        "note": f"{NO_TARGET} {OFFICE_LEAD}",
        "en": {
            "name": "Holding seminars on the administrative reform of the province and of the Department",
            "form": "Seminars",
            "note": f"{NO_TARGET_EN} {OFFICE_LEAD_EN}",
        },
    },
    {
        "name": (
            "Xây dựng, củng cố chuyên mục cải cách hành chính trên Cổng thông tin điện tử của Sở; viết tin, bài "
            "đăng trên trang thông tin điện tử của cơ quan"
        ),
        "form": "Tin, bài trên chuyên mục",
        "lead": "tai-chinh-doanh-nghiep-tin-hoc",
        "cooperating": "all",
        "cadence": "regular",
        "target": None,
        "measure": "articles",
        "note": f"{NO_TARGET} Phòng chủ trì theo mục IV.2 của kế hoạch.",
        "en": {
            "name": (
                "Building up the administrative reform column on the Department's portal; writing news and "
                "articles for the agency's website"
            ),
            "form": "News and articles in the column",
            "note": f"{NO_TARGET_EN} Lead division as in IV.2 of the plan.",
        },
    },
    {
        "name": (
            "Phối hợp với Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định đưa tin, bài viết về công tác CCHC"
        ),
        "form": "Phối hợp với báo, đài",
        "lead": "van-phong",
        "cooperating": "all",
        "cadence": "regular",
        "target": None,
        "measure": "press",
        "note": f"{NO_TARGET} {OFFICE_LEAD}",
        "en": {
            "name": (
                "Working with Binh Dinh Radio and Television and Binh Dinh Newspaper on news and articles about "
                "the reform"
            ),
            "form": "Working with the press",
            "note": f"{NO_TARGET_EN} {OFFICE_LEAD_EN}",
        },
    },
]


def build_activities(locale, english=False):
    """Unsaved PlanActivity rows for a plan page in locale (taxonomy rows of that locale)."""
    from ..models import Division, EventKind, PlanActivity

    divisions = {row.slug: row for row in Division.objects.filter(locale=locale)}
    kinds = {row.slug: row for row in EventKind.objects.filter(locale=locale)}
    activities = []
    for order, spec in enumerate(ACTIVITIES):
        text = spec["en"] if english else spec
        activity = PlanActivity(
            sort_order=order,
            name=text["name"],
            form=text["form"],
            lead_division=divisions.get(spec["lead"]),
            cadence=spec["cadence"],
            target=spec["target"],
            measure=spec["measure"],
            event_kind=kinds.get(spec.get("event_kind")),
            document_level=spec.get("document_level", ""),
            note=text["note"],
        )
        cooperating = spec["cooperating"]
        slugs = [slug for slug in divisions if slug != spec["lead"]] if cooperating == "all" else cooperating
        activity.cooperating_divisions = [divisions[slug] for slug in slugs if slug in divisions]
        activities.append(activity)
    return activities


def ensure_plan_activities(page, en):
    """Activities, the library link to 828/QĐ-UBND and public progress, once: a second run adds nothing."""
    from ..bootstrap import publish
    from ..models import OfficialDocumentPage
    from ..numbering import number_key

    basis = (
        OfficialDocumentPage.objects.live()
        .filter(locale_id=page.locale_id, number_key=number_key(BASIS_NUMBER))
        .first()
    )
    translation = page.get_translation_or_none(en)
    for plan, english in ((page, False), (translation.specific if translation else None, True)):
        if plan is None:
            continue
        changed = False
        if not plan.activities.exists():
            plan.activities = build_activities(plan.locale, english)
            plan.show_progress = True
            changed = True
        if basis is not None and plan.basis_document_id is None:
            plan.basis_document = basis
            changed = True
        if changed:
            publish(plan)
    return page
