"""The shared SVG charts (reform/charts.py): escaped, accessible, with a table equal to the data, valid HTML."""

import re
from decimal import Decimal

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from reform.charts import bar_chart, format_value, line_chart


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def render(*charts):
    return "".join(render_to_string("reform/includes/chart.html", {"chart": chart}) for chart in charts)


def table_data(html):
    """The rendered table as lists of cell texts, read back from the HTML."""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        rows.append([re.sub(r"<[^>]+>", "", cell).strip() for cell in cells])
    return rows


def test_labels_and_titles_are_escaped_in_svg_and_table():
    chart = bar_chart('<script>alert("x")</script> & co', [("<script>bad()</script>", 3)])
    html = render(chart)
    assert "<script" not in html
    assert "&lt;script&gt;bad()&lt;/script&gt;" in str(chart.svg)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in html
    line = line_chart("<b>x</b>", [("<i>series</i>", [("<u>2020</u>", 1)])])
    html = render(line)
    assert "<b>" not in html and "<i>" not in html and "<u>" not in html
    assert "&lt;i&gt;series&lt;/i&gt;" in str(line.svg)


def test_svg_is_labelled_by_its_title_and_description():
    chart = bar_chart("Tin, bài theo phòng", [("Văn phòng", 4), ("Thanh tra", 2)], chart_id="by-division")
    svg = str(chart.svg)
    assert 'role="img"' in svg
    assert 'aria-labelledby="by-division-title by-division-desc"' in svg
    assert '<title id="by-division-title">Tin, bài theo phòng</title>' in svg
    assert '<desc id="by-division-desc">' in svg
    assert "Cao nhất: Văn phòng (4)" in chart.description
    assert "thấp nhất: Thanh tra (2)" in chart.description
    html = render(chart)
    assert '<figure class="chart chart--bar" id="by-division">' in html
    assert "<figcaption" in html and "<caption>Số liệu của biểu đồ: Tin, bài theo phòng</caption>" in html


def test_every_value_is_written_as_text_on_the_chart():
    chart = bar_chart("PCI", [("2021", Decimal("64.2")), ("2022", Decimal("66.65"))], unit="điểm")
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", str(chart.svg))
    assert "64,2 điểm" in texts and "66,65 điểm" in texts
    line = line_chart("PAR INDEX", [("Tỉnh", [("2021", 82.5, "*"), ("2022", 85.03)])], unit="%", max_value=100)
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", str(line.svg))
    assert "82,5% *" in texts and "85,03%" in texts and "Tỉnh" in texts


def test_zero_and_missing_values():
    chart = bar_chart("Sự kiện", [("Tọa đàm", 0), ("Giao ban", None), ("Chi bộ", 5)])
    svg = str(chart.svg)
    assert ">0</text>" in svg
    assert "không có số liệu" in svg
    assert svg.count("<rect") == 2  # the zero keeps a hairline bar, the missing value has none
    assert [cell.text for row in chart.table.rows for cell in row.cells] == ["0", "—", "5"]
    everything_zero = bar_chart("Trống", [("A", 0), ("B", 0)])  # no division by zero
    assert ">0</text>" in str(everything_zero.svg)
    empty = line_chart("Trống", [])
    assert empty.table.rows == [] and "chưa có số liệu" in empty.description
    gap = line_chart("Xu hướng", [("Tỉnh", [("2020", 1), ("2021", None), ("2022", 3)])])
    assert "<polyline" not in str(gap.svg)  # two single points either side of the gap: no line across it
    assert str(gap.svg).count("<circle") == 3  # two points and the legend's marker


def test_table_contents_equal_the_data():
    rows = [("Phòng Quản lý ngân sách", 12), ("Phòng Tài chính doanh nghiệp - Tin học", 1234), ("Văn phòng", 0.5)]
    chart = bar_chart("Tin, bài", rows, label_header="Phòng", value_header="Số tin, bài")
    assert chart.table.headers == ["Phòng", "Số tin, bài"]
    assert [(row.header, row.cells[0].value) for row in chart.table.rows] == rows
    assert table_data(render(chart)) == [
        ["Phòng", "Số tin, bài"],
        ["Phòng Quản lý ngân sách", "12"],
        ["Phòng Tài chính doanh nghiệp - Tin học", "1.234"],
        ["Văn phòng", "0,5"],
    ]
    series = [("Tỉnh", [("2022", 85.03), ("2020", 80)]), ("Sở", [("2021", 90.1)])]
    line = line_chart("PAR INDEX", series, unit="%")
    assert [row.header for row in line.table.rows] == ["2020", "2021", "2022"]  # years in order
    assert table_data(render(line)) == [
        ["Năm", "Tỉnh", "Sở"],
        ["2020", "80%", "—không có số liệu"],
        ["2021", "—không có số liệu", "90,1%"],
        ["2022", "85,03%", "—không có số liệu"],
    ]


def test_numbers_follow_the_language():
    assert format_value(Decimal("85.030"), "%") == "85,03%"
    assert format_value(5000) == "5.000"
    assert format_value(None) == "—"
    with translation.override("en"):
        assert format_value(Decimal("85.03"), "%") == "85.03%"
        assert format_value(5000) == "5,000"


def test_ids_are_unique_per_chart_and_stable():
    first = bar_chart("Tin, bài", [("A", 1)])
    second = bar_chart("Tin, bài", [("A", 2)])
    third = line_chart("Tin, bài", [("A", [("2020", 1)])])
    assert len({first.id, second.id, third.id}) == 3
    assert bar_chart("Tin, bài", [("A", 1)]).id == first.id
    html = render(first, second, third)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)) == 9  # figure, title and desc of each
    for chart in (first, second, third):
        assert re.match(r"^[a-z][a-z0-9-]*$", chart.id)


def test_long_labels_wrap_and_the_table_keeps_them_whole():
    label = "Phòng Tài chính hành chính sự nghiệp " * 6
    chart = bar_chart("Dài", [(label.strip(), 1)])
    lines = re.findall(r'<text x="12"[^>]*>([^<]*)</text>', str(chart.svg))
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert chart.table.rows[0].header == label.strip()


@pytest.mark.validation
def test_charts_are_valid_html(tmp_path):
    from tests.test_html_validity import run_vnu

    charts = render(
        bar_chart("Tin, bài theo phòng", [("Văn phòng", 3), ("Thanh tra", 0), ("Phòng Quản lý giá", None)]),
        line_chart(
            "Chỉ số qua các năm",
            [("Tỉnh", [("2020", 80, "*"), ("2021", None), ("2022", 85.03)]), ("Sở", [("2022", 90)])],
            unit="%",
            max_value=100,
        ),
    )
    page = tmp_path / "charts.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Biểu đồ</title></head>'
        f"<body><main>{charts}</main></body></html>",
        encoding="utf-8",
    )
    errors = run_vnu([page])
    assert not errors, [m.get("message") for m in errors]
