"""Library entries for the tests: one at a time (published through a revision, as editors do) or many quickly."""

import datetime
import io

from django.core.files.base import ContentFile
from pypdf import PdfWriter

from reform.models import DocumentLibraryPage, DocumentRelation, DocumentType, IssuingBody, OfficialDocumentPage
from reform.models.media import ReformDocument
from tests.factories import vi_area


def vi_type(slug):
    return DocumentType.objects.get(slug=slug, locale__language_code="vi")


def vi_body(slug):
    return IssuingBody.objects.get(slug=slug, locale__language_code="vi")


def library():
    return DocumentLibraryPage.objects.get(locale__language_code="vi")


def pdf_bytes(pages=1):
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_file(name="Quyết định 828-QĐ-UBND.pdf", data=None, title=None):
    document = ReformDocument(title=title or name)
    document.file = ContentFile(data if data is not None else pdf_bytes(), name=name)
    document._set_document_file_metadata()
    document.save()
    return document


def make_document(
    number="828/QĐ-UBND",
    type="quyet-dinh",
    body="ubnd-tinh-binh-dinh",
    issued_on=datetime.date(2023, 3, 19),
    excerpt="Về việc ban hành Kế hoạch truyền thông về công tác cải cách hành chính năm 2023",
    relations=(),
    areas=(),
    publish=True,
    parent=None,
    **fields,
):
    """A document entry under the library; relations are (kind, number or page) pairs."""
    page = OfficialDocumentPage(
        number=number,
        document_type=vi_type(type),
        issuing_body=vi_body(body),
        issued_on=issued_on,
        excerpt=excerpt,
        **fields,
    )
    if areas:
        page.reform_areas = [vi_area(n) for n in areas]
    page.relations = [
        DocumentRelation(
            kind=kind, sort_order=i, **({"target_page": target} if hasattr(target, "pk") else {"target_number": target})
        )
        for i, (kind, target) in enumerate(relations)
    ]
    page.live = publish
    (parent or library()).add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return OfficialDocumentPage.objects.get(pk=page.pk)


def library_pages():
    """Library pages for the HTML and accessibility checks: listing, filtered search, an entry, site search."""
    decision = make_document(main_file=make_file(), areas=[1, 2], signer="Nguyễn Văn A", signer_title="CHỦ TỊCH")
    make_document(
        "01/KH-STC",
        "ke-hoach",
        "so-tai-chinh-binh-dinh",
        datetime.date(2023, 3, 31),
        "Truyền thông về cải cách hành chính năm 2023",
        relations=[("implements", decision), ("refers", "27-NQ/TW")],
    )
    base = library().url
    return {
        "library": base,
        "library-search": base + "?q=k%E1%BA%BF+ho%E1%BA%A1ch&type=quyet-dinh",
        "document": decision.url,
        "site-search": "/tim-kiem/?q=cai+cach+hanh+chinh",
    }
