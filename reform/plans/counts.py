"""Counts without the items: what the public plan page needs, counted by the database.

A year of a busy column is thousands of articles; reading them one by one to show a number would
cost the public page half a second. Here each measure is one grouped query: counts per combination of
the filter keys and per bucket (before the period / in the period), and, when a rule filters by area,
per area too (UNION ALL: an article in two areas counts once for a rule without an area filter, once
for each area's rule). The rows become weighted Entry objects, matched as the items are.

Events are not here: their sittings are expanded in Python anyway (sources.events).
"""

from django.conf import settings
from django.db.models import Case, Count, F, IntegerField, UUIDField, Value, When

from ..enums import ActivityMeasure
from .sources import Entry, local_bounds


def _bucket(field, split):
    return Case(When(**{f"{field}__gte": split}, then=Value(1)), default=Value(0), output_field=IntegerField())


def _grouped(queryset, keys, relation, with_areas):
    """Rows (area key or None, *keys, bucket, count) in one query."""
    plain = (
        queryset.annotate(area=Value(None, output_field=UUIDField()))
        .values("area", *keys, "bucket")
        .annotate(n=Count("pk"))
        .values_list("area", *keys, "bucket", "n")
        .order_by()
    )
    if not with_areas:
        return plain
    by_area = (
        queryset.annotate(area=F(f"{relation}__translation_key"))
        .filter(area__isnull=False)
        .values("area", *keys, "bucket")
        .annotate(n=Count("pk", distinct=True))
        .values_list("area", *keys, "bucket", "n")
        .order_by()
    )
    return plain.union(by_area, all=True)


def _entries(measure, rows, first_day, split, build):
    return [
        Entry(
            measure,
            split if bucket else first_day,
            "",
            "",
            weight=count,
            by_area=area is not None,
            area_keys=frozenset([area]) if area is not None else frozenset(),
            **build(*values),
        )
        for area, *values, bucket, count in rows
    ]


def articles(first_day, last_day, split, with_areas=True):
    from ..models import ArticlePage

    queryset = ArticlePage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, date__gte=first_day, date__lte=last_day
    )
    rows = _grouped(
        queryset.annotate(bucket=_bucket("date", split)), ["division__translation_key"], "reform_areas", with_areas
    )
    return _entries(ActivityMeasure.ARTICLES, rows, first_day, split, lambda division: {"division_key": division})


def documents(first_day, last_day, split, with_areas=True):
    from ..models import OfficialDocumentPage

    lo, hi = local_bounds(first_day, last_day)
    split_at, _hi = local_bounds(split, split)
    queryset = OfficialDocumentPage.objects.live().filter(
        locale__language_code=settings.LANGUAGE_CODE, first_published_at__gte=lo, first_published_at__lt=hi
    )
    rows = _grouped(
        queryset.annotate(bucket=_bucket("first_published_at", split_at)),
        ["document_type__translation_key", "issuing_body__level"],
        "reform_areas",
        with_areas,
    )
    return _entries(
        ActivityMeasure.DOCUMENTS,
        rows,
        first_day,
        split,
        lambda document_type, level: {"type_key": document_type, "level": level},
    )


def press(first_day, last_day, split, with_areas=True):
    from ..models import EventPressCoverage

    queryset = EventPressCoverage.objects.filter(
        page__live=True, page__locale__language_code=settings.LANGUAGE_CODE, date__gte=first_day, date__lte=last_day
    )
    rows = _grouped(
        queryset.annotate(bucket=_bucket("date", split)),
        ["page__kind__translation_key", "page__division__translation_key"],
        "page__reform_areas",
        with_areas,
    )
    return _entries(
        ActivityMeasure.PRESS,
        rows,
        first_day,
        split,
        lambda kind, division: {"kind_key": kind, "division_key": division},
    )


READERS = {
    ActivityMeasure.ARTICLES: articles,
    ActivityMeasure.DOCUMENTS: documents,
    ActivityMeasure.PRESS: press,
}
