"""What the plan's measures count, read once per measure for a date window.

Each reader returns Entry rows (plain values, no model instances) carrying the translation keys an
activity's filters compare with (pages may point at the Vietnamese or the English row of a taxonomy;
the key is the same). Matching is then done in Python, so the number of queries depends on the
measures a plan uses, never on the number of activities or of items.

Only Vietnamese content counts: an English translation is the same article, document or event.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext_lazy as _

from ..enums import ActivityMeasure, EventAudience
from ..events.recurrence import local_midnight
from .keys import KeyList, Lookups, parse_keys


class PageUrls:
    """Page URLs from url_path alone, as Page.get_url gives them, at the cost of a string join.

    A year's report links thousands of items; a Page instance and a reverse() for each would cost
    seconds. Wagtail's own rule is applied once per site root (the first root the path falls under),
    and every page below it only appends its path.
    """

    def __init__(self, request=None):
        self.request = request
        self.roots = None
        self.prefixes = {}

    def __call__(self, url_path):
        from wagtail.models import Page, Site

        if self.roots is None:
            self.roots = Site.get_site_root_paths()
        for root in self.roots:
            if url_path.startswith(root.root_path):
                if root not in self.prefixes:
                    self.prefixes[root] = Page(url_path=root.root_path).get_url(self.request) or ""
                prefix = self.prefixes[root]
                return prefix + iri_to_uri(url_path[len(root.root_path) :]) if prefix else ""
        return ""


@dataclass
class Entry:
    """One counted item: an article, a document posted, a session held, a press item."""

    measure: str
    day: datetime.date
    title: str
    kind: str
    url_path: str = ""  # of the page the item links to
    link: str = ""  # an external URL (press items), preferred over the page's
    detail: str = ""
    area_keys: frozenset = field(default_factory=frozenset)
    division_key: object = None
    kind_key: object = None
    type_key: object = None
    level: str = ""
    weight: int = 1  # a grouped row of counts.py stands for this many items
    by_area: bool | None = None  # counts.py: a row of the per-area family (True) or of the plain one (False)

    def url(self, urls):
        """The item's address (urls: a PageUrls), worked out once: several activities may count it."""
        if "_url" not in self.__dict__:
            self._url = self.link or (urls(self.url_path) if self.url_path else "")
        return self._url


def local_bounds(first_day, last_day):
    return local_midnight(first_day), local_midnight(last_day + datetime.timedelta(days=1))


def _rows(queryset, fields, relation, with_areas):
    """Plain rows (no model instances), with the reform areas' keys gathered in the same query."""
    if with_areas:
        queryset = queryset.annotate(area_list=KeyList(f"{relation}__translation_key"))
        fields = (*fields, "area_list")
    return queryset.values_list(*fields, named=True)


def _areas(row):
    return parse_keys(getattr(row, "area_list", ""))


def articles(first_day, last_day, with_areas=True):
    """Live Vietnamese articles dated in [first_day, last_day]: one query."""
    from ..models import ArticlePage

    queryset = ArticlePage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, date__gte=first_day, date__lte=last_day
    )
    fields = ("pk", "title", "url_path", "date", "division__translation_key")
    label = str(_("Tin, bài"))
    return [
        Entry(
            ActivityMeasure.ARTICLES,
            row.date,
            row.title,
            label,
            url_path=row.url_path,
            area_keys=_areas(row),
            division_key=row.division__translation_key,
        )
        for row in _rows(queryset.order_by("date", "pk"), fields, "reform_areas", with_areas)
    ]


def documents(first_day, last_day, with_areas=True):
    """Live Vietnamese library entries first published (posted) in [first_day, last_day]: one query."""
    from ..models import OfficialDocumentPage

    lo, hi = local_bounds(first_day, last_day)
    queryset = OfficialDocumentPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, first_published_at__gte=lo, first_published_at__lt=hi
    )
    fields = (
        "pk",
        "title",
        "url_path",
        "number",
        "first_published_at",
        "document_type__translation_key",
        "document_type__name",
        "issuing_body__level",
    )
    return [
        Entry(
            ActivityMeasure.DOCUMENTS,
            timezone.localdate(row.first_published_at),
            row.title,
            row.document_type__name,
            url_path=row.url_path,
            detail=row.number,
            area_keys=_areas(row),
            type_key=row.document_type__translation_key,
            level=row.issuing_body__level,
        )
        for row in _rows(queryset.order_by("first_published_at", "pk"), fields, "reform_areas", with_areas)
    ]


def events(first_day, last_day, now=None, with_areas=True, lookups=None):
    """Sessions held (started by now) on a day of [first_day, last_day], public and internal alike.

    A recurring series counts once per sitting; a session spanning two days counts on its first day,
    so it is never counted in two periods. Three queries (singles, series, areas) plus the event
    kinds and divisions, read once.
    """
    from ..events.reports import sessions_between
    from ..models import Division, EventKind, EventPage

    now = now or timezone.now()
    occurrences = [
        occurrence
        for occurrence in sessions_between(first_day, last_day, language=settings.LANGUAGE_CODE)
        if first_day <= occurrence.first_day <= last_day and occurrence.start <= now
    ]
    if not occurrences:
        return []
    lookups = lookups if lookups is not None else Lookups()
    kinds, divisions = lookups[EventKind], lookups[Division]
    event_ids = sorted({occurrence.event.pk for occurrence in occurrences})
    areas = {}
    if with_areas:
        rows = EventPage.objects.filter(pk__in=event_ids).annotate(area_list=KeyList("reform_areas__translation_key"))
        areas = {pk: parse_keys(keys) for pk, keys in rows.values_list("pk", "area_list")}
    internal = str(_("nội bộ"))
    entries = []
    for occurrence in occurrences:
        event = occurrence.event
        kind_key = kinds.key(event.kind_id)
        entries.append(
            Entry(
                ActivityMeasure.EVENTS,
                occurrence.first_day,
                event.title,
                kinds.name(kind_key),
                url_path=event.url_path,
                detail=internal if event.audience == EventAudience.INTERNAL else "",
                area_keys=areas.get(event.pk, frozenset()),
                division_key=divisions.key(event.division_id),
                kind_key=kind_key,
            )
        )
    return entries


def press(first_day, last_day, with_areas=True):
    """Press items (Đài PT-TH, Báo…) about live Vietnamese events, dated in [first_day, last_day]: one query."""
    from ..models import EventPressCoverage

    queryset = EventPressCoverage.objects.filter(
        page__live=True,
        page__locale__language_code=settings.LANGUAGE_CODE,
        date__gte=first_day,
        date__lte=last_day,
    )
    fields = (
        "pk",
        "title",
        "date",
        "url",
        "outlet",
        "page__title",
        "page__url_path",
        "page__kind__translation_key",
        "page__division__translation_key",
    )
    return [
        Entry(
            ActivityMeasure.PRESS,
            row.date,
            row.title,
            row.outlet,
            url_path=row.page__url_path,
            link=row.url,
            detail=row.page__title,
            area_keys=_areas(row),
            division_key=row.page__division__translation_key,
            kind_key=row.page__kind__translation_key,
        )
        for row in _rows(queryset.order_by("date", "pk"), fields, "page__reform_areas", with_areas)
    ]


# Events have their own reader (events(), which takes `now` and the taxonomy lookups).
READERS = {
    ActivityMeasure.ARTICLES: articles,
    ActivityMeasure.DOCUMENTS: documents,
    ActivityMeasure.PRESS: press,
}
