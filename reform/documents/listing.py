"""The library listing: search, filters with counts, sorting and pagination, in a fixed number of queries.

Filter state lives in the query string (a plain GET form, no JavaScript); an unknown value is a
404, as for the article listings. Two queries do the work whatever the library holds, and both
read the document table alone (``library_locale`` spares them the page table):

1. the counts: one GROUP BY over (type, issuing body, year, validity) of the rows the search
   words match, with one count per reform area and the size of each search rank tier. Every
   filter is a column of that result, so Python derives each filter's counts with the *other*
   filters applied (choosing a year still shows how many documents each other year has), the
   total, and the tiers.
2. the page: the ids of the page, read tier by tier through the (locale, date) index, then the
   page's rows and their page-table fields for those ids only (reform/documents/search.py).

Taxonomy names come from the request-wide lookups (reform/models/taxonomy.py).
"""

import math
import uuid
from collections import Counter
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, Subquery, Value
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from ..enums import DocumentSort, IssuingLevel, ValidityStatus
from ..models.taxonomy import DocumentType, IssuingBody, ReformArea, localized_lookup
from ..request_cache import public
from .search import SearchQuery, parse_query, rank_case, tiered_ids, tiers
from .validity import status_expression, status_of, today

DIMENSIONS = ("type", "body", "level", "area", "year", "status")
ROW_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "translation_key",
    "number",
    "excerpt",
    "issued_on",
    "effective_on",
    "expires_on",
    "validity_override",
    "repealed_on",
    "suspended_on",
    "amended_on",
    "document_type_id",
    "issuing_body_id",
)


class LibraryFilterForm(forms.Form):
    q = forms.CharField(required=False)
    type = forms.SlugField(required=False, max_length=255)
    body = forms.SlugField(required=False, max_length=255)
    level = forms.ChoiceField(required=False, choices=[("", "")] + list(IssuingLevel.choices))
    area = forms.SlugField(required=False, max_length=255)
    year = forms.IntegerField(required=False, min_value=1945, max_value=2100)
    status = forms.ChoiceField(required=False, choices=[("", "")] + list(ValidityStatus.choices))
    sort = forms.ChoiceField(required=False, choices=[("", "")] + list(DocumentSort.choices))
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000_000)


@dataclass
class Filters:
    query: SearchQuery
    type: object = None
    body: object = None
    level: str = ""
    area: object = None
    year: int | None = None
    status: str = ""
    sort: str = DocumentSort.NEWEST
    page: int = 1

    @property
    def any(self):
        return bool(self.query or self.type or self.body or self.level or self.area or self.year or self.status)


def page_size():
    return settings.REFORM_DOCUMENT_PAGE_SIZE


def documents_in(library):
    """Published, public documents the library lists.

    Its own language's entries; a library in another language also lists the default-language
    entries not yet translated, so the English library is not empty while documents are Vietnamese.
    """
    from ..models.documents import OfficialDocumentPage

    queryset = OfficialDocumentPage.objects.all()
    active = get_supported_content_language_variant(get_language())
    if active != settings.LANGUAGE_CODE:
        translated = OfficialDocumentPage.objects.filter(library_locale_id=library.locale_id).values("translation_key")
        queryset = queryset.filter(
            Q(library_locale_id=library.locale_id)
            | (Q(library_locale__language_code=settings.LANGUAGE_CODE) & ~Q(translation_key__in=Subquery(translated)))
        )
    else:
        queryset = queryset.filter(library_locale_id=library.locale_id)
    return public(queryset)


def _by_slug(lookup, slug, message):
    if not slug:
        return None
    for row in lookup.values():
        if row.slug == slug:
            return row
    raise Http404(message)


def resolve_filters(params):
    form = LibraryFilterForm(params)
    if not form.is_valid():
        raise Http404(_("Bộ lọc không hợp lệ."))
    data = form.cleaned_data
    query = parse_query(data.get("q"))
    sort = data.get("sort") or (DocumentSort.RELEVANCE if query else DocumentSort.NEWEST)
    if sort == DocumentSort.RELEVANCE and not query:
        sort = DocumentSort.NEWEST
    return Filters(
        query=query,
        type=_by_slug(localized_lookup(DocumentType), data.get("type"), _("Không có loại văn bản này.")),
        body=_by_slug(localized_lookup(IssuingBody), data.get("body"), _("Không có cơ quan ban hành này.")),
        level=data.get("level") or "",
        area=_by_slug(localized_lookup(ReformArea), data.get("area"), _("Không có lĩnh vực này.")),
        year=data.get("year"),
        status=data.get("status") or "",
        sort=sort,
        page=data.get("page") or 1,
    )


def _key(lookup, pk):
    row = lookup.for_id(pk)
    return row.translation_key if row is not None else None


@dataclass
class Counts:
    by: dict
    total: int = 0
    numbered: int = 0
    exact: int = 0


def area_keys():
    return [str(row.translation_key) for row in sorted(localized_lookup(ReformArea).values(), key=lambda a: a.number)]


def facet_counts(base, filters, on):
    """Counts per filter value with the other filters applied, the total and the search tiers: one query."""
    types, bodies = localized_lookup(DocumentType), localized_lookup(IssuingBody)
    keys = area_keys()
    searched = base.filter(filters.query.filter_q()) if filters.query else base
    chosen_area = str(filters.area.translation_key) if filters.area else None
    in_area = Q(area_keys__contains=chosen_area) if chosen_area else Q()
    aggregates = {"n": Count("pk")}
    for index, key in enumerate(keys):
        aggregates[f"a{index}"] = Count("pk", filter=Q(area_keys__contains=key))
    ranked = filters.query and filters.sort == DocumentSort.RELEVANCE
    if ranked:
        number_q, exact_q = filters.query.tier_qs()
        if number_q is not None:
            aggregates["numbered"] = Count("pk", filter=number_q & in_area)
        if exact_q is not None:
            aggregates["exact"] = Count(
                "pk", filter=(exact_q & ~number_q if number_q is not None else exact_q) & in_area
            )
    rows = (
        searched.order_by()
        .values("document_type_id", "issuing_body_id", "issued_year")
        .annotate(validity=status_expression(on))
        .annotate(**aggregates)
    )
    wanted = {
        "type": filters.type.translation_key if filters.type else None,
        "body": filters.body.translation_key if filters.body else None,
        "level": filters.level or None,
        "year": filters.year,
        "status": filters.status or None,
    }
    weight_of = f"a{keys.index(chosen_area)}" if chosen_area in keys else ("n" if not chosen_area else None)
    result = Counts(by={dimension: Counter() for dimension in DIMENSIONS})
    for row in rows:
        body = bodies.for_id(row["issuing_body_id"])
        values = {
            "type": _key(types, row["document_type_id"]),
            "body": body.translation_key if body else None,
            "level": body.level if body else None,
            "year": row["issued_year"],
            "status": row["validity"],
        }
        failed = [name for name, value in values.items() if wanted[name] is not None and value != wanted[name]]
        weight = row[weight_of] if weight_of else 0
        if not failed:
            result.total += weight
            result.numbered += row.get("numbered", 0)
            result.exact += row.get("exact", 0)
            for index, key in enumerate(keys):
                result.by["area"][key] += row[f"a{index}"]
        for dimension in values:
            if not failed or failed == [dimension]:
                result.by[dimension][values[dimension]] += weight
    return result


def filtered(base, filters, on):
    queryset = base
    if filters.query:
        queryset = queryset.filter(filters.query.filter_q())
    if filters.type is not None:
        queryset = queryset.filter(document_type__translation_key=filters.type.translation_key)
    if filters.body is not None:
        queryset = queryset.filter(issuing_body__translation_key=filters.body.translation_key)
    if filters.level:
        queryset = queryset.filter(issuing_body__level=filters.level)
    if filters.area is not None:
        queryset = queryset.filter(area_keys__contains=str(filters.area.translation_key))
    if filters.year:
        queryset = queryset.filter(issued_year=filters.year)
    if filters.status:
        queryset = queryset.alias(validity=status_expression(on)).filter(validity=filters.status)
    return queryset


def page_rows(base, filters, counts, on, offset, size):
    """The rows of one page: ids chosen on the document table, then those rows with their page fields."""
    from ..models.documents import OfficialDocumentPage

    rows = filtered(base, filters, on)
    if filters.sort == DocumentSort.OLDEST:
        order = ("issued_on", "pk")
    else:
        order = ("-issued_on", "-pk")
    if filters.sort == DocumentSort.RELEVANCE and filters.query:
        tier_list = tiers(filters.query, counts.numbered, counts.exact, counts.total)
        rank = rank_case(filters.query)
    else:
        tier_list, rank = [(None, counts.total)], Value(0)
    pieces = tiered_ids(rows, tier_list, offset, size, order)
    if not pieces:
        return []
    chosen = Q()
    for piece in pieces:
        chosen |= Q(pk__in=piece)
    page = OfficialDocumentPage.objects.filter(chosen).annotate(rank=rank).only(*ROW_FIELDS)
    return list(page.order_by("rank", *order))


class CountedRows:
    """A page's rows fetched on demand, with their number already known from the counts (no COUNT query)."""

    def __init__(self, fetch, count):
        self.fetch, self._count = fetch, count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.fetch(index.start or 0, (index.stop or self._count) - (index.start or 0))
        return self.fetch(index, 1)[0]


def paginate(fetch, total, number, per_page):
    """A Django page whose rows come from fetch(offset, size); 404 beyond the last page."""
    paginator = Paginator(CountedRows(fetch, total), per_page, allow_empty_first_page=True)
    if number > max(1, math.ceil(total / per_page)):
        raise Http404(_("Không có trang này."))
    return paginator.page(number)


def decorate(documents, on):
    """What a row shows: localized type and body, validity today."""
    types, bodies = localized_lookup(DocumentType), localized_lookup(IssuingBody)
    for document in documents:
        document.type_row = types.for_id(document.document_type_id)
        document.body_row = bodies.for_id(document.issuing_body_id)
        document.status = status_of(document, on)
    return documents


def facet_options(counts, filters):
    """Choices for each filter, with their counts, in a stable order."""
    types, bodies, areas = localized_lookup(DocumentType), localized_lookup(IssuingBody), localized_lookup(ReformArea)

    def rows(lookup, dimension, active, sort_key):
        chosen = [
            (row, counts[dimension].get(row.translation_key, 0))
            for row in lookup.values()
            if counts[dimension].get(row.translation_key) or (active and active.translation_key == row.translation_key)
        ]
        return sorted(chosen, key=lambda pair: sort_key(pair[0]))

    level_order = {value: index for index, value in enumerate(IssuingLevel.values)}
    body_rows = rows(bodies, "body", filters.body, lambda b: (level_order.get(b.level, 9), b.sort_order, b.name))
    body_groups = [
        (label, [(row, n) for row, n in body_rows if row.level == value]) for value, label in IssuingLevel.choices
    ]
    return {
        "types": rows(types, "type", filters.type, lambda t: (t.sort_order, t.name)),
        "body_groups": [(label, group) for label, group in body_groups if group],
        "levels": [(value, label, counts["level"].get(value, 0)) for value, label in IssuingLevel.choices],
        "areas": [
            (row, counts["area"].get(str(row.translation_key), 0))
            for row in sorted(areas.values(), key=lambda a: a.number)
        ],
        "years": sorted(
            ((year, n) for year, n in counts["year"].items() if year and (n or year == filters.year)), reverse=True
        )
        + ([(filters.year, 0)] if filters.year and filters.year not in counts["year"] else []),
        "statuses": [(value, label, counts["status"].get(value, 0)) for value, label in ValidityStatus.choices],
    }


def library_context(request, library):
    filters = resolve_filters(request.GET)
    on = today()
    base = documents_in(library)
    counts = facet_counts(base, filters, on)
    page = paginate(
        lambda offset, size: page_rows(base, filters, counts, on, offset, size),
        counts.total,
        filters.page,
        page_size(),
    )
    decorate(page.object_list, on)
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "documents": page,
        "filters": filters,
        "total": counts.total,
        "options": facet_options(counts.by, filters),
        "sort_choices": [
            (value, label) for value, label in DocumentSort.choices if value != DocumentSort.RELEVANCE or filters.query
        ],
        "query_without_page": query.urlencode(),
        "area_lookup": localized_lookup(ReformArea),
    }


def area_rows(area_keys):
    """The localized reform areas of a document's stored keys."""
    lookup = localized_lookup(ReformArea)
    rows = []
    for key in (area_keys or "").split():
        try:
            row = lookup.get(uuid.UUID(key))
        except ValueError:
            continue
        if row is not None:
            rows.append(row)
    return sorted(rows, key=lambda a: a.number)
