"""The report as one long CSV table (section, label, value), UTF-8 with a BOM so Excel reads the marks.

Every number of every table is one row; a table with several value columns gives one section per
column ("Buổi tổ chức theo loại — Số buổi"). Numbers are written plainly (1234, 2.5) for tools.
"""

import csv
import io

from django.utils import translation
from django.utils.translation import gettext as _

from ..tables import TEXT, report_tables

BOM = "\ufeff"


def rows(figures):
    period = figures["period"]
    general = _("Thông tin chung")
    yield [general, _("Cơ quan"), figures["agency"].get("name") or ""]
    yield [general, _("Kỳ báo cáo"), period["label"]]
    yield [general, _("Từ ngày"), period["first_day"]]
    yield [general, _("Đến ngày"), period["last_day"]]
    for table in report_tables(figures):
        columns = [i for i, column_format in enumerate(table.formats) if i > 0 and column_format != TEXT]
        for row in table.rows + ([table.total] if table.total else []):
            for i in columns:
                section = table.title if len(columns) == 1 else f"{table.title} — {table.headers[i]}"
                value = row[i]
                yield [section, row[0], "" if value is None else value]


def build_csv(figures):
    """The CSV text, starting with a BOM; write it encoded as UTF-8."""
    with translation.override(figures.get("language") or "vi"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([_("Mục"), _("Nội dung"), _("Số liệu")])
        writer.writerows(rows(figures))
    return BOM + buffer.getvalue()
