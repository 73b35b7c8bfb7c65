"""The site-wide search and the admin report of cited documents missing from the library."""

from django.db.models import Count, Min, Q
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from .detail import private_paths
from .listing import paginate
from .search import parse_query, rank_case, tiered_ids, tiers

# Kinds of page the site search tells apart, by model label; everything else is "pages".
KINDS = {
    "documents": ("reform.officialdocumentpage",),
    "articles": ("reform.articlepage",),
    "events": ("reform.eventpage",),
}
KIND_LABELS = {
    "documents": _("Văn bản"),
    "articles": _("Tin, bài"),
    "events": _("Tọa đàm, sự kiện"),
    "pages": _("Trang khác"),
}
SEARCH_PAGE_SIZE = 20


def kind_of(label):
    return next((kind for kind, labels in KINDS.items() if label in labels), "pages")


def _kind_q(kind):
    if kind == "pages":
        known = [label for labels in KINDS.values() for label in labels]
        return ~Q(kind__in=known)
    return Q(kind__in=KINDS[kind])


def search_entries(language):
    """The public rows of the site-wide search in a language (rows exist only for published pages)."""
    from ..models.siteindex import SiteSearchEntry

    entries = SiteSearchEntry.objects.filter(locale__language_code=language)
    for path in private_paths():
        entries = entries.exclude(page__path__startswith=path)
    return entries


def site_search(request):
    """/tim-kiem/?q=…: documents, articles, events and other pages of the visitor's language, best first.

    Two queries over the search rows whatever they hold: the counts per kind and per rank tier in
    one pass, then the page read tier by tier (reform/documents/search.py).
    """
    query = parse_query(request.GET.get("q"))
    kind = request.GET.get("kind") or ""
    if kind and kind not in KIND_LABELS:
        raise Http404(_("Bộ lọc không hợp lệ."))
    try:
        number = int(request.GET.get("page") or 1)
    except ValueError as exc:
        raise Http404(_("Không có trang này.")) from exc
    if number < 1:
        raise Http404(_("Không có trang này."))
    context = {"query": query, "kind": kind, "kinds": [], "results": None, "total": 0}
    if query:
        language = get_supported_content_language_variant(get_language())
        matches = search_entries(language).filter(query.filter_q())
        number_q, exact_q = query.tier_qs()
        aggregates = {"n": Count("pk")}
        if number_q is not None:
            aggregates["numbered"] = Count("pk", filter=number_q)
        if exact_q is not None:
            aggregates["exact"] = Count("pk", filter=exact_q & ~number_q if number_q is not None else exact_q)
        counts, tier_counts = {}, {"numbered": 0, "exact": 0}
        for row in matches.order_by().values("kind").annotate(**aggregates):
            group = kind_of(row["kind"])
            counts[group] = counts.get(group, 0) + row["n"]
            if not kind or group == kind:
                for name in tier_counts:
                    tier_counts[name] += row.get(name, 0)
        total = counts.get(kind, 0) if kind else sum(counts.values())
        rows = matches.filter(_kind_q(kind)) if kind else matches
        tier_list = tiers(query, tier_counts["numbered"], tier_counts["exact"], total)

        def fetch(offset, size):
            pieces = tiered_ids(rows, tier_list, offset, size, ("-date", "-page_id"))
            chosen = Q()
            for piece in pieces:
                chosen |= Q(pk__in=piece)
            if not pieces:
                return []
            results = (
                Page.objects.filter(chosen)
                .select_related("search_entry")
                .annotate(rank=rank_case(query, "search_entry__search_exact", "search_entry__number_key"))
                .only(
                    "id",
                    "title",
                    "url_path",
                    "path",
                    "depth",
                    "content_type_id",
                    "search_entry__kind",
                    "search_entry__summary",
                    "search_entry__date",
                )
                .order_by("rank", "-search_entry__date", "-pk")
            )
            return list(results)

        page = paginate(fetch, total, number, SEARCH_PAGE_SIZE)
        for result in page.object_list:
            result.kind = kind_of(result.search_entry.kind)
            result.kind_label = KIND_LABELS[result.kind]
        without_page = request.GET.copy()
        without_page.pop("page", None)
        without_kind = without_page.copy()
        without_kind.pop("kind", None)
        context.update(
            results=page,
            total=total,
            kinds=[(key, label, counts.get(key, 0)) for key, label in KIND_LABELS.items() if counts.get(key)],
            query_without_page=without_page.urlencode(),
            query_without_kind=without_kind.urlencode(),
        )
    return render(request, "reform/documents/search_page.html", context)


def missing_citations_report(request):
    """Admin: document numbers cited in published pages or relations that the library does not hold."""
    from ..models.documents import DocumentRelation, OfficialDocumentPage
    from ..models.siteindex import PageCitation

    in_library = OfficialDocumentPage.objects.live().values("number_key")
    cited = list(
        PageCitation.objects.filter(page__live=True)
        .exclude(number_key__in=in_library)
        .values("number_key")
        .annotate(number=Min("number"), pages=Count("page", distinct=True))
        .order_by("-pages", "number")[:500]
    )
    examples = {}
    keys = [row["number_key"] for row in cited]
    for citation in (
        PageCitation.objects.filter(number_key__in=keys, page__live=True)
        .select_related("page")
        .only("number_key", "page__id", "page__title")
        .order_by("page__title")
    ):
        examples.setdefault(citation.number_key, [])
        if len(examples[citation.number_key]) < 5:
            examples[citation.number_key].append(citation.page)
    for row in cited:
        row["examples"] = examples.get(row["number_key"], [])
    related = list(
        DocumentRelation.objects.filter(target_page__isnull=True, source__live=True)
        .exclude(target_number_key="")
        .values("target_number_key")
        .annotate(number=Min("target_number"), documents=Count("source", distinct=True))
        .order_by("-documents", "number")[:500]
    )
    title = _("Văn bản được trích dẫn nhưng chưa có trong thư viện")
    return render(
        request,
        "reform/documents/admin/missing_citations.html",
        {
            "cited": cited,
            "related": related,
            "page_title": title,
            "header_title": title,
            "header_icon": "doc-full",
        },
    )
