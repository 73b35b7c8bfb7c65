"""Draw a one- or two-page PDF laid out like a Vietnamese administrative document (for the demo).

The demo has no scans of the real documents, so the loader draws stand-ins with reportlab: the
header of NĐ 30/2020 (issuing body and number on the left, the national or Party motto on the
right), the place and date line, the type and trích yếu, the text, the signature block, and a
footer saying plainly that the file is an illustration, not the original.

Vietnamese needs a TrueType font with its glyphs: REFORM_PDF_FONT, else Noto Sans or DejaVu Sans
where the system has them (Debian: fonts-noto-core, fonts-dejavu-core). Without one, the text is
written without diacritics in Helvetica rather than with missing glyphs.
"""

import io
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings

FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
ILLUSTRATION_NOTE = (
    "Bản minh họa do hệ thống tạo cho dữ liệu mẫu của chuyên mục, không phải bản gốc của văn bản. "
    "Nội dung đầy đủ xem tại văn bản gốc của cơ quan ban hành."
)
_fonts = None


def _ascii(text):
    """Marks dropped, đ→d, case kept: readable in a font without Vietnamese glyphs."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


def fonts():
    """(regular, bold, has Vietnamese glyphs), registering the TrueType font once."""
    global _fonts
    if _fonts is not None:
        return _fonts
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    configured = getattr(settings, "REFORM_PDF_FONT", "")
    candidates = [(configured, configured)] if configured else []
    candidates += list(FONT_CANDIDATES)
    for regular, bold in candidates:
        if Path(regular).is_file():
            pdfmetrics.registerFont(TTFont("ReformSans", regular))
            pdfmetrics.registerFont(TTFont("ReformSans-Bold", bold if Path(bold).is_file() else regular))
            _fonts = ("ReformSans", "ReformSans-Bold", True)
            return _fonts
    _fonts = ("Helvetica", "Helvetica-Bold", False)
    return _fonts


def long_date(place, date):
    """“Bình Định, ngày 19 tháng 3 năm 2023”: days below 10 and months 1–2 take a leading zero."""
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def render_document(
    *,
    issuer,
    number_line,
    place,
    issued_on,
    kind,
    excerpt,
    paragraphs,
    signer="",
    signer_title="",
    party=False,
    parent_issuer="",
):
    """The PDF bytes of an illustrative document."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold, vietnamese = fonts()

    def text(value):
        return escape(value if vietnamese else _ascii(value))

    base = ParagraphStyle("base", fontName=regular, fontSize=11.5, leading=16)
    centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
    centre_bold = ParagraphStyle("centre_bold", parent=centre, fontName=bold)
    body = ParagraphStyle("body", parent=base, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6)
    note = ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor="#555555")

    left = [Paragraph(text(parent_issuer.upper()), centre)] if parent_issuer else []
    left += [Paragraph(text(issuer.upper()), centre_bold), Paragraph(text(number_line), centre)]
    if party:
        right = [Paragraph(text("ĐẢNG CỘNG SẢN VIỆT NAM"), centre_bold)]
    else:
        right = [
            Paragraph(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), centre_bold),
            Paragraph(text("Độc lập - Tự do - Hạnh phúc"), centre_bold),
        ]
    right.append(Paragraph(f"<i>{text(long_date(place, issued_on))}</i>", centre))
    header = Table([[left, right]], colWidths=[70 * mm, 100 * mm])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))

    story = [header, Spacer(1, 10 * mm)]
    story.append(Paragraph(text(kind.upper()), ParagraphStyle("kind", parent=centre_bold, fontSize=14, leading=18)))
    story.append(Paragraph(text(excerpt), centre_bold))
    story.append(Spacer(1, 8 * mm))
    for paragraph in paragraphs:
        story.append(Paragraph(text(paragraph), body))
    if signer:
        story.append(Spacer(1, 8 * mm))
        signature = [Paragraph(text(line), centre_bold) for line in signer_title.splitlines() if line.strip()]
        signature += [Spacer(1, 14 * mm), Paragraph(text(signer), centre_bold)]
        table = Table([["", signature]], colWidths=[80 * mm, 90 * mm])
        story.append(table)
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(text(ILLUSTRATION_NOTE), note))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_ascii(f"{kind} {number_line}") if not vietnamese else f"{kind} {number_line}",
        author=issuer,
        invariant=1,
    )
    document.build(story)
    return buffer.getvalue()
