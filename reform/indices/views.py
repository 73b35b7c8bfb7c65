"""What the indices page shows: per subject (province, department) and per index, the latest result
as a card and the trend over the years as a chart with its table.

A constant number of queries whatever the number of years: the results with their components, and
one query for the library entries they cite (in the page's language when translated).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..charts import bar_chart, format_value, line_chart
from ..enums import IndexSubject, ReformIndexKind
from ..request_cache import public

# Indices published as a percentage: shown "85,03%" rather than "85,03/100".
PERCENT_KINDS = {ReformIndexKind.PAR_INDEX, ReformIndexKind.SIPAS}
SAMPLE_MARK = "*"


def sample_note():
    return _("* Số liệu mẫu, không phải số liệu công bố.")


@dataclass
class IndexSeries:
    """One index of one subject: its results oldest first, the latest and the trend chart."""

    kind: str
    subject: str
    results: list = field(default_factory=list)
    chart: object = None

    @property
    def label(self):
        return ReformIndexKind(self.kind).label

    @property
    def latest(self):
        return self.results[-1]

    @property
    def anchor(self):
        return f"{self.kind}-{self.subject}".replace("_", "-")


@dataclass(frozen=True)
class SourceLink:
    title: str
    url: str
    lang: str  # set when the entry is not in the page's language


@dataclass(frozen=True)
class ComponentRow:
    name: str
    score: str
    maximum: str


def score_text(result):
    if result.index in PERCENT_KINDS and result.maximum == 100:
        return format_value(result.score, "%", 4)
    return f"{format_value(result.score, '', 4)}/{format_value(result.maximum, '', 4)}"


def rank_text(result):
    if not result.rank:
        return ""
    return _("thứ %(rank)s/%(of)s") % {"rank": result.rank, "of": result.rank_of}


def results_queryset():
    from ..models.indices import IndexResult

    return (
        IndexResult.objects.annotate(
            source_key=F("source_document__translation_key"), source_number=F("source_document__number")
        )
        .prefetch_related("components")
        .order_by("index", "subject", "year")
    )


def source_links(results, request):
    """{translation key: (title, url)} of the live, public library entries the results cite."""
    from ..models.documents import OfficialDocumentPage

    keys = {result.source_key for result in results if result.source_key}
    if not keys:
        return {}
    language = get_language() or settings.LANGUAGE_CODE
    pages = (
        public(
            OfficialDocumentPage.objects.live().filter(
                translation_key__in=keys, locale__language_code__in={language, settings.LANGUAGE_CODE}
            )
        )
        .select_related("locale")
        .only("id", "title", "url_path", "path", "depth", "translation_key", "locale__language_code")
    )
    links = {}
    # The page's own language wins over the default one.
    for page in sorted(pages, key=lambda p: p.locale.language_code == language):
        other_language = page.locale.language_code if page.locale.language_code != language else ""
        links[page.translation_key] = SourceLink(page.title, page.get_url(request), other_language)
    return links


def _trend_chart(series, kind_label, subject_name):
    if len(series.results) < 2:
        return None
    latest = series.latest
    percent = series.kind in PERCENT_KINDS and latest.maximum == 100
    points = [(str(r.year), r.score, SAMPLE_MARK if r.is_sample else "") for r in series.results]
    has_sample = any(r.is_sample for r in series.results)
    return line_chart(
        _("%(index)s qua các năm") % {"index": kind_label},
        [(subject_name, points)],
        unit="%" if percent else "",
        max_value=max(r.maximum for r in series.results),
        min_value="auto",
        x_header=_("Năm"),
        note=sample_note() if has_sample else "",
        chart_id=f"trend-{series.anchor}",
        decimals=4,
    )


def _comparison_chart(subject, group):
    if len(group) < 2:
        return None
    rows = [
        (f"{s.label} ({s.latest.year})", round(s.latest.percent, 2), SAMPLE_MARK if s.latest.is_sample else "")
        for s in group
    ]
    return bar_chart(
        _("Kết quả mới nhất, tính theo phần trăm điểm tối đa"),
        rows,
        unit="%",
        max_value=100,
        label_header=_("Chỉ số"),
        value_header=_("Tỷ lệ so với điểm tối đa"),
        note=sample_note() if any(s.latest.is_sample for s in group) else "",
        chart_id=f"latest-{subject}",
    )


def indices_context(request):
    results = list(results_queryset())
    links = source_links(results, request)
    order = {kind: number for number, kind in enumerate(ReformIndexKind.values)}
    groups = {}
    for result in results:
        result.source_link = links.get(result.source_key)
        result.score_text = score_text(result)
        result.rank_text = rank_text(result)
        result.component_rows = [
            ComponentRow(c.name, format_value(c.score, "", 4), format_value(c.maximum, "", 4))
            for c in result.components.all()
        ]
        key = (result.subject, result.index)
        if key not in groups:
            groups[key] = IndexSeries(kind=result.index, subject=result.subject)
        groups[key].results.append(result)
    subjects = []
    for subject in IndexSubject:
        series = sorted((s for (sub, _k), s in groups.items() if sub == subject), key=lambda s: order[s.kind])
        if not series:
            continue
        for item in series:
            item.chart = _trend_chart(item, item.label, item.latest.subject_name)
        subjects.append(
            {
                "code": subject.value,
                "heading": _("Chỉ số của tỉnh") if subject == IndexSubject.PROVINCE else _("Chỉ số của Sở"),
                "series": series,
                "comparison": _comparison_chart(subject.value, series),
            }
        )
    language = get_language() or settings.LANGUAGE_CODE
    return {
        "index_subjects": subjects,
        "has_sample": any(result.is_sample for result in results),
        "has_results": bool(results),
        # Names, grades and sources are entered in Vietnamese: say so to screen readers elsewhere.
        "data_lang": "" if language == settings.LANGUAGE_CODE else settings.LANGUAGE_CODE,
    }


def indices_csv(request):
    from .export import csv_response

    results = list(results_queryset())
    return csv_response(results, {result.source_document_id: result.source_number for result in results})
