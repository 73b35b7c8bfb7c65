"""The lists of items behind the figures, as rows with readable labels (for the workbook's item sheets).

Items in the figures dict refer to breakdown rows by key (a division's slug, a level's value);
here each key becomes the label that row carries, and ISO dates become dates.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from ...enums import EventAudience


@dataclass
class ItemList:
    key: str
    title: str
    headers: list
    widths: list
    rows: list


def labels(rows):
    return {row["key"]: row["label"] for row in rows}


def day(value):
    return datetime.date.fromisoformat(value) if value else None


def item_lists(figures):
    articles, documents, events = figures["articles"], figures["documents"], figures["events"]
    press, workflow, activities = figures["press"], figures["workflow"], figures["activities"]
    divisions = labels(articles["by_division"])
    divisions.update(labels(workflow["by_division"]))
    areas = labels(articles["by_area"])
    levels, types = labels(documents["by_level"]), labels(documents["by_type"])
    kinds, outlet_kinds = labels(events["by_kind"]), labels(press["by_outlet_kind"])
    audiences = {value: str(label) for value, label in EventAudience.choices}
    url = _("Địa chỉ")
    return [
        ItemList(
            "articles",
            _("Danh sách tin, bài"),
            [_("Ngày đăng"), _("Tiêu đề"), _("Phòng"), _("Lĩnh vực"), url],
            [12, 60, 30, 40, 50],
            [
                [
                    day(item["date"]),
                    item["title"],
                    divisions.get(item["division"], ""),
                    "; ".join(areas.get(key, key) for key in item["areas"]),
                    item["url"],
                ]
                for item in articles["items"]
            ],
        ),
        ItemList(
            "documents",
            _("Danh sách văn bản"),
            [
                _("Ngày đăng tải"),
                _("Số ký hiệu"),
                _("Tên văn bản"),
                _("Loại"),
                _("Cấp ban hành"),
                _("Ngày ban hành"),
                url,
            ],
            [12, 20, 60, 20, 14, 12, 50],
            [
                [
                    day(item["date"]),
                    item["number"],
                    item["title"],
                    types.get(item["type"], ""),
                    levels.get(item["level"], ""),
                    day(item["issued_on"]),
                    item["url"],
                ]
                for item in documents["items"]
            ],
        ),
        ItemList(
            "events",
            _("Danh sách buổi tổ chức"),
            [_("Ngày"), _("Tên sự kiện"), _("Loại"), _("Đối tượng"), _("Phòng"), _("Dự kiến"), _("Thực tế"), url],
            [12, 60, 24, 12, 30, 10, 10, 50],
            [
                [
                    day(item["date"]),
                    item["title"],
                    kinds.get(item["kind"], ""),
                    audiences.get(item["audience"], item["audience"]),
                    divisions.get(item["division"], ""),
                    item["expected"],
                    item["actual"],
                    item["url"],
                ]
                for item in events["items"]
            ],
        ),
        ItemList(
            "press",
            _("Danh sách tin, bài trên báo, đài"),
            [_("Ngày"), _("Tiêu đề"), _("Cơ quan báo chí"), _("Loại"), _("Sự kiện"), url],
            [12, 60, 30, 20, 50, 50],
            [
                [
                    day(item["date"]),
                    item["title"],
                    item["outlet"],
                    outlet_kinds.get(item["outlet_kind"], ""),
                    item["event_title"],
                    item["url"] or item["event_url"],
                ]
                for item in press["items"]
            ],
        ),
        ItemList(
            "activities",
            _("Kết quả từng hoạt động"),
            [_("Hoạt động"), _("Ngày"), _("Nội dung"), _("Loại"), url],
            [50, 12, 60, 20, 50],
            [
                [row["activity"]["name"], day(item["date"]), item["title"], item.get("kind", ""), item.get("url")]
                for row in activities["rows"]
                for item in row.get("items", [])
            ],
        ),
        ItemList(
            "workflow",
            _("Danh sách trang được duyệt"),
            [_("Ngày duyệt"), _("Tiêu đề"), _("Phòng"), _("Ngày trình"), _("Số ngày làm việc"), url],
            [12, 60, 30, 12, 12, 50],
            [
                [
                    day(item["date"]),
                    item["title"],
                    divisions.get(item["division"], ""),
                    day(item["submitted"]),
                    item["working_days"],
                    item["url"],
                ]
                for item in workflow["items"]
            ],
        ),
        ItemList(
            "returned",
            _("Danh sách bản nháp bị trả lại"),
            [_("Ngày trả lại"), _("Tiêu đề"), _("Phòng"), _("Bước"), _("Lý do")],
            [12, 60, 30, 24, 60],
            [
                [day(item["date"]), item["title"], divisions.get(item["division"], ""), item["step"], item["comment"]]
                for item in workflow["returned_items"]
            ],
        ),
    ]
