"""Accessible charts rendered on the server as inline SVG, each with the same data as a table.

No JavaScript, no external fonts, prints as it shows. Every chart is a ``Chart``; a template
shows it as a ``<figure>`` (caption, SVG, data table) with::

    {% include "reform/includes/chart.html" with chart=my_chart %}

Building charts (call inside the request, so numbers follow the active language: 85,03 / 85.03)::

    from reform.charts import bar_chart, line_chart

    bar_chart(
        _("Tin, bài theo phòng"),
        [("Phòng Quản lý ngân sách", 12), ("Văn phòng", 0), ("Thanh tra", None)],
        unit="",                      # "%" sticks to the number; other units get a space: "66,65 điểm"
        max_value=None,               # scale end; default: the largest value
        label_header=_("Phòng"),      # heads the table's first column
        value_header=_("Số tin, bài"),
        decimals=2,                   # at most this many decimals; trailing zeros are dropped
    )

    line_chart(
        _("PAR INDEX qua các năm"),
        [(_("Tỉnh Bình Định"), [("2020", 82.1, "*"), ("2021", None), ("2022", 85.03)])],
        unit="%",
        max_value=100,
        x_header=_("Năm"),
    )

Rows of a bar chart are ``(label, value)``; points of a line series are ``(x_label, value)``.
Either may carry a third item, a short marker appended to the value wherever it shows (chart and
table), for example ``"*"`` with ``note=_("* Số liệu mẫu")``. ``None`` means no data: no bar, a
gap in the line, "không có số liệu" in the chart and "—" in the table. Values are numbers ≥ 0
(int, float or Decimal). A line chart's axis starts at ``min_value`` (0), or with ``min_value="auto"``
just below the lowest value so small changes over the years show; its tick labels say where it
starts. Line charts collect x labels in order of appearance, sorted numerically
when all are integers (years); pass ``categories`` to fix the order.

Accessibility (WCAG 2.1 AA): the SVG has ``role="img"`` and ``aria-labelledby`` pointing at its
``<title>`` and a ``<desc>`` summarising the data (pass ``description`` to write your own); every
bar and point carries its value as text, series differ by marker shape and dash pattern as well as
colour, colours reach 3:1 against white, and the table beside the chart has a ``<caption>`` and
``<th scope>`` headers. Ids derive from the title and the data; pass ``chart_id`` when one page
shows the same chart twice.
"""

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils import numberformat
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .text import slugify_vi

WIDTH = 640
TEXT = "#1a1a1a"
MUTED = "#4a4a4a"
GRID = "#d9d9d9"
BAR = "#0b4f8a"
# Each at least 3:1 against white (WCAG 1.4.11); series also differ by marker and dash.
PALETTE = ["#0b4f8a", "#a50e25", "#1d6b2f", "#6b3fa0", "#8a4b00", "#333333"]
DASHES = ["", "8 4", "2 4", "10 4 2 4"]
MARKERS = ["circle", "square", "triangle", "diamond"]
LABEL_CHARS = 80  # characters of a bar label per line at 14px across the chart's width


@dataclass(frozen=True)
class ChartCell:
    value: object  # the number given, or None
    text: str  # formatted, with unit and marker; "—" when there is no data


@dataclass(frozen=True)
class ChartRow:
    header: str
    cells: list[ChartCell]


@dataclass(frozen=True)
class ChartTable:
    caption: str
    headers: list[str]  # headers[0] heads the column of row headers
    rows: list[ChartRow]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    svg: SafeString
    table: ChartTable
    note: str = ""
    kind: str = field(default="bar")


def format_value(value, unit="", decimals=2):
    """85.030 → "85,03" in Vietnamese, "85.03" in English; whole numbers stay whole; "—" for None."""
    if value is None:
        return "—"
    try:
        number = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))
    except InvalidOperation:
        return str(value)
    digits = f"{number:f}"
    if "." in digits:  # trailing zeros after the point carry no information in a label
        digits = digits.rstrip("0").rstrip(".")
    # Grouped by thousands in both languages (5.000 / 5,000): Django's vi locale sets no grouping.
    text = numberformat.format(
        Decimal(digits),
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=len(digits.partition(".")[2]),
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
    if not unit:
        return text
    return f"{text}{unit}" if unit in {"%", "‰"} else f"{text} {unit}"


@dataclass(frozen=True)
class _Format:
    unit: str = ""
    decimals: int = 2

    def __call__(self, value):
        return format_value(value, self.unit, self.decimals)


def _cell(value, marker="", *, fmt):
    text = fmt(value)
    if value is not None and marker:
        text = f"{text} {marker}"
    return ChartCell(value=value, text=text)


def _split(item):
    """(label, value) or (label, value, marker) → the three parts."""
    label, value, *rest = item
    return str(label), value, (str(rest[0]) if rest and rest[0] else "")


def _chart_id(kind, title, data, chart_id):
    if chart_id:
        return chart_id
    digest = hashlib.blake2s(repr((kind, title, data)).encode(), digest_size=4).hexdigest()
    return f"chart-{slugify_vi(title, 32) or kind}-{digest}"


def _wrap(label, width=LABEL_CHARS, lines=2):
    """Break a long label at spaces into at most `lines` lines; the table keeps the full text."""
    words, out, current = label.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip() + "…"
    return out or [""]


def _svg(chart_id, title, description, height, body):
    return mark_safe(  # noqa: S308 — every text below went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        f"{''.join(body)}</svg>"
    )


def _scale_end(values, max_value):
    if max_value is not None:
        return float(max_value) or 1.0
    present = [float(v) for v in values if v is not None]
    return max(present, default=0.0) or 1.0


def bar_chart(
    title,
    rows,
    *,
    unit="",
    max_value=None,
    description=None,
    label_header=None,
    value_header=None,
    note="",
    chart_id=None,
    decimals=2,
):
    """Horizontal bars, each label on its own line above its bar so long Vietnamese names fit."""
    items = [_split(row) for row in rows]
    fmt = _Format(unit, decimals)
    chart_id = _chart_id("bar", title, items, chart_id)
    end = _scale_end([v for _label, v, _m in items], max_value)
    left, value_space, font = 12, 120, 14
    bar_width = WIDTH - left - value_space
    body, y = [], 10
    for label, value, marker in items:
        for line in _wrap(label):
            y += 18
            body.append(f'<text x="{left}" y="{y}" font-size="{font}" fill="{TEXT}">{escape(line)}</text>')
        top = y + 6
        body.append(f'<line x1="{left}" y1="{top - 3}" x2="{left}" y2="{top + 23}" stroke="{MUTED}"/>')
        if value is None:
            body.append(
                f'<text x="{left}" y="{top + 15}" font-size="{font}" font-style="italic" fill="{MUTED}">'
                f"{escape(_('không có số liệu'))}</text>"
            )
        else:
            length = max(0.0, min(float(value), end)) / end * bar_width
            shown = max(length, 2.0)  # a hairline keeps a zero visible next to its "0"
            body.append(f'<rect x="{left}" y="{top}" width="{shown:.1f}" height="20" fill="{BAR}"/>')
            body.append(
                f'<text x="{left + shown + 6:.1f}" y="{top + 15}" font-size="{font}" font-weight="bold" '
                f'fill="{TEXT}">{escape(_cell(value, marker, fmt=fmt).text)}</text>'
            )
        y = top + 20 + 14
    if description is None:
        description = _describe_bars(items, fmt)
    table = ChartTable(
        caption=_("Số liệu của biểu đồ: %(title)s") % {"title": title},
        headers=[label_header or _("Mục"), value_header or _("Giá trị")],
        rows=[ChartRow(header=label, cells=[_cell(value, marker, fmt=fmt)]) for label, value, marker in items],
    )
    svg = _svg(chart_id, title, description, y, body)
    return Chart(id=chart_id, title=title, description=description, svg=svg, table=table, note=note, kind="bar")


def _describe_bars(items, fmt):
    present = [(label, value) for label, value, _m in items if value is not None]
    if not present:
        return _("Biểu đồ cột ngang, chưa có số liệu.")
    high = max(present, key=lambda item: float(item[1]))
    low = min(present, key=lambda item: float(item[1]))
    return _(
        "Biểu đồ cột ngang, %(count)s mục. Cao nhất: %(high)s (%(high_value)s); "
        "thấp nhất: %(low)s (%(low_value)s). Số liệu đầy đủ ở bảng bên dưới."
    ) % {
        "count": len(items),
        "high": high[0],
        "high_value": fmt(high[1]),
        "low": low[0],
        "low_value": fmt(low[1]),
    }


def _categories(series, categories):
    if categories is not None:
        return [str(c) for c in categories]
    seen = {}
    for _name, points in series:
        for point in points:
            seen.setdefault(str(point[0]), None)
    labels = list(seen)
    if labels and all(label.lstrip("-").isdigit() for label in labels):
        labels.sort(key=int)
    return labels


def _points(pairs):
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in pairs)


def _marker(shape, x, y, colour):
    if shape == "square":
        return f'<rect x="{x - 4.5:.1f}" y="{y - 4.5:.1f}" width="9" height="9" fill="{colour}"/>'
    if shape == "triangle":
        return f'<polygon points="{_points([(x, y - 6), (x + 5.5, y + 4), (x - 5.5, y + 4)])}" fill="{colour}"/>'
    if shape == "diamond":
        return f'<polygon points="{_points([(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)])}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>'


def _style(number):
    """Colour, dash pattern and marker of the n-th series: never colour alone."""
    dash = DASHES[number % len(DASHES)]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return PALETTE[number % len(PALETTE)], dash_attr, MARKERS[number % len(MARKERS)]


@dataclass(frozen=True)
class _Frame:
    """The plot area of a line chart and the mapping from data to coordinates."""

    labels: list
    low: float
    high: float
    left: int = 56
    right: int = WIDTH - 24
    top: int = 28
    height: int = 220

    @property
    def bottom(self):
        return self.top + self.height

    def x(self, index):
        if len(self.labels) == 1:
            return (self.left + self.right) / 2
        return self.left + 24 + index * (self.right - self.left - 48) / (len(self.labels) - 1)

    def y(self, value):
        share = (min(max(float(value), self.low), self.high) - self.low) / (self.high - self.low)
        return self.bottom - share * self.height


def _axes(frame):
    body = ['<g aria-hidden="true">']
    for step in range(5):
        tick = frame.low + (frame.high - frame.low) * step / 4
        y = frame.y(tick)
        body.append(f'<line x1="{frame.left}" y1="{y:.1f}" x2="{frame.right}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(
            f'<text x="{frame.left - 6}" y="{y + 4:.1f}" font-size="12" text-anchor="end" fill="{MUTED}">'
            f"{escape(format_value(tick, '', 3))}</text>"
        )
    body.append("</g>")
    body.append(
        f'<line x1="{frame.left}" y1="{frame.bottom}" x2="{frame.right}" y2="{frame.bottom}" stroke="{MUTED}"/>'
    )
    for index, label in enumerate(frame.labels):
        body.append(
            f'<text x="{frame.x(index):.1f}" y="{frame.bottom + 20}" font-size="13" text-anchor="middle" '
            f'fill="{TEXT}">{escape(label)}</text>'
        )
    return body


def _series(frame, number, values, fmt):
    """One series: line runs broken at gaps, a marker and a value label on every point."""
    colour, dash_attr, shape = _style(number)
    body, runs, run = [], [], []
    for index, label in enumerate(frame.labels):
        value = values.get(label, (None, ""))[0]
        if value is None:
            if run:
                runs.append(run)
            run = []
        else:
            run.append((frame.x(index), frame.y(value)))
    if run:
        runs.append(run)
    for segment in (r for r in runs if len(r) > 1):
        body.append(
            f'<polyline points="{_points(segment)}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
        )
    # Alternate label positions so two series close together do not print over each other.
    offset = -10 if number % 2 == 0 else 20
    for index, label in enumerate(frame.labels):
        value, marker = values.get(label, (None, ""))
        if value is None:
            continue
        x, y = frame.x(index), frame.y(value)
        body.append(_marker(shape, x, y, colour))
        body.append(
            f'<text x="{x:.1f}" y="{y + offset:.1f}" font-size="12" font-weight="bold" text-anchor="middle" '
            f'fill="{TEXT}">{escape(_cell(value, marker, fmt=fmt).text)}</text>'
        )
    return body


def _legend(frame, names):
    body, y = [], frame.bottom + 48
    for number, name in enumerate(names):
        colour, dash_attr, shape = _style(number)
        left = frame.left
        body.append(
            f'<line x1="{left}" y1="{y - 5}" x2="{left + 36}" y2="{y - 5}" stroke="{colour}" '
            f'stroke-width="2.5"{dash_attr}/>'
        )
        body.append(_marker(shape, left + 18, y - 5, colour))
        body.append(
            f'<text x="{left + 46}" y="{y}" font-size="13" fill="{TEXT}">{escape(_wrap(name, 70, 1)[0])}</text>'
        )
        y += 22
    return body, y


NICE_STEPS = [Decimal(n).scaleb(e) for e in range(-3, 7) for n in ("1", "2", "2.5", "5")]


def _auto_floor(high, lowest):
    """The highest axis start below every value that still gives four round steps up to `high`."""
    for step in NICE_STEPS:
        floor = high - 4 * float(step)
        if float(step) >= high / 40 and floor <= lowest - float(step) / 4:
            return max(round(floor, 6), 0.0)
    return 0.0


def line_chart(
    title,
    series,
    *,
    unit="",
    max_value=None,
    min_value=0,  # or "auto": start the axis near the lowest value, on round steps
    description=None,
    x_header=None,
    categories=None,
    note="",
    chart_id=None,
    decimals=2,
):
    """Lines over categories (years): one per series, gaps where a value is None, values as text."""
    named = [(str(name), [_split(point) for point in points]) for name, points in series]
    fmt = _Format(unit, decimals)
    chart_id = _chart_id("line", title, named, chart_id)
    labels = _categories(named, categories)
    lookup = [{x: (v, m) for x, v, m in points} for _name, points in named]
    present = [float(v) for values in lookup for v, _m in values.values() if v is not None]
    high = _scale_end(present, max_value)
    low = _auto_floor(high, min(present, default=0.0)) if min_value == "auto" else float(min_value or 0)
    frame = _Frame(labels=labels, low=low, high=high if high > low else low + 1)
    body = _axes(frame)
    for number, values in enumerate(lookup):
        body += _series(frame, number, values, fmt)
    legend, height = _legend(frame, [name for name, _points in named])
    body += legend
    if description is None:
        description = _describe_lines(named, labels, fmt)
    rows = [
        ChartRow(header=label, cells=[_cell(*v.get(label, (None, "")), fmt=fmt) for v in lookup]) for label in labels
    ]
    table = ChartTable(
        caption=_("Số liệu của biểu đồ: %(title)s") % {"title": title},
        headers=[x_header or _("Năm"), *[name for name, _points in named]],
        rows=rows,
    )
    svg = _svg(chart_id, title, description, height, body)
    return Chart(id=chart_id, title=title, description=description, svg=svg, table=table, note=note, kind="line")


def _describe_lines(named, labels, fmt):
    if not labels:
        return _("Biểu đồ đường, chưa có số liệu.")
    parts, order = [], {label: index for index, label in enumerate(labels)}
    for name, points in named:
        present = sorted(((x, v) for x, v, _m in points if v is not None), key=lambda item: order.get(item[0], 0))
        if not present:
            parts.append(_("%(name)s: chưa có số liệu") % {"name": name})
        elif len(present) == 1:
            x, v = present[0]
            parts.append(_("%(name)s: %(value)s (%(x)s)") % {"name": name, "value": fmt(v), "x": x})
        else:
            (x1, v1), (x2, v2) = present[0], present[-1]
            parts.append(
                _("%(name)s: từ %(first)s (%(x1)s) đến %(last)s (%(x2)s)")
                % {"name": name, "first": fmt(v1), "x1": x1, "last": fmt(v2), "x2": x2}
            )
    return (
        _("Biểu đồ đường từ %(start)s đến %(end)s. ") % {"start": labels[0], "end": labels[-1]} + "; ".join(parts) + "."
    )
