"""Uploaded files are checked by content, and served with the right type and a Vietnamese file name."""

import io
import urllib.parse
import zipfile

import docx
import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage
from django.core.files.uploadedfile import SimpleUploadedFile

from reform.documents.uploads import DOCX, ODS, ODT, PDF, XLSX, content_disposition, inspect_bytes
from reform.models.media import ReformDocument
from tests.document_factories import make_file, pdf_bytes


def docx_bytes():
    document = docx.Document()
    document.add_paragraph("Kế hoạch truyền thông về cải cách hành chính năm 2023")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes():
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Chỉ số cải cách hành chính"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def opendocument_bytes(mimetype):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as the format asks
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048


@pytest.mark.parametrize(
    ("name", "data", "content_type", "pages"),
    [
        ("ke-hoach.pdf", pdf_bytes(2), PDF, 2),
        ("Kế hoạch.docx", docx_bytes(), DOCX, None),
        ("chi-so.xlsx", xlsx_bytes(), XLSX, None),
        ("bien-ban.odt", opendocument_bytes(ODT), ODT, None),
        ("so-lieu.ods", opendocument_bytes(ODS), ODS, None),
        ("cong-van.doc", OLE2, "application/msword", None),
        ("bang.xls", OLE2, "application/vnd.ms-excel", None),
    ],
)
def test_allowed_formats_pass_and_are_described(name, data, content_type, pages):
    inspection = inspect_bytes(data, name)
    assert (inspection.content_type, inspection.page_count) == (content_type, pages)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("trang.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "HTML, SVG hay mã lệnh"),
        ("anh.pdf", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>', "HTML, SVG"),
        ("bao-cao.doc", b"#!/bin/sh\nrm -rf /\n", "HTML, SVG hay mã lệnh"),
        ("trang.html", b"<html><body>x</body></html>", "HTML, SVG hay mã lệnh"),
        ("hong.pdf", b"%PDF-1.4\n% not really a pdf\n", "Tệp PDF bị hỏng"),
        ("ke-hoach.docx", pdf_bytes(), "Nội dung tệp là PDF nhưng tên tệp có đuôi “.docx”"),
        ("ke-hoach.pdf", docx_bytes(), "Nội dung tệp là DOCX nhưng tên tệp có đuôi “.pdf”"),
        ("ghi-chu.txt", b"van ban thuong", "Không nhận tệp đuôi “.txt”"),
        ("cai-dat.exe", b"MZ\x90\x00" + b"\x00" * 100, "Không nhận tệp đuôi “.exe”"),
        ("nen.zip.pdf", b"PK\x03\x04" + b"\x00" * 100, "không phải PDF"),
        ("rong.pdf", b"", "Tệp rỗng"),
    ],
)
def test_refused_files_get_a_vietnamese_reason(name, data, message):
    with pytest.raises(ValidationError) as error:
        inspect_bytes(data, name)
    assert message in " ".join(error.value.messages)


def test_size_limit_is_configurable(settings):
    settings.REFORM_UPLOAD_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        inspect_bytes(pdf_bytes(), "lon.pdf")
    assert "Tệp quá lớn" in error.value.messages[0]


def test_content_disposition_keeps_vietnamese_names():
    value = content_disposition("Kế hoạch truyền thông 2023.pdf", inline=True)
    assert value == (
        "inline; filename=\"ke-hoach-truyen-thong-2023.pdf\"; filename*=UTF-8''"
        + urllib.parse.quote("Kế hoạch truyền thông 2023.pdf", safe="")
    )
    assert content_disposition("bao-cao.docx", inline=False) == 'attachment; filename="bao-cao.docx"'


# --- through Wagtail's admin and serve view -------------------------------------------------------


@pytest.mark.django_db
def test_admin_upload_refuses_html_named_pdf_and_accepts_a_real_pdf(admin_client):
    url = "/admin/documents/add/"
    fake = SimpleUploadedFile("ke-hoach.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    response = admin_client.post(url, {"title": "Giả", "file": fake, "collection": 1})
    assert response.status_code == 200
    assert "HTML, SVG hay mã lệnh" in response.content.decode()
    assert not ReformDocument.objects.filter(title="Giả").exists()

    real = SimpleUploadedFile("Kế hoạch 2023.pdf", pdf_bytes(4), content_type="application/octet-stream")
    response = admin_client.post(url, {"title": "Kế hoạch", "file": real, "collection": 1})
    assert response.status_code == 302, response.content.decode()[:2000]
    document = ReformDocument.objects.get(title="Kế hoạch")
    assert (document.mime_type, document.page_count) == (PDF, 4)
    assert document.filename == "Kế_hoạch_2023.pdf"


class RemoteLikeStorage(Storage):
    """Files kept in a dict and no local path, like S3: Wagtail then sends the model's Content-Disposition."""

    files = {}

    def _save(self, name, content):
        self.files[name] = content.read()
        return name

    def _open(self, name, mode="rb"):
        return ContentFile(self.files[name], name=name)

    def exists(self, name):
        return name in self.files

    def size(self, name):
        return len(self.files[name])

    def delete(self, name):
        self.files.pop(name, None)

    def url(self, name):
        return f"https://tep.example.org/{name}"


@pytest.fixture(params=["local", "remote"])
def storage(request, settings, tmp_path):
    """The documents' storage for one test: files on disk, or remote ones without a local path.

    Only the file field's storage is swapped: replacing the default storage would empty the
    in-memory one that other tests' images live in.
    """
    field = ReformDocument._meta.get_field("file")
    original = field.storage
    field.storage = FileSystemStorage(location=tmp_path) if request.param == "local" else RemoteLikeStorage()
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    yield request.param
    field.storage = original


@pytest.mark.django_db
def test_served_pdf_opens_inline_with_its_vietnamese_name(client, storage):
    document = make_file(name="Quyết định 828-QĐ-UBND.pdf")
    assert document.is_stored_locally() == (storage == "local")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('inline; filename="')
    assert "filename*=UTF-8''" + urllib.parse.quote(document.filename, safe="") in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # the document page shows it in an <object>


@pytest.mark.django_db
def test_served_office_file_downloads_with_its_type(client, storage):
    document = make_file(name="Báo cáo quý I.docx", data=docx_bytes())
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"].startswith('attachment; filename="')
    assert "filename*=UTF-8''B%C3%A1o" in response["Content-Disposition"]
