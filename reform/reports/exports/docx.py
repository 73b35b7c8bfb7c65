"""The report as a Word document in the administrative layout of Nghị định 30/2020/NĐ-CP (Phụ lục I).

A4, Times New Roman, margins within the decree's ranges; a borderless two-column header (the
parent body over the agency's name in bold capitals with a short rule and "Số: …/BC-…"; the
national name, the motto with its rule and the italic place-and-date line); "BÁO CÁO" and the
subject; part I with the figures and tables, parts II and III with the narrative the caller
passes (or "…" for the Office to fill in); "Nơi nhận:" bottom left and the signature bottom right.
Page numbers sit centred in the header from the second page on, as the decree asks.
"""

import datetime
import io
import re

import docx
from django.utils import translation
from django.utils.translation import gettext as _
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ...charts import format_value
from ..tables import PERCENT, TEXT, report_sections, totals_table

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
PAGE = {"width": 210, "height": 297, "top": 20, "bottom": 20, "left": 30, "right": 15}  # mm, NĐ 30 ranges
TEXT_WIDTH = PAGE["width"] - PAGE["left"] - PAGE["right"]
HEADER_COLUMNS = (65, TEXT_WIDTH - 65)
BLANK_NUMBER = "\u00a0" * 6  # "Số:       /BC-STC" until the Office gives it a number
ROMAN = ["I", "II", "III", "IV", "V"]


# --- low-level helpers -------------------------------------------------------------------------


def _font(run, size=None, bold=None, italic=None):
    """Size and emphasis; the face comes from the Normal style, which every paragraph and cell inherits."""
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    return run


def _paragraph(container, text="", size=BODY_PT, bold=False, italic=False, align=None, before=0, after=0, indent=0):
    paragraph = container.add_paragraph()
    if text:
        _font(paragraph.add_run(text), size, bold, italic)
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent:
        fmt.first_line_indent = Mm(indent)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _rule(container, width_mm, column_mm):
    """A short centred line: the bottom border of an empty paragraph indented to width_mm."""
    paragraph = _paragraph(container, size=2)
    side = max((column_mm - width_mm) / 2 - 2, 0)  # the cell's own padding takes ~2 mm a side
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    _font(paragraph.add_run(""), 2)
    return paragraph


def _no_borders(table):
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _widths(table, widths_mm):
    """Widths on the grid and on every cell: Word reads the cells, LibreOffice the grid."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=False):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _cell_text(cell, text, size=TABLE_PT, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = Pt(2)
    paragraph.paragraph_format.space_after = Pt(2)
    _font(paragraph.add_run(text), size, bold, italic)


def _keep_rows(table):
    """The header row repeats on every page and no row breaks across two pages."""
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if index == 0:
            properties.append(OxmlElement("w:tblHeader"))


def _page_number_header(section):
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _setup(document):
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE["width"]), Mm(PAGE["height"])
    section.top_margin, section.bottom_margin = Mm(PAGE["top"]), Mm(PAGE["bottom"])
    section.left_margin, section.right_margin = Mm(PAGE["left"]), Mm(PAGE["right"])
    section.header_distance = Mm(10)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(language)
    normal.paragraph_format.space_after = Pt(0)
    _page_number_header(section)


# --- what the decree's layout needs ------------------------------------------------------------


def vietnamese_date(day):
    """ "ngày 05 tháng 7 năm 2023": days below 10 and months 1–2 take a leading zero (NĐ 30)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return _("ngày %(day)s tháng %(month)s năm %(year)s") % {"day": f"{day.day:02d}", "month": month, "year": day.year}


def default_place(agency):
    """The province or city the agency's name or parent body ends with: "Bình Định"."""
    for text in (agency.get("parent_body") or "", agency.get("name") or ""):
        match = re.search(r"\b(?:tỉnh|thành phố|Tỉnh|Thành phố|TỈNH|THÀNH PHỐ)\s+(.+)$", text)
        if match:
            place = match.group(1).strip()
            return place if not place.isupper() else place.title()
    return ""


def header_name(agency):
    """The agency's name without the province its parent body already names: "SỞ TÀI CHÍNH"."""
    name, place = agency.get("name") or "", default_place(agency)
    if place and agency.get("parent_body"):
        name = re.sub(rf"\s+(?:tỉnh|thành phố|Tỉnh|Thành phố)\s+{re.escape(place)}$", "", name)
    return name.upper()


def header_parent(parent_body):
    """The parent body in capitals, "Ủy ban nhân dân" shortened to "UBND" as headers usually do."""
    short = re.sub(r"^(?:Ủy|Uỷ|ỦY|UỶ) ban nhân dân\s+", "UBND ", parent_body.strip(), flags=re.IGNORECASE)
    return short.upper()


def _as_date(value):
    if isinstance(value, datetime.date):
        return value
    if value:
        try:
            return datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    return None


def _lines(value):
    if not value:
        return []
    if isinstance(value, str):
        value = value.splitlines()
    return [line.strip() for line in value if line and line.strip()]


def _header(document, figures, meta):
    agency = figures["agency"]
    abbreviation = agency.get("abbreviation") or "…"
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _widths(table, HEADER_COLUMNS)
    left, right = table.rows[0].cells
    centre = WD_ALIGN_PARAGRAPH.CENTER
    left.paragraphs[0].alignment = centre
    if agency.get("parent_body"):
        _font(left.paragraphs[0].add_run(header_parent(agency["parent_body"])), 13)
        _paragraph(left, header_name(agency), 13, bold=True, align=centre)
    else:
        _font(left.paragraphs[0].add_run(header_name(agency)), 13, bold=True)
    _rule(left, 25, HEADER_COLUMNS[0])
    right.paragraphs[0].alignment = centre
    _font(right.paragraphs[0].add_run(_("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), 12, bold=True)
    _paragraph(right, _("Độc lập - Tự do - Hạnh phúc"), 13, bold=True, align=centre)
    _rule(right, 62, HEADER_COLUMNS[1])
    number_cell, date_cell = table.rows[1].cells
    number = meta.get("number") or BLANK_NUMBER
    _cell_text(
        number_cell, _("Số: %(number)s/BC-%(agency)s") % {"number": number, "agency": abbreviation}, 13, align=centre
    )
    place = meta.get("place") or default_place(agency) or "…"
    day = _as_date(meta.get("date"))
    date_text = (
        vietnamese_date(day) if day else _("ngày     tháng     năm %(year)s") % {"year": datetime.date.today().year}
    )
    _cell_text(date_cell, f"{place}, {date_text}", 14, italic=True, align=centre)


def _title(document, figures, meta):
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(document, _("BÁO CÁO"), 14, bold=True, align=centre, before=18)
    subject = meta.get("subject") or _("Kết quả thực hiện công tác tuyên truyền cải cách hành chính %(period)s") % {
        "period": figures["period"]["phrase"]
    }
    _paragraph(document, subject, 14, bold=True, align=centre)
    _rule(document, 40, TEXT_WIDTH)
    _paragraph(document, after=6)


def _cell_value(value, column_format):
    if value is None or value == "":
        return "—" if value is None else ""
    if isinstance(value, str):
        return value
    return format_value(value, "%" if column_format == PERCENT else "")


def _table_widths(table):
    """Numbers narrow, other text columns a little wider, the row labels take what is left."""
    columns = len(table.headers)
    number_width = 25 if columns <= 4 else 16 if columns <= 6 else 14
    widths = [0] + [22 if column_format == TEXT else number_width for column_format in table.formats[1:]]
    widths[0] = max(TEXT_WIDTH - sum(widths), 40)
    return widths


def _data_table(document, table, number):
    _paragraph(
        document,
        _("Bảng %(number)s. %(title)s") % {"number": number, "title": table.title},
        13,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=6,
        after=3,
    )
    rows = table.rows + ([table.total] if table.total else [])
    grid = document.add_table(rows=1 + len(rows), cols=len(table.headers))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(grid, _table_widths(table))
    _keep_rows(grid)
    cells_of = [row.cells for row in grid.rows]
    size = TABLE_PT if len(table.headers) <= 6 else TABLE_PT - 1  # the plan's eight columns fit the page
    for cell, header in zip(cells_of[0], table.headers, strict=True):
        _cell_text(cell, str(header), size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row_index, row in enumerate(rows, start=1):
        is_total = table.total is not None and row_index == len(rows)
        for column, (cell, value) in enumerate(zip(cells_of[row_index], row, strict=True)):
            column_format = table.formats[column]
            numeric = column > 0 and not isinstance(value, str)
            _cell_text(
                cell,
                _cell_value(value, column_format),
                size,
                bold=is_total,
                align=WD_ALIGN_PARAGRAPH.RIGHT if numeric else WD_ALIGN_PARAGRAPH.LEFT,
            )
    if table.note:
        _paragraph(document, table.note, 12, italic=True, before=3)
    _paragraph(document, after=3)


def _narrative(document, text, placeholder=True):
    paragraphs = _lines(text)
    if not paragraphs and placeholder:
        paragraphs = ["…"]
    for line in paragraphs:
        _paragraph(document, line, indent=10, after=6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _part(document, number, title):
    _paragraph(document, f"{ROMAN[number - 1]}. {title.upper()}", bold=True, before=6, after=6, indent=10)


def _body(document, figures, narrative):
    period = figures["period"]
    first = datetime.date.fromisoformat(period["first_day"]).strftime("%d/%m/%Y")
    last = datetime.date.fromisoformat(period["last_day"]).strftime("%d/%m/%Y")
    _narrative(
        document,
        narrative.get("intro")
        or _(
            "%(agency)s báo cáo kết quả thực hiện công tác tuyên truyền cải cách hành chính %(period)s "
            "(từ ngày %(first)s đến ngày %(last)s) như sau:"
        )
        % {"agency": figures["agency"].get("name") or "", "period": period["phrase"], "first": first, "last": last},
    )
    _part(document, 1, _("Kết quả thực hiện"))
    _narrative(document, narrative.get("results"), placeholder=False)
    table_number = 1
    _paragraph(document, f"1. {totals_table(figures).title}", bold=True, indent=10, after=3)
    _data_table(document, totals_table(figures), table_number)
    for index, section in enumerate(report_sections(figures), start=2):
        _paragraph(document, f"{index}. {section.title}", bold=True, indent=10, before=6, after=3)
        _paragraph(document, section.summary, indent=10, after=3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        for table in section.tables:
            table_number += 1
            _data_table(document, table, table_number)
    _part(document, 2, _("Tồn tại, hạn chế"))
    _narrative(document, narrative.get("shortcomings"))
    _part(document, 3, _("Đề xuất, kiến nghị"))
    _narrative(document, narrative.get("proposals"))
    if narrative.get("closing"):
        _narrative(document, narrative["closing"], placeholder=False)


def default_recipients():
    return [_("Sở Nội vụ (để báo cáo);"), _("Lãnh đạo Sở;"), _("Lưu: VT, VP.")]


def _signature(document, meta):
    _paragraph(document, after=6)
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, (TEXT_WIDTH / 2 - 5, TEXT_WIDTH / 2 + 5))
    left, right = table.rows[0].cells
    _font(left.paragraphs[0].add_run(_("Nơi nhận:")), 12, bold=True, italic=True)
    for line in _lines(meta.get("recipients")) or default_recipients():
        text = line if line.startswith(("-", "–")) else f"- {line}"
        _paragraph(left, text, 11)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    titles = _lines(meta.get("signer_title")) or _lines(_("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"))
    right.paragraphs[0].alignment = centre
    _font(right.paragraphs[0].add_run(titles[0].upper()), 14, bold=True)
    for line in titles[1:]:
        _paragraph(right, line.upper(), 14, bold=True, align=centre)
    for _blank in range(4):  # room for the signature and the seal
        _paragraph(right, "", 14, align=centre)
    _paragraph(right, meta.get("signer") or "", 14, bold=True, align=centre)


def build_docx(figures, narrative=None, meta=None):
    """The report as DOCX bytes. narrative: {intro, results, shortcomings, proposals, closing} texts
    (paragraphs one per line); meta: {number, place, date, recipients, signer, signer_title, subject}."""
    narrative, meta = narrative or {}, meta or {}
    with translation.override(figures.get("language") or "vi"):
        document = docx.Document()
        _setup(document)
        properties = document.core_properties
        properties.title = _("Báo cáo kết quả công tác tuyên truyền cải cách hành chính %(period)s") % {
            "period": figures["period"]["phrase"]
        }
        properties.author = figures["agency"].get("name") or ""
        properties.language = figures.get("language") or "vi"
        _header(document, figures, meta)
        _title(document, figures, meta)
        _body(document, figures, narrative)
        _signature(document, meta)
        buffer = io.BytesIO()
        document.save(buffer)
    return buffer.getvalue()
