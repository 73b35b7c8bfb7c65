"""What the admin screen shows of a figures dict: each table with its chart, and the items behind each row.

Items are grouped by the row they count toward (an article in two areas sits under both), so each
number on the screen has its list right below it in a collapsible <details>.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..charts import bar_chart, format_value
from ..enums import EventAudience
from .tables import PERCENT, TEXT, report_sections, totals_table


@dataclass
class Group:
    label: str
    items: list  # [{title, url, date (dd/mm/yyyy), detail}]

    @property
    def html(self):
        """The <li> of every item, joined here: a yearly report lists thousands, too many for a template loop."""
        return mark_safe("".join(_item_html(item) for item in self.items))  # noqa: S308 — every part escaped


def _item_html(item):
    title = escape(item["title"])
    text = f'<a href="{escape(item["url"])}">{title}</a>' if item["url"] else title
    if item["date"]:
        text += f" — {item['date']}"
    if item["detail"]:
        text += f" — {escape(item['detail'])}"
    return f"<li>{text}</li>"


@dataclass
class ScreenTable:
    table: object
    chart: object = None
    groups: list = field(default_factory=list)

    @staticmethod
    def _cells(row, formats):
        return [
            {"text": display_value(value, formats[i]), "number": i > 0 and not isinstance(value, str)}
            for i, value in enumerate(row)
        ]

    @property
    def headers(self):
        return [
            {"text": header, "number": i > 0 and self.table.formats[i] != TEXT}
            for i, header in enumerate(self.table.headers)
        ]

    @property
    def rows(self):
        return [self._cells(row, self.table.formats) for row in self.table.rows]

    @property
    def total(self):
        return self._cells(self.table.total, self.table.formats) if self.table.total else None


def display_value(value, column_format):
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return format_value(value, "%" if column_format == PERCENT else "")


def screen_date(value):
    return f"{value[8:10]}/{value[5:7]}/{value[0:4]}" if value else ""


class Links:
    """A public URL when the item has one, else its editor in the admin (drafts, internal sessions)."""

    def __init__(self):
        self.edit = reverse("wagtailadmin_pages:edit", args=[0]).replace("/0/", "/{}/")

    def __call__(self, item, id_key="id"):
        if item.get("url"):
            return item["url"]
        return self.edit.format(item[id_key]) if item.get(id_key) else ""


def press_link(item):
    return item["url"] or item["event_url"] or ""


def _entry(item, links, detail=""):
    return {"title": item["title"], "url": links(item), "date": screen_date(item.get("date")), "detail": detail}


def _grouped(table, items, keys_of, links, detail=lambda item: ""):
    """One Group per table row (in the table's order), holding the items whose keys include the row's key."""
    by_key = {key: [] for key in table.row_keys}
    for item in items:
        for key in keys_of(item):
            if key in by_key:
                by_key[key].append(_entry(item, links, detail(item)))
    return [Group(row[0], by_key[key]) for row, key in zip(table.rows, table.row_keys, strict=True) if by_key[key]]


def _chart(table, figures):
    if table.chart_column is None or not table.rows:
        return None
    return bar_chart(
        table.title,
        [(row[0], row[table.chart_column]) for row in table.rows],
        unit=table.chart_unit,
        max_value=100 if table.chart_unit == "%" else None,
        label_header=table.headers[0],
        value_header=table.headers[table.chart_column],
        chart_id=f"chart-{table.key}",
    )


def _groups(table, figures, links):
    articles, documents, events = figures["articles"], figures["documents"], figures["events"]
    audiences = dict(EventAudience.choices)
    if table.key == "articles_by_division":
        return _grouped(table, articles["items"], lambda item: [item["division"]], links)
    if table.key == "articles_by_area":
        return _grouped(table, articles["items"], lambda item: item["areas"] or [""], links)
    if table.key == "documents_by_level":
        return _grouped(table, documents["items"], lambda item: [item["level"]], links, lambda item: item["number"])
    if table.key == "documents_by_type":
        return _grouped(table, documents["items"], lambda item: [item["type"]], links, lambda item: item["number"])
    if table.key == "events_by_kind":
        return _grouped(
            table, events["items"], lambda item: [item["kind"]], links, lambda item: str(audiences[item["audience"]])
        )
    if table.key == "press_by_outlet_kind":
        return _grouped(
            table,
            figures["press"]["items"],
            lambda item: [item["outlet_kind"]],
            press_link,
            lambda item: f"{item['outlet']} — {item['event_title']}",
        )
    if table.key == "activities":
        rows = figures["activities"]["rows"]
        return [
            Group(
                cells[0],
                [_entry(item, lambda item: item.get("url") or "", item.get("kind", "")) for item in row["items"]],
            )
            for cells, row in zip(table.rows, rows, strict=True)
            if row["items"]
        ]
    if table.key == "workflow":
        workflow = figures["workflow"]
        published = _grouped(
            table,
            workflow["items"],
            lambda item: [item["division"]],
            links,
            lambda item: (
                _("trình ngày %(day)s, %(days)s ngày làm việc")
                % {"day": screen_date(item["submitted"]), "days": item["working_days"]}
            ),
        )
        returned = _grouped(
            table,
            workflow["returned_items"],
            lambda item: [item["division"]],
            links,
            lambda item: f"{item['step']}: {item['comment']}",
        )
        for group in returned:
            group.label = _("%(division)s — bị trả lại") % {"division": group.label}
        return published + returned
    return []


def screen_sections(figures):
    """[(Section, [ScreenTable])], the totals first as a section of their own."""
    links = Links()
    totals = totals_table(figures)
    sections = [(None, [ScreenTable(totals)])]
    for section in report_sections(figures):
        sections.append(
            (
                section,
                [
                    ScreenTable(table, _chart(table, figures), _groups(table, figures, links))
                    for table in section.tables
                ],
            )
        )
    return sections
