"""Demo events: the 2023 seminar, a resolution-study session and the recurring internal sessions.

The plan (shared/seed) names these forms of dissemination: seminars (tọa đàm), resolution-study
sessions, weekly briefings (giao ban) and monthly chi bộ and Đoàn thanh niên meetings. Dates match
the demo articles that report on them; participant counts and press items are sample data and the
seminar's outcome says so. Holidays excluded from the recurring sessions are Vietnam's 2023 public
holidays (Tết Nguyên đán, 1/5, Quốc khánh).
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings

ZONE = ZoneInfo(settings.TIME_ZONE)
SAMPLE_NOTE = (
    "<p><i>Số người tham dự và các tin, bài báo chí nêu ở trang này là dữ liệu mẫu của bản trình diễn.</i></p>"
)
SAMPLE_NOTE_EN = "<p><i>Attendance figures and press items on this page are sample data of the demo.</i></p>"


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ZONE)


SEMINAR = {
    "slug": "toa-dam-ve-cong-tac-cai-cach-hanh-chinh-nam-2023",
    "title": "Tọa đàm về công tác cải cách hành chính năm 2023",
    "kind": "toa-dam",
    "audience": "public",
    "division": "van-phong",
    "areas": [2, 5, 6],
    "start": at(2023, 9, 19, 8, 0),
    "end": at(2023, 9, 19, 11, 30),
    "location": "Hội trường Sở Tài chính tỉnh Bình Định",
    "chair": "Lãnh đạo Sở Tài chính",
    "expected_participants": 60,
    "actual_participants": 57,
    "summary": (
        "Tọa đàm về công tác cải cách hành chính của tỉnh và của Sở Tài chính: giải quyết thủ tục hành "
        "chính, dịch vụ công trực tuyến, cải cách tài chính công và truyền thông về cải cách hành chính."
    ),
    "description": (
        "<p>Tổ chức các buổi tọa đàm về công tác cải cách hành chính của tỉnh và của Sở là một hình thức "
        "tuyên truyền được nêu tại Kế hoạch truyền thông về cải cách hành chính năm 2023 của Sở Tài chính, "
        "thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh.</p>"
        "<p>Thành phần: lãnh đạo Sở; lãnh đạo và công chức các phòng thuộc Sở.</p>"
    ),
    "agenda": [
        ("08:00 - 08:15", "Khai mạc, giới thiệu đại biểu", "Văn phòng Sở"),
        ("08:15 - 08:45", "Báo cáo kết quả công tác cải cách hành chính 8 tháng đầu năm 2023", "Văn phòng Sở"),
        ("08:45 - 09:30", "Tham luận: giải quyết thủ tục hành chính và dịch vụ công trực tuyến", "Các phòng thuộc Sở"),
        ("09:30 - 10:15", "Tham luận: công khai ngân sách, tự chủ tài chính của đơn vị sự nghiệp công lập", ""),
        ("10:15 - 11:15", "Thảo luận", "Đại biểu dự tọa đàm"),
        ("11:15 - 11:30", "Kết luận tọa đàm", "Lãnh đạo Sở Tài chính"),
    ],
    "outcome": (
        "<p>Tọa đàm thống nhất các nhóm giải pháp cho những tháng cuối năm 2023:</p>"
        "<ul><li>rà soát thành phần hồ sơ, thời hạn giải quyết thủ tục hành chính;</li>"
        "<li>khuyến khích người dân, doanh nghiệp nộp hồ sơ trực tuyến, phát huy vai trò đoàn viên thanh niên;</li>"
        "<li>tiếp tục công khai ngân sách và hướng dẫn cơ chế tự chủ tài chính;</li>"
        "<li>nâng cao chất lượng tin, bài trên chuyên mục cải cách hành chính.</li></ul>"
        "<p>Văn phòng Sở tổng hợp ý kiến để báo cáo lãnh đạo Sở và đưa vào báo cáo cải cách hành chính năm 2023.</p>"
        + SAMPLE_NOTE
    ),
    "photos": [
        (
            "toa-dam",
            "Hình minh họa trừu tượng chủ đề tọa đàm: các vòng tròn và cột biểu đồ màu trắng trên nền xanh dương đậm",
            "Ảnh minh họa: quang cảnh tọa đàm",
        ),
        (
            "hop",
            "Hình minh họa trừu tượng chủ đề họp, giao ban: các vòng tròn và cột biểu đồ màu vàng trên nền đỏ sẫm",
            "Ảnh minh họa: các đại biểu trao đổi, thảo luận",
        ),
    ],
    "press": [
        ("radio_tv", "Đài PT-TH Bình Định", "Sở Tài chính tọa đàm về công tác cải cách hành chính", "2023-09-19"),
        ("newspaper", "Báo Bình Định", "Ngành Tài chính bàn giải pháp đẩy mạnh cải cách hành chính", "2023-09-21"),
    ],
    "materials": [("article", "toa-dam-ve-cong-tac-cai-cach-hanh-chinh-nam-2023", "Tin về tọa đàm")],
    "en": {
        "materials": [("article", "toa-dam-ve-cong-tac-cai-cach-hanh-chinh-nam-2023", "News report of the seminar")],
        "slug": "seminar-on-administrative-reform-2023",
        "title": "Seminar on administrative reform in 2023",
        "location": "Conference hall, Department of Finance of Binh Dinh Province",
        "chair": "Leadership of the Department of Finance",
        "summary": (
            "A seminar on the administrative reform work of the province and the Department of Finance: "
            "administrative procedures, online public services, public finance reform and communication."
        ),
        "agenda": [
            ("08:00 - 08:15", "Opening and introduction of participants", "Department Office"),
            ("08:15 - 08:45", "Report on administrative reform in the first eight months of 2023", "Department Office"),
            ("08:45 - 09:30", "Presentation: administrative procedures and online public services", "Divisions"),
            ("09:30 - 10:15", "Presentation: budget transparency and financial autonomy", ""),
            ("10:15 - 11:15", "Discussion", "Participants"),
            ("11:15 - 11:30", "Conclusions", "Leadership of the Department of Finance"),
        ],
        "outcome": (
            "<p>The seminar agreed on measures for the last months of 2023: reviewing procedures and "
            "processing times, encouraging online filing, continuing budget transparency and improving the "
            "reform column's news.</p>" + SAMPLE_NOTE_EN
        ),
    },
}

STUDY_SESSION = {
    "slug": "hoc-tap-quan-triet-nghi-quyet-27-nq-tw",
    "title": "Học tập, quán triệt Nghị quyết số 27-NQ/TW về xây dựng và hoàn thiện Nhà nước pháp quyền",
    "kind": "hoc-tap-quan-triet-nghi-quyet",
    "audience": "internal",
    "division": "van-phong",
    "areas": [1, 3],
    "start": at(2023, 4, 20, 14, 0),
    "end": at(2023, 4, 20, 17, 0),
    "location": "Hội trường Sở Tài chính tỉnh Bình Định",
    "chair": "Chi bộ Sở Tài chính",
    "expected_participants": 45,
    "summary": (
        "Học tập, quán triệt Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng, "
        "lồng ghép phổ biến Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030."
    ),
    "library": "27-NQ/TW",
    "materials": [("article", "long-ghep-tuyen-truyen-cchc-trong-hoc-tap-nghi-quyet-27-nq-tw", "")],
}

# (slug, title, kind, start, end, rule, excluded dates, summary)
RECURRING = [
    (
        "giao-ban-hang-tuan",
        "Họp giao ban hằng tuần",
        "giao-ban",
        at(2023, 1, 9, 7, 30),
        at(2023, 1, 9, 8, 30),
        "FREQ=WEEKLY;BYDAY=MO;UNTIL=20231231",
        ["2023-01-23", "2023-05-01", "2023-09-04"],
        "Lãnh đạo Sở giao ban với các phòng; nội dung cải cách hành chính được điểm lại mỗi tuần.",
    ),
    (
        "sinh-hoat-chi-bo-hang-thang",
        "Sinh hoạt chi bộ hằng tháng",
        "sinh-hoat-chi-bo",
        at(2023, 2, 6, 14, 0),
        at(2023, 2, 6, 16, 0),
        "FREQ=MONTHLY;BYDAY=1MO;UNTIL=20231231",
        ["2023-05-01"],
        "Sinh hoạt chi bộ định kỳ, lồng ghép tuyên truyền về cải cách hành chính.",
    ),
    (
        "sinh-hoat-doan-thanh-nien-hang-thang",
        "Sinh hoạt Đoàn thanh niên hằng tháng",
        "sinh-hoat-doan-thanh-nien",
        at(2023, 1, 27, 16, 0),
        at(2023, 1, 27, 17, 0),
        "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20231231",
        [],
        "Sinh hoạt Chi đoàn Sở Tài chính; đoàn viên trao đổi về hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
    ),
]
RECURRING_LOCATION = "Phòng họp Sở Tài chính"


def _agenda(items):
    return [{"type": "item", "value": {"time": t, "title": title, "presenter": who}} for t, title, who in items]


def _library_entry(number):
    """The library's entry for a document number, when the library and the entry exist."""
    try:
        from ..models.documents import OfficialDocumentPage
        from ..numbering import number_key
    except ImportError:
        return None
    return OfficialDocumentPage.objects.live().filter(locale__language_code="vi", number_key=number_key(number)).first()


def _materials(spec, locale=None):
    """Material blocks: the articles named by slug (their translation in locale, when there is one)."""
    from ..models import ArticlePage

    blocks = []
    for _kind, slug, label in spec.get("materials", []):
        article = ArticlePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug=slug).first()
        if article is not None and locale is not None:
            article = article.get_translation_or_none(locale) or article
        if article is not None:
            blocks.append({"type": "document", "value": {"label": label, "document": None, "page": article.pk}})
    if spec.get("library"):
        entry = _library_entry(spec["library"])
        if entry is not None:
            blocks.insert(0, {"type": "document", "value": {"label": "", "document": None, "page": entry.pk}})
    return blocks


def link_library_entry(page, spec):
    """Add the library entry to an event created before the library held it (load_demo run again)."""
    from ..bootstrap import publish

    entry = _library_entry(spec["library"])
    if entry is None or any(block.value.get("page") and block.value["page"].pk == entry.pk for block in page.materials):
        return
    page.materials = [{"type": "document", "value": {"label": "", "document": None, "page": entry.pk}}] + [
        {"type": block.block_type, "value": block.block.get_prep_value(block.value)} for block in page.materials
    ]
    publish(page)


def _ensure(index, slug, build):
    from ..bootstrap import publish

    existing = index.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = build()
    index.add_child(instance=page)
    return publish(page), True


def ensure_events(column, images, en):
    from ..bootstrap import ensure_page_translation
    from ..events.seed import ensure_event_index
    from ..models import Division, EventKind, EventPage, ReformArea
    from ..models.events import EventPhoto, EventPressCoverage

    index = ensure_event_index(column, en)
    vi_rows = {"locale__language_code": settings.LANGUAGE_CODE}
    kinds = {k.slug: k for k in EventKind.objects.filter(**vi_rows)}
    divisions = {d.slug: d for d in Division.objects.filter(**vi_rows)}
    areas = {a.number: a for a in ReformArea.objects.filter(**vi_rows)}

    def single(spec):
        page = EventPage(
            slug=spec["slug"],
            title=spec["title"],
            kind=kinds[spec["kind"]],
            audience=spec["audience"],
            division=divisions[spec["division"]],
            start=spec["start"],
            end=spec["end"],
            location=spec["location"],
            chair=spec.get("chair", ""),
            expected_participants=spec.get("expected_participants"),
            actual_participants=spec.get("actual_participants"),
            summary=spec["summary"],
            description=spec.get("description", ""),
            agenda=_agenda(spec.get("agenda", [])),
            materials=_materials(spec),
            outcome=spec.get("outcome", ""),
        )
        page.reform_areas = [areas[n] for n in spec["areas"]]
        page.photos = [
            EventPhoto(image=images[key], alt_text=alt, caption=caption) for key, alt, caption in spec.get("photos", [])
        ]
        page.press_coverage = [
            EventPressCoverage(outlet_kind=kind, outlet=outlet, title=title, date=datetime.date.fromisoformat(day))
            for kind, outlet, title, day in spec.get("press", [])
        ]
        return page

    seminar, _created = _ensure(index, SEMINAR["slug"], lambda: single(SEMINAR))
    english = SEMINAR["en"]
    ensure_page_translation(
        seminar,
        en,
        slug=english["slug"],
        title=english["title"],
        location=english["location"],
        chair=english["chair"],
        summary=english["summary"],
        description="",
        agenda=_agenda(english["agenda"]),
        materials=_materials(english, en),
        outcome=english["outcome"],
    )
    study, created = _ensure(index, STUDY_SESSION["slug"], lambda: single(STUDY_SESSION))
    if not created:
        link_library_entry(study, STUDY_SESSION)
    for slug, title, kind, start, end, rule, excluded, summary in RECURRING:

        def build(
            slug=slug, title=title, kind=kind, start=start, end=end, rule=rule, excluded=excluded, summary=summary
        ):
            page = EventPage(
                slug=slug,
                title=title,
                kind=kinds[kind],
                audience="internal",
                division=divisions["van-phong"],
                start=start,
                end=end,
                recurrence=rule,
                excluded_dates=excluded,
                location=RECURRING_LOCATION,
                summary=summary,
            )
            page.reform_areas = [areas[3], areas[4]]
            return page

        _ensure(index, slug, build)
    return index
