"""Tình trạng hiệu lực: what a document's validity is today, from its dates and the relations to it.

A document replaced or repealed by a published one is no longer in force once that one takes
effect; one suspended (đình chỉ) is suspended; one amended, supplemented or partly repealed is
partly out of force; one whose effective date is ahead is not yet in force. An editor's explicit
status wins over all of these.

The relation-derived part is stored on each document (``repealed_on``, ``suspended_on``,
``amended_on``: the earliest date a published relation of that kind takes effect) and refreshed
whenever a document that holds relations is saved, unpublished or deleted. The date-derived part
is evaluated against today's date at read time, in Python (``status_of``) for a page and in SQL
(``status_expression``) for filters and counts: the two follow the same order of rules, and the
tests hold them to it.
"""

from collections import defaultdict

from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..enums import RelationKind, ValidityStatus

REPEALING_KINDS = (RelationKind.REPLACES, RelationKind.REPEALS)
SUSPENDING_KINDS = (RelationKind.SUSPENDS,)
AMENDING_KINDS = (RelationKind.AMENDS, RelationKind.SUPPLEMENTS, RelationKind.REPEALS_IN_PART)
STATUS_KINDS = (*REPEALING_KINDS, *SUSPENDING_KINDS, *AMENDING_KINDS)
FIELD_OF_KIND = {
    **dict.fromkeys(REPEALING_KINDS, "repealed_on"),
    **dict.fromkeys(SUSPENDING_KINDS, "suspended_on"),
    **dict.fromkeys(AMENDING_KINDS, "amended_on"),
}
DERIVED_FIELDS = ("repealed_on", "suspended_on", "amended_on")


def today():
    return timezone.localdate()


def status_of(document, on=None):
    """The validity of a document (any object with the fields) on a date, today by default."""
    on = on or today()
    if document.validity_override:
        return ValidityStatus(document.validity_override)
    if (document.expires_on and document.expires_on <= on) or (document.repealed_on and document.repealed_on <= on):
        return ValidityStatus.EXPIRED
    if document.suspended_on and document.suspended_on <= on:
        return ValidityStatus.SUSPENDED
    if document.effective_on and document.effective_on > on:
        return ValidityStatus.NOT_YET
    if document.amended_on and document.amended_on <= on:
        return ValidityStatus.PARTLY_EXPIRED
    return ValidityStatus.IN_FORCE


def status_expression(on=None):
    """status_of as one SQL CASE, for filtering and counting without loading rows."""
    on = on or today()
    return Case(
        When(~Q(validity_override=""), then="validity_override"),
        When(Q(expires_on__lte=on) | Q(repealed_on__lte=on), then=Value(ValidityStatus.EXPIRED.value)),
        When(suspended_on__lte=on, then=Value(ValidityStatus.SUSPENDED.value)),
        When(effective_on__gt=on, then=Value(ValidityStatus.NOT_YET.value)),
        When(amended_on__lte=on, then=Value(ValidityStatus.PARTLY_EXPIRED.value)),
        default=Value(ValidityStatus.IN_FORCE.value),
        output_field=CharField(),
    )


def refresh_validity(translation_keys=None):
    """Recompute the relation-derived dates of the documents with these translation keys (all if None).

    A relation counts when the document holding it is published; it takes effect on that
    document's effective date, or its issue date when it has none.
    """
    from ..models.documents import DocumentRelation, OfficialDocumentPage

    if translation_keys is not None:
        translation_keys = {key for key in translation_keys if key}
        if not translation_keys:
            return 0
    relations = DocumentRelation.objects.filter(
        source__live=True, kind__in=STATUS_KINDS, target_page__isnull=False
    ).exclude(source__translation_key=F("target_page__translation_key"))
    documents = OfficialDocumentPage.objects.all()
    if translation_keys is not None:
        relations = relations.filter(target_page__translation_key__in=translation_keys)
        documents = documents.filter(translation_key__in=translation_keys)
    dates = defaultdict(dict)
    for key, kind, takes_effect in relations.values_list(
        "target_page__translation_key", "kind", Coalesce("source__effective_on", "source__issued_on")
    ):
        field = FIELD_OF_KIND[kind]
        current = dates[key].get(field)
        if takes_effect and (current is None or takes_effect < current):
            dates[key][field] = takes_effect
    changed = 0
    current_rows = documents.values_list("translation_key", *DERIVED_FIELDS).distinct()
    for key, *stored in current_rows:
        wanted = [dates.get(key, {}).get(field) for field in DERIVED_FIELDS]
        if list(stored) != wanted:
            changed += OfficialDocumentPage.objects.filter(translation_key=key).update(
                **dict(zip(DERIVED_FIELDS, wanted, strict=True))
            )
    return changed
