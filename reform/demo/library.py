"""Loads the demo's document library from reform/demo/documents.py, with a drawn PDF for each entry.

Idempotent: an entry is found by its number key under the library, a file by its title.
"""

import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection

from ..bootstrap import publish
from ..documents.pdf import render_document
from ..models import DocumentType, IssuingBody, OfficialDocumentPage, ReformArea, ReformDocument
from ..models.documents import DocumentLibraryPage, DocumentRelation
from ..numbering import parse
from . import documents as data

COLLECTION = "Văn bản"


def ensure_collection():
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION).first() or root.add_child(name=COLLECTION)


def pdf_for(item, document_type, number):
    parent_issuer, issuer = data.HEADERS.get(item["body"], ("", item["body"]))
    party = document_type.family == "party"
    return render_document(
        issuer=issuer,
        parent_issuer=parent_issuer,
        number_line=f"Số {number}" if party else f"Số: {number}",
        place=item["place"],
        issued_on=datetime.date.fromisoformat(item["issued_on"]),
        kind=document_type.name.split(" (")[0],
        excerpt=item["excerpt"],
        paragraphs=item.get("text", []),
        signer=item.get("signer", ""),
        signer_title=item.get("signer_title", ""),
        party=party,
    )


def ensure_file(item, document_type, number, collection):
    title = f"{document_type.name.split(' (')[0]} {number}"
    existing = ReformDocument.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    # A Vietnamese file name on purpose: downloads keep it (RFC 6266 filename*).
    filename = f"{title.replace('/', '-')}.pdf"
    document = ReformDocument(title=title, collection=collection)
    document.file = ContentFile(pdf_for(item, document_type, number), name=filename)
    document._set_document_file_metadata()
    document.save()
    return document


def ensure_documents(library):
    vi = settings.LANGUAGE_CODE
    types = {row.slug: row for row in DocumentType.objects.filter(locale__language_code=vi)}
    bodies = {row.slug: row for row in IssuingBody.objects.filter(locale__language_code=vi)}
    areas = {row.number: row for row in ReformArea.objects.filter(locale__language_code=vi)}
    collection = ensure_collection()
    pages = []
    for item in data.DOCUMENTS:
        number = parse(item["number"])
        existing = OfficialDocumentPage.objects.child_of(library).filter(number_key=number.key).first()
        if existing is not None:
            pages.append(existing)
            continue
        document_type = types[item["type"]]
        page = OfficialDocumentPage(
            number=number.canonical,
            excerpt=item["excerpt"],
            document_type=document_type,
            issuing_body=bodies[item["body"]],
            issued_on=datetime.date.fromisoformat(item["issued_on"]),
            signer=item.get("signer", ""),
            signer_title=" - ".join(item.get("signer_title", "").splitlines()),
            note=item.get("note", ""),
            main_file=ensure_file(item, document_type, number.canonical, collection),
            first_published_at=posted_at(datetime.date.fromisoformat(item["issued_on"])),
        )
        page.reform_areas = [areas[n] for n in item["areas"]]
        page.relations = [
            DocumentRelation(kind=kind, target_number=target, sort_order=order)
            for order, (kind, target) in enumerate(item["relations"])
        ]
        library.add_child(instance=page)
        pages.append(publish(page))
    return pages


# The column opened under the 2023 plan: documents issued before then were posted when it opened,
# later ones the working day after they were issued, so the plan's "posting documents" counts them in 2023.
COLUMN_OPENED = datetime.date(2023, 4, 3)


def posted_at(issued_on):
    day = max(issued_on + datetime.timedelta(days=1), COLUMN_OPENED)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def library_of(column):
    return DocumentLibraryPage.objects.child_of(column).first()
