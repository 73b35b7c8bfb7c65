"""The report as a workbook: a sheet per table (bold headers, number formats, widths), then the item lists.

Written in openpyxl's write-only mode, which streams rows instead of holding a cell object per
value: a yearly report lists thousands of items.
"""

import datetime
import io

from django.utils import translation
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..tables import PERCENT, report_tables
from .items import item_lists

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
FORMATS = {int: "#,##0", float: "#,##0.0"}
DATE_FORMAT = "DD/MM/YYYY"
SHEET_NAME_MAX = 31


def sheet_name(title, used):
    name = "".join(" " if char in "[]:*?/\\" else char for char in title)[:SHEET_NAME_MAX].strip()
    base, number = name, 2
    while name in used:
        suffix = f" ({number})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        number += 1
    used.add(name)
    return name


def _cell(sheet, value, bold=False, number_format=None):
    if isinstance(value, datetime.date):
        number_format = DATE_FORMAT
    cell = WriteOnlyCell(sheet, value=value)
    if bold:
        cell.font = BOLD
    if number_format:
        cell.number_format = number_format
    elif type(value) in FORMATS:
        cell.number_format = FORMATS[type(value)]
    return cell


def _header_row(sheet, headers):
    row = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=str(header))
        cell.font = BOLD
        cell.alignment = WRAP
        row.append(cell)
    return row


def _widths(sheet, widths):
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _table_sheet(workbook, table, used, figures):
    sheet = workbook.create_sheet(sheet_name(table.title, used))
    _widths(sheet, [48] + [16] * (len(table.headers) - 1))
    sheet.freeze_panes = "B3"
    sheet.append([_cell(sheet, table.title, bold=True), _cell(sheet, figures["period"]["label"])])
    sheet.append(_header_row(sheet, table.headers))
    for row in table.rows:
        sheet.append(
            [
                _cell(sheet, value, number_format='0"%"' if table.formats[i] == PERCENT and value is not None else None)
                for i, value in enumerate(row)
            ]
        )
    if table.total:
        sheet.append([_cell(sheet, value, bold=True) for value in table.total])
    if table.note:
        sheet.append([])
        sheet.append([_cell(sheet, table.note)])


def _items_sheet(workbook, listing, used):
    sheet = workbook.create_sheet(sheet_name(listing.title, used))
    _widths(sheet, listing.widths)
    sheet.freeze_panes = "A2"
    sheet.append(_header_row(sheet, listing.headers))
    for row in listing.rows:
        # Plain values stream fastest; only dates need a cell of their own for the dd/mm/yyyy format.
        sheet.append([_cell(sheet, value) if isinstance(value, datetime.date) else value for value in row])


def build_xlsx(figures):
    """The report's tables and item lists as XLSX bytes."""
    with translation.override(figures.get("language") or "vi"):
        workbook = Workbook(write_only=True)
        used = set()
        for table in report_tables(figures):
            _table_sheet(workbook, table, used, figures)
        for listing in item_lists(figures):
            _items_sheet(workbook, listing, used)
        buffer = io.BytesIO()
        workbook.save(buffer)
    return buffer.getvalue()
