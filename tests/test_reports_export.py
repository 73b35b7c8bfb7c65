"""The report's exports read back: DOCX (python-docx, and LibreOffice when installed), XLSX (openpyxl), CSV.

Every figure in each file is compared with what the ORM counts in tests/report_factories.py, and the
DOCX with the layout of Nghị định 30/2020/NĐ-CP (header, national name and motto, "Số:", "BÁO CÁO",
"Nơi nhận:", signature, A4, margins, Times New Roman).
"""

import csv
import datetime
import io
import shutil
import subprocess
from decimal import Decimal

import docx
import pytest
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook
from pypdf import PdfReader

from reform.periods import period_for
from reform.reports.exports import build_csv, build_docx, build_xlsx
from reform.reports.figures import compute
from tests.report_factories import Q1_EVENTS, Q1_WORKFLOW, expected_activities, expected_tables, report_content

pytestmark = pytest.mark.django_db

URL = "/admin/reports/bao-cao-dinh-ky/"
EVENT_COLUMNS = ["Số buổi", "Công khai", "Nội bộ", "Dự kiến", "Thực tế"]
WORKFLOW_COLUMNS = ["Số trang được duyệt", "Số ngày làm việc (trung vị)", "Lượt trả lại"]
TOTAL_LABELS = {
    "articles": "Tin, bài đã đăng trên chuyên mục",
    "documents": "Văn bản đã đăng tải",
    "sessions": "Buổi tọa đàm, hội nghị, sinh hoạt đã tổ chức",
    "participants_expected": "Người tham dự (dự kiến)",
    "participants_actual": "Người tham dự (thực tế)",
    "press": "Tin, bài trên báo, đài",
    "published_via_workflow": "Trang được duyệt qua quy trình",
    "returned": "Lượt bản nháp bị trả lại",
}


@pytest.fixture
def q1(site_pages, people):
    report_content(site_pages, people)
    period = period_for(2023, "q1")
    expected = expected_tables(period, Q1_EVENTS, Q1_WORKFLOW)
    return {
        "figures": compute(period),
        "expected": expected,
        "activities": expected_activities(period, expected),
    }


def shown(value):
    """How a number reads in the document: Vietnamese grouping and decimal comma, "—" for none."""
    if value is None:
        return "—"
    if isinstance(value, float):
        text = f"{Decimal(str(value)).normalize():f}"
        return text.replace(".", ",")
    return f"{value:,}".replace(",", ".")


def expected_rows(q1):
    return {title: rows for title, rows in q1["expected"].items() if not title.startswith("_")}


# --- DOCX -----------------------------------------------------------------------------------------


def blocks(document):
    """Paragraphs and tables in body order."""
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            yield Paragraph(child, document)
        elif child.tag.endswith("}tbl"):
            yield DocxTable(child, document)


def docx_tables(document):
    """{title: rows} of the numbered tables ("Bảng 3. Tin, bài theo phòng"), rows as lists of cell texts."""
    found, caption = {}, None
    for block in blocks(document):
        if isinstance(block, Paragraph):
            if block.text.startswith("Bảng "):
                caption = block.text.split(". ", 1)[1]
        elif caption:
            found[caption] = [[cell.text for cell in row.cells] for row in block.rows]
            caption = None
    return found


def runs_of(cell_or_doc, text):
    return [run for paragraph in cell_or_doc.paragraphs for run in paragraph.runs if text in run.text]


def has_bottom_rule(cell):
    return any(
        paragraph._p.pPr is not None and paragraph._p.pPr.find(docx.oxml.ns.qn("w:pBdr")) is not None
        for paragraph in cell.paragraphs
    )


def test_docx_layout_of_decree_30(q1):
    document = docx.Document(io.BytesIO(build_docx(q1["figures"])))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4, stored in twips
    margins = [round(margin.mm, 1) for margin in (section.top_margin, section.bottom_margin)]
    assert all(20 <= margin <= 25 for margin in margins)
    assert 30 <= round(section.left_margin.mm, 1) <= 35 and 15 <= round(section.right_margin.mm, 1) <= 20
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)

    header = document.tables[0]
    borders = header._tbl.tblPr.find(docx.oxml.ns.qn("w:tblBorders"))
    assert borders is not None and all(edge.get(docx.oxml.ns.qn("w:val")) == "nil" for edge in borders)
    agency, nation = header.rows[0].cells
    assert agency.paragraphs[0].text == "UBND TỈNH BÌNH ĐỊNH"
    assert agency.paragraphs[1].text == "SỞ TÀI CHÍNH" and agency.paragraphs[1].runs[0].bold
    assert nation.paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and nation.paragraphs[0].runs[0].bold
    assert nation.paragraphs[1].text == "Độc lập - Tự do - Hạnh phúc" and nation.paragraphs[1].runs[0].bold
    assert has_bottom_rule(agency) and has_bottom_rule(nation)
    number, date_line = header.rows[1].cells
    assert number.text.startswith("Số:") and number.text.endswith("/BC-STC")
    assert date_line.text.startswith("Bình Định, ngày") and date_line.paragraphs[0].runs[0].italic

    texts = [paragraph.text for paragraph in document.paragraphs]
    title = texts.index("BÁO CÁO")
    assert document.paragraphs[title].runs[0].bold and document.paragraphs[title].alignment == 1  # centred
    assert texts[title + 1] == "Kết quả thực hiện công tác tuyên truyền cải cách hành chính Quý I năm 2023"
    parts = [texts.index(part) for part in ("I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. ĐỀ XUẤT, KIẾN NGHỊ")]
    assert parts == sorted(parts)
    assert texts[parts[1] + 1] == "…" and texts[parts[2] + 1] == "…"  # for the Office to write

    recipients, signature = document.tables[-1].rows[0].cells
    heading = runs_of(recipients, "Nơi nhận:")[0]
    assert heading.bold and heading.italic and heading.font.size == Pt(12)
    assert all(run.font.size == Pt(11) for run in recipients.paragraphs[1].runs)
    assert signature.paragraphs[0].text == "KT. GIÁM ĐỐC" and signature.paragraphs[1].text == "PHÓ GIÁM ĐỐC"


def test_docx_figures_equal_the_database(q1):
    document = docx.Document(io.BytesIO(build_docx(q1["figures"])))
    tables = docx_tables(document)
    for title, rows in expected_rows(q1).items():
        if not rows:
            assert title not in tables or len(tables[title]) == 1
            continue
        got = {row[0]: row[1:] for row in tables[title][1:]}
        assert got == {label: [shown(value) for value in values] for label, values in rows.items()}, title
    totals = {row[0]: row[1] for row in tables["Số liệu tổng hợp"][1:]}
    for key, label in TOTAL_LABELS.items():
        assert totals[label] == shown(q1["expected"]["_totals"][key]), label
    assert totals["Số ngày làm việc từ khi trình đến khi duyệt (trung vị)"] == "4"
    activities = tables["Tiến độ các hoạt động của kế hoạch"]
    assert activities[0][:6] == [
        "Hoạt động",
        "Phòng chủ trì",
        "Tần suất",
        "Chỉ tiêu năm",
        "Kết quả trong kỳ",
        "Lũy kế từ đầu năm",
    ]
    for row, (name, target, count) in zip(activities[1:], q1["activities"], strict=True):
        assert row[0].endswith(name)
        assert (row[3], row[4]) == (shown(target), shown(count))
    body = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Chuyên mục đã đăng 3 tin, bài; 1 tin, bài chưa gắn lĩnh vực cải cách." in body
    assert "Đã tổ chức 6 buổi (2 công khai, 4 nội bộ) với 65 người tham dự (dự kiến 70)." in body


def test_docx_with_narrative_and_meta_of_an_issued_report(q1):
    narrative = {
        "results": "Các phòng đã tích cực viết tin, bài.",
        "shortcomings": "Một số phòng chưa có tin, bài.\nSố người tham dự còn ít.",
        "proposals": "Đề nghị Sở Nội vụ tổ chức tập huấn.",
    }
    meta = {
        "number": "25",
        "place": "Quy Nhơn",
        "date": datetime.date(2023, 4, 5),
        "recipients": ["Sở Nội vụ (b/c);", "Lưu: VT, VP."],
        "signer": "Nguyễn Văn B",
        "signer_title": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    }
    document = docx.Document(io.BytesIO(build_docx(q1["figures"], narrative, meta)))
    number, date_line = document.tables[0].rows[1].cells
    assert number.text == "Số: 25/BC-STC"
    assert date_line.text == "Quy Nhơn, ngày 05 tháng 4 năm 2023"
    texts = [paragraph.text for paragraph in document.paragraphs]
    for line in (
        "Các phòng đã tích cực viết tin, bài.",
        "Số người tham dự còn ít.",
        "Đề nghị Sở Nội vụ tổ chức tập huấn.",
    ):
        assert line in texts
    assert "…" not in texts
    recipients, signature = document.tables[-1].rows[0].cells
    assert [p.text for p in recipients.paragraphs] == ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- Lưu: VT, VP."]
    assert signature.paragraphs[-1].text == "Nguyễn Văn B" and signature.paragraphs[-1].runs[0].bold
    january = docx.Document(io.BytesIO(build_docx(q1["figures"], meta={**meta, "date": "2024-01-09"})))
    assert january.tables[0].rows[1].cells[1].text.endswith("ngày 09 tháng 01 năm 2024")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_docx_opens_in_libreoffice(q1, tmp_path):
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(build_docx(q1["figures"]))
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "bao-cao.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert len(reader.pages) >= 2 and round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4
    assert "BÁO CÁO" in reader.pages[0].extract_text()


# --- XLSX -----------------------------------------------------------------------------------------


def test_xlsx_figures_equal_the_database(q1):
    workbook = load_workbook(io.BytesIO(build_xlsx(q1["figures"])))
    sheets = {sheet["A1"].value: sheet for sheet in workbook.worksheets}
    for title, rows in expected_rows(q1).items():
        sheet = sheets[title]
        assert all(cell.font.bold for cell in sheet[2] if cell.value)  # the header row
        got = {row[0]: tuple(row[1:]) for row in sheet.iter_rows(min_row=3, values_only=True) if row[0]}
        note = [label for label, values in got.items() if all(value is None for value in values)]
        for label in note:  # the note under the table has no figures
            got.pop(label)
        assert got == rows, title
        assert sheet.column_dimensions["A"].width >= 40
    totals = {row[0]: row[1] for row in sheets["Số liệu tổng hợp"].iter_rows(min_row=3, values_only=True)}
    for key, label in TOTAL_LABELS.items():
        assert totals[label] == q1["expected"]["_totals"][key], label
    division = sheets["Tin, bài theo phòng"]
    assert division["B3"].number_format == "#,##0" and division["A2"].font.bold
    articles = next(sheet for sheet in workbook.worksheets if sheet.title == "Danh sách tin, bài")
    listed = list(articles.iter_rows(min_row=2, values_only=True))
    assert len(listed) == q1["expected"]["_totals"]["articles"]
    assert listed[0][:2] == (datetime.datetime(2023, 1, 5), "Cải cách thủ tục thuế")
    assert articles["A2"].number_format == "DD/MM/YYYY"
    events = next(sheet for sheet in workbook.worksheets if sheet.title == "Danh sách buổi tổ chức")
    assert events.max_row - 1 == q1["expected"]["_totals"]["sessions"]
    activities = sheets["Tiến độ các hoạt động của kế hoạch"]
    rows = [
        row for row in activities.iter_rows(min_row=3, values_only=True) if row[3] is not None or row[4] is not None
    ]
    assert [(row[3], row[4]) for row in rows] == [(target, count) for _name, target, count in q1["activities"]]


# --- CSV ------------------------------------------------------------------------------------------


def test_csv_figures_equal_the_database(q1):
    text = build_csv(q1["figures"])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == ["Mục", "Nội dung", "Số liệu"]
    values = {(section, label): value for section, label, value in rows[1:]}
    columns = {
        "Buổi tổ chức theo loại và số người tham dự": EVENT_COLUMNS,
        "Thời gian duyệt và bản nháp bị trả lại theo phòng": WORKFLOW_COLUMNS,
    }
    for title, table in expected_rows(q1).items():
        for label, numbers in table.items():
            for index, number in enumerate(numbers):
                section = f"{title} — {columns[title][index]}" if title in columns else title
                assert values[(section, label)] == ("" if number is None else str(number)), (section, label)
    for key, label in TOTAL_LABELS.items():
        assert values[("Số liệu tổng hợp", label)] == str(q1["expected"]["_totals"][key])
    assert values[("Thông tin chung", "Kỳ báo cáo")] == "Quý I năm 2023"
    for name, target, count in q1["activities"]:
        label = next(key[1] for key in values if key[1].endswith(name))
        assert values[("Tiến độ các hoạt động của kế hoạch — Kết quả trong kỳ", label)] == str(count)
        assert values[("Tiến độ các hoạt động của kế hoạch — Chỉ tiêu năm", label)] == (
            "" if target is None else str(target)
        )


# --- over HTTP --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
def test_export_downloads(client, people, q1, fmt, content_type):
    client.force_login(people["office"])
    response = client.get(f"{URL}xuat/{fmt}/?nam=2023&ky=q1")
    assert response.status_code == 200 and response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="bao-cao-cchc-2023-q1.{fmt}"'
    if fmt == "docx":
        assert "BÁO CÁO" in [p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs]
    elif fmt == "xlsx":
        assert load_workbook(io.BytesIO(response.content)).worksheets[0]["A1"].value == "Số liệu tổng hợp"
    else:
        assert response.content.startswith("\ufeff".encode()) and "Tin, bài theo phòng" in response.content.decode()


def test_custom_range_export_file_name(client, people):
    client.force_login(people["admin"])
    response = client.get(f"{URL}xuat/xlsx/?nam=2023&ky=custom&tu=15/02/2023&den=2023-03-15")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-cchc-20230215-20230315.xlsx"'
