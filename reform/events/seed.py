"""Event kinds and the event index that `setup_site` creates; editable afterwards in the admin.

Sources: the forms of dissemination the 2023 communication plan names (shared/seed): tọa đàm,
học tập Nghị quyết, giao ban, họp chi bộ and Đoàn thanh niên hằng tháng; plus hội nghị and "other".
"""

# (slug, Vietnamese name, English name)
EVENT_KINDS = [
    ("toa-dam", "Tọa đàm", "Seminar"),
    ("hoi-nghi", "Hội nghị", "Conference"),
    ("hoc-tap-quan-triet-nghi-quyet", "Học tập, quán triệt Nghị quyết", "Resolution study session"),
    ("giao-ban", "Giao ban", "Weekly briefing"),
    ("sinh-hoat-chi-bo", "Sinh hoạt chi bộ", "Party cell meeting"),
    ("sinh-hoat-doan-thanh-nien", "Sinh hoạt Đoàn thanh niên", "Youth Union meeting"),
    ("khac", "Khác", "Other"),
]

EVENT_INDEX = {
    "slug": "toa-dam-su-kien",
    "title": "Tọa đàm, sự kiện",
    "en": {"slug": "events", "title": "Seminars and events"},
}


def ensure_event_kinds(vi, en):
    from ..bootstrap import ensure_snippet
    from ..models.events import EventKind

    for order, (slug, name, name_en) in enumerate(EVENT_KINDS):
        ensure_snippet(EventKind, vi, slug, {"name": name, "sort_order": order}, en, {"name": name_en})


def ensure_event_index(column, en):
    from ..bootstrap import ensure_child, ensure_page_translation
    from ..models.events import EventIndexPage

    index = ensure_child(column, EventIndexPage, EVENT_INDEX["slug"], title=EVENT_INDEX["title"], show_in_menus=True)
    ensure_page_translation(index, en, title=EVENT_INDEX["en"]["title"], slug=EVENT_INDEX["en"]["slug"])
    return index
