"""What the document page shows beyond its own fields, in a fixed number of queries.

Files (main and attachments) come in one query, relations in both directions in one, and the
pages citing the document in one; taxonomy names from the request-wide lookups.
"""

from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Q, Subquery
from wagtail.models import Page

from ..enums import RelationKind
from ..models.taxonomy import DocumentType, IssuingBody, localized_lookup
from ..request_cache import private_pages_q, public
from .listing import area_rows
from .validity import REPEALING_KINDS, SUSPENDING_KINDS

CITING_LIMIT = 20


def inverse_label(kind):
    from django.utils.translation import gettext as _

    labels = {
        RelationKind.BASED_ON: _("Là căn cứ của"),
        RelationKind.IMPLEMENTS: _("Được thực hiện bởi"),
        RelationKind.GUIDES: _("Được hướng dẫn bởi"),
        RelationKind.AMENDS: _("Được sửa đổi bởi"),
        RelationKind.SUPPLEMENTS: _("Được bổ sung bởi"),
        RelationKind.REPLACES: _("Được thay thế bởi"),
        RelationKind.REPEALS: _("Bị bãi bỏ bởi"),
        RelationKind.REPEALS_IN_PART: _("Bị bãi bỏ một phần bởi"),
        RelationKind.SUSPENDS: _("Bị đình chỉ bởi"),
        RelationKind.REFERS: _("Được dẫn chiếu bởi"),
    }
    return labels[RelationKind(kind)]


def private_paths():
    """Paths of view-restricted subtrees, from the list the page chrome has read already."""
    return [value for name, value in private_pages_q().children if name == "path__startswith"]


def is_visible(page, hidden):
    return page is not None and page.live and not any(page.path.startswith(path) for path in hidden)


def files_of(document):
    from ..models.documents import DocumentAttachment
    from ..models.media import ReformDocument

    attached = DocumentAttachment.objects.filter(page_id=document.pk)
    rows = list(
        ReformDocument.objects.filter(Q(pk=document.main_file_id) | Q(pk__in=attached.values("document_id"))).annotate(
            label=Subquery(attached.filter(document_id=OuterRef("pk")).order_by("sort_order").values("label")[:1]),
            position=Subquery(
                attached.filter(document_id=OuterRef("pk")).order_by("sort_order").values("sort_order")[:1]
            ),
        )
    )
    main = next((row for row in rows if row.pk == document.main_file_id), None)
    attachments = sorted(
        (row for row in rows if row.pk != document.main_file_id), key=lambda row: (row.position or 0, row.pk)
    )
    return main, attachments


def relations_of(document):
    """(outgoing groups, incoming groups, successors): lists of (label, [entry]) in the kinds' order."""
    from ..models.documents import DocumentRelation

    hidden = private_paths()
    # Incoming relations point at this page or at one of its translations; the ids come from the
    # translation_key index, and whether the source is published is checked on the loaded rows.
    translations = Page.objects.filter(translation_key=document.translation_key).values("id")
    relations = (
        DocumentRelation.objects.filter(Q(source_id=document.pk) | Q(target_page_id__in=Subquery(translations)))
        .select_related("source", "target_page")
        .order_by("sort_order", "pk")
    )
    outgoing, incoming, successors = OrderedDict(), OrderedDict(), []
    order = list(RelationKind.values)
    # A source in several languages counts once, in the document's own language when it has one.
    sources = {}
    for relation in relations:
        if relation.source_id == document.pk:
            target = relation.target_page if is_visible(relation.target_page, hidden) else None
            entry = {
                "page": target,
                "number": target.number if target else relation.target_number,
                "title": target.excerpt if target else relation.target_title,
                "note": relation.note,
            }
            outgoing.setdefault(relation.kind, []).append(entry)
        elif relation.source.translation_key != document.translation_key and is_visible(relation.source, hidden):
            key = (relation.kind, relation.source.translation_key)
            current = sources.get(key)
            if current is None or (
                relation.source.locale_id == document.locale_id and current.source.locale_id != document.locale_id
            ):
                sources[key] = relation
    for relation in sources.values():
        source = relation.source
        entry = {"page": source, "number": source.number, "title": source.excerpt, "note": relation.note}
        incoming.setdefault(relation.kind, []).append(entry)
        if relation.kind in (*REPEALING_KINDS, *SUSPENDING_KINDS):
            successors.append({"kind": relation.kind, "label": inverse_label(relation.kind), **entry})

    def groups(found, label):
        return [(label(kind), found[kind]) for kind in sorted(found, key=order.index)]

    return (
        groups(outgoing, lambda kind: RelationKind(kind).label),
        groups(incoming, inverse_label),
        successors,
    )


def citing_pages(document):
    if not document.number_key:
        return []
    pages = (
        public(
            Page.objects.live()
            .filter(document_citations__number_key=document.number_key, locale_id=document.locale_id)
            .exclude(translation_key=document.translation_key)
        )
        .only("id", "title", "url_path", "path", "depth", "content_type_id", "first_published_at", "locale_id")
        .order_by("-first_published_at", "-pk")[:CITING_LIMIT]
    )
    pages = list(pages)
    for page in pages:
        model = ContentType.objects.get_for_id(page.content_type_id).model_class()
        page.kind_label = model._meta.verbose_name if model else ""
    return pages


def document_context(request, document, chrome):
    main, attachments = files_of(document)
    outgoing, incoming, successors = relations_of(document)
    return {
        "type_row": localized_lookup(DocumentType).for_id(document.document_type_id),
        "body_row": localized_lookup(IssuingBody).for_id(document.issuing_body_id),
        "areas": area_rows(document.area_keys),
        "status": document.validity,
        "main_file": main,
        "attachments": attachments,
        "outgoing": outgoing,
        "incoming": incoming,
        "successors": successors,
        "citing_pages": citing_pages(document),
        "library": chrome["ancestors"][-1] if chrome.get("ancestors") else None,
    }
