"""The content sections of a report: articles, documents, events and press coverage in a period.

Each function runs a fixed number of queries (one per list, plus the taxonomy lookups the caller
passes in) and counts in Python from the list it fetched anyway, so a number and the list behind
it can never disagree. Only pages of the report's locale count: English copies are not extra work.
"""

import datetime
from collections import Counter

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from ..enums import EventAudience, IssuingLevel, PressOutletKind
from ..events.recurrence import local_midnight, local_zone


class PageUrls:
    """Public URLs from url_path alone, as Wagtail builds them, without a Page instance per row.

    Wagtail's Page.url costs a model instance and a reverse() each; a yearly report lists thousands.
    Each site root is resolved once through Wagtail itself and reused as a prefix.
    """

    def __init__(self):
        roots = sorted(Site.get_site_root_paths(), key=lambda root: len(root.root_path), reverse=True)
        self.roots = []
        for root in roots:
            parts = Page(url_path=root.root_path).get_url_parts()
            if parts and parts[2] is not None:
                self.roots.append((root.root_path, parts[2]))

    def __call__(self, url_path):
        for root_path, prefix in self.roots:
            if url_path.startswith(root_path):
                return prefix + url_path[len(root_path) :]
        return None


def bounds(period):
    """The period as an aware [lo, hi) range of local midnights."""
    return local_midnight(period.first_day), local_midnight(period.last_day + datetime.timedelta(days=1))


def local_day(value):
    return timezone.localtime(value, local_zone()).date() if value else None


def iso(day):
    return day.isoformat() if day else None


def taxonomy_row(row, count_fields):
    return {"key": row.slug, "label": row.name, **dict.fromkeys(count_fields, 0)}


def articles(period, locale, lookups, urls):
    from ..models import ArticlePage

    queryset = ArticlePage.objects.live().filter(locale=locale, date__range=(period.first_day, period.last_day))
    rows = list(queryset.order_by("date", "pk").values_list("pk", "title", "url_path", "date", "division_id"))
    links = ArticlePage.reform_areas.through.objects.filter(articlepage__in=queryset.values("pk"))
    areas_of = {}
    for article_id, area_id in links.values_list("articlepage_id", "reformarea_id"):
        area = lookups["areas"].for_id(area_id)
        if area is not None:
            areas_of.setdefault(article_id, []).append(area.slug)

    divisions = {row.slug: taxonomy_row(row, ["count"]) for row in lookups["divisions"].values()}
    areas = {
        row.slug: {**taxonomy_row(row, ["count"]), "number": row.number}
        for row in sorted(lookups["areas"].values(), key=lambda area: area.number)
    }
    items, unassigned = [], 0
    for pk, title, url_path, day, division_id in rows:
        division = lookups["divisions"].for_id(division_id)
        division_key = division.slug if division else ""
        if division is None:
            unassigned += 1
        else:
            divisions[division_key]["count"] += 1
        item_areas = sorted(set(areas_of.get(pk, [])), key=lambda key: areas[key]["number"] if key in areas else 99)
        for key in item_areas:
            if key in areas:
                areas[key]["count"] += 1
        items.append(
            {
                "id": pk,
                "title": title,
                "url": urls(url_path),
                "date": iso(day),
                "division": division_key,
                "areas": item_areas,
            }
        )
    # The organisation's own order, zeros included: a division with nothing to show is a finding too.
    by_division = list(divisions.values())
    if unassigned:
        by_division.append({"key": "", "label": _("Chưa ghi phòng"), "count": unassigned})
    return {
        "total": len(items),
        "area_links": sum(row["count"] for row in areas.values()),
        "without_area": sum(1 for item in items if not item["areas"]),
        "by_division": by_division,
        "by_area": list(areas.values()),
        "items": items,
    }


def documents(period, locale, urls):
    from ..models import OfficialDocumentPage

    lo, hi = bounds(period)
    rows = (
        OfficialDocumentPage.objects.live()
        .filter(locale=locale, first_published_at__gte=lo, first_published_at__lt=hi)
        .order_by("first_published_at", "pk")
        .values_list(
            "pk",
            "title",
            "url_path",
            "first_published_at",
            "number",
            "issued_on",
            "issuing_body__level",
            "document_type__slug",
            "document_type__name",
            "document_type__sort_order",
        )
    )
    levels = {level.value: {"key": level.value, "label": str(level.label), "count": 0} for level in IssuingLevel}
    types, orders, items = {}, {}, []
    for pk, title, url_path, published, number, issued_on, level, type_key, type_name, type_order in rows:
        levels.setdefault(level, {"key": level, "label": level, "count": 0})["count"] += 1
        types.setdefault(type_key, {"key": type_key, "label": type_name, "count": 0})["count"] += 1
        orders[type_key] = type_order
        items.append(
            {
                "id": pk,
                "title": title,
                "url": urls(url_path),
                "date": iso(local_day(published)),
                "number": number,
                "issued_on": iso(issued_on),
                "level": level,
                "type": type_key,
            }
        )
    by_type = sorted(types.values(), key=lambda row: (-row["count"], orders[row["key"]], row["label"]))
    return {"total": len(items), "by_level": list(levels.values()), "by_type": by_type, "items": items}


def events(period, language, lookups, urls, now=None):
    """Sessions held: occurrences of live events, public and internal, a series once per sitting.

    reform.events.reports.sessions_between gives every occurrence meeting the period; a session
    counts on its first day only (one running over 31/3–1/4 is Q1's, never Q1's and Q2's) and only
    once it has started, as the plan's progress counts it (reform/plans/sources.py). Participants
    come from single events: a series records one expected figure, not one per sitting.
    """
    from ..events.reports import sessions_between

    now = now or timezone.now()
    kinds = sorted(lookups["kinds"].values(), key=lambda kind: (kind.sort_order, kind.name))
    fields = ("sessions", "public", "internal", "expected", "actual")
    by_kind = {kind.slug: taxonomy_row(kind, fields) for kind in kinds}
    items = []
    for occurrence in sessions_between(period.first_day, period.last_day, language):
        if not period.contains(occurrence.first_day) or occurrence.start > now:
            continue
        event = occurrence.event
        kind = lookups["kinds"].for_id(event.kind_id)
        division = lookups["divisions"].for_id(event.division_id)
        public = event.audience == EventAudience.PUBLIC
        expected = None if event.is_recurring else event.expected_participants
        actual = None if event.is_recurring else event.actual_participants
        row = by_kind.get(kind.slug) if kind else None
        if row is not None:
            row["sessions"] += 1
            row["public" if public else "internal"] += 1
            row["expected"] += expected or 0
            row["actual"] += actual or 0
        items.append(
            {
                "id": event.pk,
                "title": event.title,
                "url": urls(event.url_path),
                "date": iso(occurrence.first_day),
                "kind": kind.slug if kind else "",
                "audience": event.audience,
                "division": division.slug if division else "",
                "recurring": event.is_recurring,
                "expected": expected,
                "actual": actual,
            }
        )
    rows = list(by_kind.values())
    return {
        "total": len(items),
        "public": sum(row["public"] for row in rows),
        "internal": sum(row["internal"] for row in rows),
        "expected": sum(row["expected"] for row in rows),
        "actual": sum(row["actual"] for row in rows),
        "by_kind": rows,
        "items": items,
    }


def press(period, locale, urls):
    from ..models import EventPressCoverage

    rows = (
        EventPressCoverage.objects.filter(
            page__live=True, page__locale=locale, date__range=(period.first_day, period.last_day)
        )
        .order_by("date", "pk")
        .values_list("title", "url", "date", "outlet", "outlet_kind", "page_id", "page__title", "page__url_path")
    )
    counts, items = Counter(), []
    for title, url, day, outlet, outlet_kind, event_id, event_title, event_path in rows:
        counts[outlet_kind] += 1
        items.append(
            {
                "title": title,
                "url": url or None,
                "date": iso(day),
                "outlet": outlet,
                "outlet_kind": outlet_kind,
                "event_id": event_id,
                "event_title": event_title,
                "event_url": urls(event_path),
            }
        )
    by_outlet_kind = [
        {"key": kind.value, "label": str(kind.label), "count": counts.get(kind.value, 0)} for kind in PressOutletKind
    ]
    return {
        "total": len(items),
        "outlets": len({item["outlet"] for item in items}),
        "by_outlet_kind": by_outlet_kind,
        "items": items,
    }
