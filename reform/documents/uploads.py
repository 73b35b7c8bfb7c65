"""Uploaded files are checked by what they contain, not by their name, and served with honest headers.

Only the formats official documents come in are accepted (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS),
up to REFORM_UPLOAD_MAX_BYTES. The content must be what the extension says: the first bytes are
sniffed with `filetype`, office files built on ZIP are confirmed from their table of contents, a
PDF must open with pypdf (its page count is kept for the detail page). HTML, SVG and scripts are
refused whatever they are called, since a browser could run them from the site's own origin.
"""

import io
import os
import unicodedata
import zipfile
from dataclasses import dataclass
from urllib.parse import quote

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from ..text import nfc, slugify_vi

PDF = "application/pdf"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
CONTENT_TYPES = {"pdf": PDF, "doc": DOC, "xls": XLS, "docx": DOCX, "xlsx": XLSX, "odt": ODT, "ods": ODS}
ALLOWED_EXTENSIONS = tuple(CONTENT_TYPES)
FORMAT_NAMES = {PDF: "PDF", DOC: "DOC", XLS: "XLS", DOCX: "DOCX", XLSX: "XLSX", ODT: "ODT", ODS: "ODS"}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SNIFF_BYTES = 8192
# Markers of markup or code a browser or shell would run, looked for at the start of a file.
ACTIVE_MARKERS = (b"<!doctype", b"<html", b"<svg", b"<script", b"<?xml", b"<body", b"<iframe", b"#!")


@dataclass
class Inspection:
    content_type: str
    page_count: int | None = None


def max_bytes():
    return settings.REFORM_UPLOAD_MAX_BYTES


def _extension(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def _zip_members(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError, EOFError):
        return None, ""
    return names, mimetype


def _sniff(data, extension):
    """The content type the bytes really are (among the allowed ones), or None."""
    head = data[:SNIFF_BYTES]
    kind = filetype.guess(head)
    if kind is not None and kind.mime == PDF or head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(OLE2_MAGIC):
        # Word and Excel 97–2003 share the OLE2 container; filetype tells them apart when it can.
        if kind is not None and kind.mime in (DOC, XLS):
            return kind.mime
        if kind is not None:
            return kind.mime  # PowerPoint and other OLE2 files: not allowed
        return CONTENT_TYPES.get(extension) if extension in ("doc", "xls") else None
    if head.startswith(ZIP_MAGIC):
        names, mimetype = _zip_members(data)
        if names is None:
            return None
        if mimetype in (ODT, ODS):
            return mimetype
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names:
            return XLSX
        return "application/zip"
    return kind.mime if kind is not None else None


def _looks_active(data):
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(ACTIVE_MARKERS) or any(marker in head for marker in (b"<script", b"<svg", b"<html"))


def _pdf_pages(data):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(_("Tệp PDF được đặt mật khẩu: hãy tải lên bản không đặt mật khẩu."))
        pages = len(reader.pages)
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise ValidationError(_("Tệp PDF bị hỏng, không đọc được. Hãy xuất lại tệp PDF rồi tải lên.")) from exc
    if pages < 1:
        raise ValidationError(_("Tệp PDF không có trang nào."))
    return pages


def read_all(file):
    """The whole content of an uploaded or stored file, leaving it rewound."""
    position = file.tell() if hasattr(file, "tell") else None
    file.seek(0)
    data = file.read()
    file.seek(position or 0)
    return data


def inspect_bytes(data, name):
    """Inspection of content called name, or ValidationError with a Vietnamese message."""
    extension = _extension(name)
    allowed = ", ".join(ext.upper() for ext in ALLOWED_EXTENSIONS)
    if len(data) > max_bytes():
        raise ValidationError(
            _("Tệp quá lớn: %(size)s; giới hạn là %(limit)s.")
            % {"size": filesizeformat(len(data)), "limit": filesizeformat(max_bytes())}
        )
    if not data:
        raise ValidationError(_("Tệp rỗng."))
    actual = _sniff(data, extension)
    if actual is None and _looks_active(data):
        raise ValidationError(
            _("Không nhận tệp HTML, SVG hay mã lệnh. Chỉ nhận tệp văn bản: %(allowed)s.") % {"allowed": allowed}
        )
    if extension not in CONTENT_TYPES:
        raise ValidationError(
            _("Không nhận tệp đuôi “.%(ext)s”. Chỉ nhận: %(allowed)s.") % {"ext": extension, "allowed": allowed}
        )
    if actual not in FORMAT_NAMES:
        raise ValidationError(
            _("Nội dung tệp không phải %(format)s dù tên tệp có đuôi “.%(ext)s”. Chỉ nhận: %(allowed)s.")
            % {"format": extension.upper(), "ext": extension, "allowed": allowed}
        )
    if actual != CONTENT_TYPES[extension]:
        raise ValidationError(
            _("Nội dung tệp là %(actual)s nhưng tên tệp có đuôi “.%(ext)s”: hãy đổi tên tệp cho đúng.")
            % {"actual": FORMAT_NAMES[actual], "ext": extension}
        )
    pages = _pdf_pages(data) if actual == PDF else None
    return Inspection(content_type=actual, page_count=pages)


def inspect_upload(file, name=None):
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes():
        raise ValidationError(
            _("Tệp quá lớn: %(size)s; giới hạn là %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes())}
        )
    return inspect_bytes(read_all(file), name or getattr(file, "name", ""))


def clean_filename(name):
    """NFC (files from macOS arrive decomposed) with the directory part dropped."""
    return unicodedata.normalize("NFC", nfc(os.path.basename(name or "")))


def content_disposition(filename, inline):
    """RFC 6266 with an ASCII fallback and the UTF-8 name (RFC 5987), so “Kế hoạch.pdf” stays itself."""
    filename = clean_filename(filename) or "tep"
    stem, dot, extension = filename.rpartition(".")
    ascii_name = (slugify_vi(stem) or "tep") + (f".{extension.encode('ascii', 'ignore').decode()}" if dot else "")
    disposition = "inline" if inline else "attachment"
    value = f'{disposition}; filename="{ascii_name}"'
    if ascii_name != filename:
        value += f"; filename*=UTF-8''{quote(filename, safe='')}"
    return value
