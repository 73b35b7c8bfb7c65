"""What an event page shows besides its own fields, in a fixed number of queries."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Prefetch, Value
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant

from ..models.agency import AgencySettings
from ..models.taxonomy import Division, ReformArea
from . import queries
from .jsonld import event_data, json_ld_script
from .links import calendar_links
from .occurrences import Occurrence

GALLERY_THUMB = "fill-480x320"
GALLERY_LARGE = "width-1600"
NEXT_OCCURRENCES = 6


def photos_of(event):
    from ..models.media import ReformRendition

    renditions = ReformRendition.objects.filter(filter_spec__in=[GALLERY_THUMB, GALLERY_LARGE])
    return list(
        event.photos.select_related("image")
        .prefetch_related(Prefetch("image__renditions", queryset=renditions))
        # pk breaks ties (rows added in code may share a sort_order): PostgreSQL may otherwise return
        # them in another order after a restore or a vacuum.
        .order_by("sort_order", "pk")
    )


def status_of(event, now):
    """ "Sắp diễn ra", "Đang diễn ra" or "Đã diễn ra" for a single event; None for a series."""
    if event.is_recurring:
        return None
    end = event.start + event.span
    if now < event.start:
        return _("Sắp diễn ra")
    if now < end:
        return _("Đang diễn ra")
    return _("Đã diễn ra")


class TaxonomyRow:
    def __init__(self, translation_key, name, slug, sort_order):
        self.translation_key, self.name, self.slug, self.sort_order = translation_key, name, slug, sort_order

    def __str__(self):
        return self.name


def page_taxonomy(event):
    """The event's kind, division and reform areas in the active language (default as fallback), one query.

    Three small taxonomy tables share their columns, so one UNION reads them; the memoised lookups
    other pages use would cost a query each.
    """
    from ..models.events import EventKind

    languages = {get_supported_content_language_variant(get_language()), settings.LANGUAGE_CODE}
    columns = ("model", "translation_key", "name", "slug", "sort_order", "locale__language_code")

    def rows(model, label, keys):
        return (
            model.objects.filter(translation_key__in=keys, locale__language_code__in=languages)
            .annotate(model=Value(label, output_field=CharField()))
            .order_by()
            .values_list(*columns)
        )

    kind = rows(EventKind, "kind", EventKind.objects.filter(pk=event.kind_id).values("translation_key"))
    division = rows(Division, "division", Division.objects.filter(pk=event.division_id).values("translation_key"))
    areas = rows(ReformArea, "area", ReformArea.objects.filter(eventpage=event.pk).values("translation_key"))
    active = get_supported_content_language_variant(get_language())
    found = {}
    for label, key, name, slug, order, language in kind.union(division, areas, all=True):
        if (label, key) not in found or language == active:
            found[(label, key)] = TaxonomyRow(key, name, slug, order)
    pick = {
        label: sorted((row for (lab, _k), row in found.items() if lab == label), key=lambda r: r.sort_order)
        for label in ("kind", "division", "area")
    }
    return {
        "kind": next(iter(pick["kind"]), None),
        "division": next(iter(pick["division"]), None),
        "areas": pick["area"],
    }


def detail_context(request, event, context):
    from ..models.events import EventIndexPage

    now = timezone.now()
    taxonomy = page_taxonomy(event)
    photos = photos_of(event)
    index_type = ContentType.objects.get_for_model(EventIndexPage).pk
    index = next((page for page in context["chrome"]["ancestors"] if page.content_type_id == index_type), None)

    upcoming, recent = [], []
    if event.is_recurring:
        horizon = now + datetime.timedelta(days=queries.HORIZON_DAYS)
        upcoming = [o for o in event.occurrences(now, horizon, limit=NEXT_OCCURRENCES) if o.end > now]
        if not upcoming:
            recent = event.occurrences(None, now, limit=NEXT_OCCURRENCES, newest=True)[::-1]

    url = request.build_absolute_uri(event.get_url(request))
    home = context["chrome"].get("home")
    home_url = request.build_absolute_uri(home.get_url(request) if home is not None else "/")
    images = [request.build_absolute_uri(photo.image.get_rendition(GALLERY_LARGE).url) for photo in photos[:3]]
    data = event_data(
        request,
        event,
        url=url,
        agency=AgencySettings.for_request(request),
        home_url=home_url,
        image_urls=images,
        language=get_language() or "vi",
    )
    return {
        "kind": taxonomy["kind"],
        "division": taxonomy["division"],
        "page_areas": taxonomy["areas"],
        "photos": photos,
        "press": list(event.press_coverage.order_by("sort_order", "pk")),
        "event_index": index,
        "occurrence": Occurrence(event, event.start, event.start + event.span),
        "status": status_of(event, now),
        "next_occurrences": upcoming,
        "recent_occurrences": recent,
        "rule_description": recurrence_description(event),
        "excluded_days": sorted(event.excluded_days) if event.is_recurring else [],
        "calendar_links": calendar_links(request, event) if event.is_public else [],
        "json_ld": json_ld_script(data) if event.is_public else "",
        "gallery_thumb": GALLERY_THUMB,
        "gallery_large": GALLERY_LARGE,
    }


def recurrence_description(event):
    from .recurrence import describe

    return describe(event.rule) if event.rule is not None else ""
