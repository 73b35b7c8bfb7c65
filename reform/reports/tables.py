"""The report's tables, derived from a figures dict alone: what the screen, DOCX, XLSX and CSV all show.

One definition of every table means the four outputs cannot disagree; the tests compare each
cell with the database. Cells are int, float, str or None ("—"); `formats` says how each column
reads (text, integer, decimal, percent) so the spreadsheet and the document format them alike.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

TEXT, INTEGER, DECIMAL, PERCENT = "text", "integer", "decimal", "percent"


@dataclass
class Table:
    key: str  # stable: sheet names, anchors, CSV sections, tests
    title: str
    headers: list
    formats: list
    rows: list  # [[cell, …]]; the first cell labels the row
    total: list | None = None  # a closing "Tổng cộng" row, when the rows add up
    note: str = ""
    chart_column: int | None = 1  # which column a bar chart shows; None: no chart
    chart_unit: str = ""
    row_keys: list = field(default_factory=list)  # the breakdown key of each row (items refer to it)


def _total_row(rows, columns):
    return [_("Tổng cộng")] + [
        sum(row[i] or 0 for row in rows) if i in columns else None for i in range(1, len(rows[0]))
    ]


def count_table(key, title, header, rows, value_header, total=True, note=""):
    """label → count, from breakdown rows [{key, label, count}]."""
    cells = [[row["label"], row["count"]] for row in rows]
    return Table(
        key=key,
        title=title,
        headers=[header, value_header],
        formats=[TEXT, INTEGER],
        rows=cells,
        total=_total_row(cells, {1}) if total and cells else None,
        note=note,
        row_keys=[row["key"] for row in rows],
    )


def totals_rows():
    """(figures["totals"] key, label) of the totals table, in order."""
    return [
        ("articles", _("Tin, bài đã đăng trên chuyên mục")),
        ("documents", _("Văn bản đã đăng tải")),
        ("sessions", _("Buổi tọa đàm, hội nghị, sinh hoạt đã tổ chức")),
        ("participants_expected", _("Người tham dự (dự kiến)")),
        ("participants_actual", _("Người tham dự (thực tế)")),
        ("press", _("Tin, bài trên báo, đài")),
        ("activities", _("Hoạt động của kế hoạch")),
        ("activities_met", _("Hoạt động có chỉ tiêu đã đạt (lũy kế từ đầu năm)")),
        ("published_via_workflow", _("Trang được duyệt qua quy trình")),
        ("median_working_days", _("Số ngày làm việc từ khi trình đến khi duyệt (trung vị)")),
        ("returned", _("Lượt bản nháp bị trả lại")),
    ]


def totals_table(figures):
    rows = totals_rows()
    return Table(
        key="totals",
        title=_("Số liệu tổng hợp"),
        headers=[_("Nội dung"), _("Số liệu")],
        formats=[TEXT, INTEGER],  # the median is a float and reads as a decimal wherever it shows
        rows=[[label, figures["totals"][key]] for key, label in rows],
        chart_column=None,
        row_keys=[key for key, _label in rows],
    )


def events_table(figures):
    rows = figures["events"]["by_kind"]
    fields = ["sessions", "public", "internal", "expected", "actual"]
    cells = [[row["label"], *(row[name] for name in fields)] for row in rows]
    return Table(
        key="events_by_kind",
        title=_("Buổi tổ chức theo loại và số người tham dự"),
        headers=[_("Loại"), _("Số buổi"), _("Công khai"), _("Nội bộ"), _("Dự kiến"), _("Thực tế")],
        formats=[TEXT, *[INTEGER] * len(fields)],
        rows=cells,
        total=_total_row(cells, set(range(1, len(fields) + 1))) if cells else None,
        note=_(
            "Sự kiện lặp lại được tính mỗi buổi; số người tham dự chỉ tính các sự kiện tổ chức một lần. "
            "Buổi nội bộ được tính dù không hiển thị với công chúng."
        ),
        row_keys=[row["key"] for row in rows],
    )


def activities_table(figures):
    activities = figures["activities"]
    rows = []
    for number, row in enumerate(activities["rows"], start=1):
        activity = row["activity"]
        rows.append(
            [
                f"{number}. {activity['name']}",
                activity.get("lead_division") or "",
                activity.get("cadence_label") or "",
                row["target"],
                row["count"],
                row["cumulative"],
                row["percent"],
                row.get("status_label") or "",
            ]
        )
    plan = activities["plan"]
    note = (
        _("Theo %(plan)s. Tỷ lệ: kết quả lũy kế từ đầu năm so với chỉ tiêu năm.") % {"plan": plan["title"]}
        if plan
        else _("Chưa có kế hoạch truyền thông của năm này trên trang.")
    )
    return Table(
        key="activities",
        title=_("Tiến độ các hoạt động của kế hoạch"),
        headers=[
            _("Hoạt động"),
            _("Phòng chủ trì"),
            _("Tần suất"),
            _("Chỉ tiêu năm"),
            _("Kết quả trong kỳ"),
            _("Lũy kế từ đầu năm"),
            _("Tỷ lệ (%)"),
            _("Đánh giá"),
        ],
        formats=[TEXT, TEXT, TEXT, INTEGER, INTEGER, INTEGER, PERCENT, TEXT],
        rows=rows,
        note=note,
        chart_column=6,
        chart_unit="%",
        row_keys=[str(row["activity"].get("id", "")) for row in activities["rows"]],
    )


def workflow_table(figures):
    workflow = figures["workflow"]
    rows = [
        [row["label"], row["published"], row["median_working_days"], row["returned"]] for row in workflow["by_division"]
    ]
    total = [_("Tổng cộng"), workflow["published"], workflow["median_working_days"], workflow["returned"]]
    return Table(
        key="workflow",
        title=_("Thời gian duyệt và bản nháp bị trả lại theo phòng"),
        headers=[_("Phòng"), _("Số trang được duyệt"), _("Số ngày làm việc (trung vị)"), _("Lượt trả lại")],
        formats=[TEXT, INTEGER, DECIMAL, INTEGER],
        rows=rows,
        total=total,
        note=_(
            "Tính từ lúc trình duyệt lần đầu đến lúc Văn phòng Sở phê duyệt, "
            "không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ."
        ),
        row_keys=[row["key"] for row in workflow["by_division"]],
    )


@dataclass
class Section:
    key: str
    title: str
    summary: str  # one sentence with the section's headline figures
    tables: list


def _number(value):
    from ..charts import format_value

    return format_value(value)


def report_sections(figures):
    """The report's part I, section by section: a sentence and its tables, in the document's order."""
    articles, documents, events = figures["articles"], figures["documents"], figures["events"]
    press, activities, workflow = figures["press"], figures["activities"], figures["workflow"]
    totals = figures["totals"]
    area_rows = list(articles["by_area"])
    if articles["without_area"]:
        area_rows.append({"key": "", "label": _("Chưa gắn lĩnh vực"), "count": articles["without_area"]})
    levels = "; ".join(f"{row['label']}: {_number(row['count'])}" for row in documents["by_level"])
    median = workflow["median_working_days"]
    return [
        Section(
            "articles",
            _("Tin, bài trên chuyên mục cải cách hành chính"),
            _("Chuyên mục đã đăng %(count)s tin, bài; %(without)s tin, bài chưa gắn lĩnh vực cải cách.")
            % {"count": _number(articles["total"]), "without": _number(articles["without_area"])},
            [
                count_table(
                    "articles_by_division",
                    _("Tin, bài theo phòng"),
                    _("Phòng"),
                    articles["by_division"],
                    _("Số tin, bài"),
                ),
                count_table(
                    "articles_by_area",
                    _("Tin, bài theo lĩnh vực cải cách"),
                    _("Lĩnh vực"),
                    area_rows,
                    _("Số tin, bài"),
                    total=False,
                    note=_("Một tin, bài thuộc nhiều lĩnh vực được tính ở mỗi lĩnh vực."),
                ),
            ],
        ),
        Section(
            "documents",
            _("Đăng tải văn bản về cải cách hành chính"),
            _("Đã đăng tải %(count)s văn bản (%(levels)s).") % {"count": _number(documents["total"]), "levels": levels},
            [
                count_table(
                    "documents_by_level",
                    _("Văn bản đã đăng tải theo cấp ban hành"),
                    _("Cấp ban hành"),
                    documents["by_level"],
                    _("Số văn bản"),
                ),
                count_table(
                    "documents_by_type",
                    _("Văn bản đã đăng tải theo loại"),
                    _("Loại văn bản"),
                    documents["by_type"],
                    _("Số văn bản"),
                ),
            ],
        ),
        Section(
            "events",
            _("Tọa đàm, hội nghị, sinh hoạt tuyên truyền"),
            _(
                "Đã tổ chức %(count)s buổi (%(public)s công khai, %(internal)s nội bộ) với %(actual)s người tham dự "
                "(dự kiến %(expected)s)."
            )
            % {
                "count": _number(events["total"]),
                "public": _number(events["public"]),
                "internal": _number(events["internal"]),
                "actual": _number(events["actual"]),
                "expected": _number(events["expected"]),
            },
            [events_table(figures)],
        ),
        Section(
            "press",
            _("Phối hợp với cơ quan báo chí"),
            _("Báo, đài đã đưa %(count)s tin, bài về hoạt động của Sở (%(outlets)s cơ quan báo chí).")
            % {"count": _number(press["total"]), "outlets": _number(press["outlets"])},
            [
                count_table(
                    "press_by_outlet_kind",
                    _("Tin, bài trên báo, đài theo loại cơ quan báo chí"),
                    _("Loại cơ quan báo chí"),
                    press["by_outlet_kind"],
                    _("Số tin, bài"),
                )
            ],
        ),
        Section(
            "activities",
            _("Tiến độ thực hiện kế hoạch truyền thông"),
            (
                _(
                    "Kế hoạch có %(count)s hoạt động; %(met)s trong %(with_target)s hoạt động có chỉ tiêu "
                    "đã đạt chỉ tiêu năm."
                )
                % {
                    "count": _number(totals["activities"]),
                    "met": _number(totals["activities_met"]),
                    "with_target": _number(totals["activities_with_target"]),
                }
                if activities["plan"]
                else _("Chưa có kế hoạch truyền thông của năm %(year)s trên trang.")
                % {"year": figures["period"]["year"]}
            ),
            [activities_table(figures)] if activities["plan"] else [],
        ),
        Section(
            "workflow",
            _("Quy trình duyệt tin, bài"),
            _(
                "%(published)s trang được duyệt qua quy trình, trung vị %(median)s ngày làm việc từ khi trình đến khi "
                "duyệt; %(returned)s lượt bản nháp bị trả lại."
            )
            % {
                "published": _number(workflow["published"]),
                "median": _number(median) if median is not None else "—",
                "returned": _number(workflow["returned"]),
            },
            [workflow_table(figures)],
        ),
    ]


def report_tables(figures):
    """Every table, the totals first, in the order the document presents them."""
    return [totals_table(figures)] + [table for section in report_sections(figures) for table in section.tables]
