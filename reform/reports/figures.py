"""The figures of a periodic report, computed once into a plain, JSON-serialisable dict.

``compute(period, language=None)`` takes a reform.periods.Period and returns a dict holding only
str/int/float/None/bool, lists and dicts (dates as ISO strings "2023-04-01"), so it can be stored
as a snapshot (a saved report) and rendered or exported later without the database. The admin
screen (reform/reports/views.py) and the exporters (reform/reports/exports/) read nothing else.

Only live pages of the report's locale count (the default language unless ``language`` says
otherwise): drafts and English copies are not extra work. Labels are written in that language.

Schema (``"schema": 1``; a consumer should refuse other versions)::

    schema          1
    generated_at    "2023-07-03T08:15:00+07:00"  when computed (local time)
    language        "vi"
    period          {code: "q1"|"q2"|"q3"|"q4"|"h1"|"year"|"custom", year, first_day, last_day, label,
                     phrase ("Quý II năm 2023", "6 tháng đầu năm 2023": what follows a report's subject), days}
    agency          {name, parent_body, abbreviation}     AgencySettings of the default site
    totals          {articles, article_area_links, documents, sessions, participants_expected,
                     participants_actual, press, activities, activities_with_target, activities_met,
                     published_via_workflow, median_working_days, returned}

    articles        tin, bài whose "ngày đăng" (ArticlePage.date) falls in the period
      total, area_links (sum of by_area: an article in several areas counts once per area),
      without_area (articles in no area)
      by_division   [{key, label, count}]           every division in its order, zeros included;
                                                     key "" = articles with no division (only if any)
      by_area       [{key, label, number, count}]   the six areas in order
      items         [{id, title, url, date, division: key, areas: [area keys]}]  by date

    documents       library entries first published on the site in the period (local date of
                    first_published_at), whatever their issue date
      total
      by_level      [{key: "central"|"province"|"department", label, count}]
      by_type       [{key, label, count}]           types with at least one document, most first
      items         [{id, title, url, date (posted), number, issued_on, level, type}]

    events          sessions held: occurrences of live events, public and internal, that began in
                    the period and by now, a recurring series once per sitting (reform/events/reports.py;
                    a session over 31/3–1/4 counts in Q1 only, as the plan's progress counts it)
      total, public, internal, expected, actual     participants: single events only
      by_kind       [{key, label, sessions, public, internal, expected, actual}]  every kind
      items         [{id, title, url, date, kind, audience: "public"|"internal", division,
                      recurring, expected, actual}]  one per sitting; expected/actual None in a series;
                      an item of a kind since deleted has kind "" and sits in no by_kind row

    press           EventPressCoverage of live events dated in the period
      total, outlets (distinct outlet names)
      by_outlet_kind [{key: "radio_tv"|"newspaper"|"other", label, count}]
      items         [{title, url, date, outlet, outlet_kind, event_id, event_title, event_url}]

    activities      the plan of the period's year (reform.plans.progress) or plan None
      plan          {id, title, year, number, url} | None
      rows          [ActivityProgress.as_dict() without "cumulative_items"] (reform/plans/progress.py):
                    {activity: {id, name, form, lead_division, cooperating_divisions, cadence_label,
                    target, measure_label…}, count (in the period), cumulative (1 January to the
                    period's end), target, percent (cumulative/target), status, status_label,
                    items: [{title, url, date, kind, detail}]}

    workflow        pages whose workflow ended approved with the last approval in the period
      published, median_working_days (float|None), max_working_days, returned (task states
      "returned" with the return in the period: a draft returned twice counts twice)
      by_division   [{key, label, published, returned, median_working_days}]
      items         [{id, title, url|None, date (approved), submitted, working_days, division}]
      returned_items [{id, title, url|None, date (returned), division, step, comment}]

``key`` values are stable identifiers (taxonomy slugs, enum values) that items refer to; a row's
``label`` is what people read. ``url`` is the page's public path on the default site ("/…/").
The number of queries is fixed whatever the content (about 20; tests/test_reports.py holds it).
"""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from ..models.taxonomy import Division, ReformArea, localized_lookup
from . import content
from .turnaround import turnaround

SCHEMA = 1


def period_phrase(period):
    """The period as it reads after "… cải cách hành chính": "Quý II năm 2023", "6 tháng đầu năm 2023"."""
    from ..periods import CUSTOM

    if period.code == CUSTOM:
        return _("từ ngày %(first)s đến ngày %(last)s") % {
            "first": period.first_day.strftime("%d/%m/%Y"),
            "last": period.last_day.strftime("%d/%m/%Y"),
        }
    return period.label


def period_dict(period):
    return {
        "code": period.code,
        "year": period.year,
        "first_day": period.first_day.isoformat(),
        "last_day": period.last_day.isoformat(),
        "label": str(period.label),
        "phrase": str(period_phrase(period)),
        "days": period.days,
    }


def agency():
    from ..models.agency import AgencySettings

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return {"name": "", "parent_body": "", "abbreviation": ""}
    settings_row = AgencySettings.for_site(site)
    return {
        "name": settings_row.display_name,
        "parent_body": settings_row.display_parent_body,
        "abbreviation": settings_row.abbreviation,
    }


def activities(period, language, urls):
    from ..plans.progress import activity_progress, plan_for

    plan = plan_for(period.year, language=language)
    if plan is None:
        return {"plan": None, "rows": []}
    return {
        "plan": {
            "id": plan.pk,
            "title": plan.title,
            "year": plan.year,
            "number": plan.number,
            "url": urls(plan.url_path) if plan.live else None,
        },
        # The items behind `cumulative` (1 January to the period's end) belong to earlier reports as
        # well; a snapshot keeps the period's own items and the cumulative number.
        "rows": [
            {key: value for key, value in progress.as_dict().items() if key != "cumulative_items"}
            for progress in activity_progress(plan, period)
        ],
    }


def compute(period, language=None):
    """Every figure of the report for period, as a plain dict (see the module docstring)."""
    from ..models.events import EventKind

    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        locale = Locale.objects.get(language_code=language)
        lookups = {
            "divisions": localized_lookup(Division),
            "areas": localized_lookup(ReformArea),
            "kinds": localized_lookup(EventKind),
        }
        urls = content.PageUrls()
        figures = {
            "schema": SCHEMA,
            "generated_at": timezone.localtime().isoformat(timespec="seconds"),
            "language": language,
            "period": period_dict(period),
            "agency": agency(),
            "articles": content.articles(period, locale, lookups, urls),
            "documents": content.documents(period, locale, urls),
            "events": content.events(period, language, lookups, urls),
            "press": content.press(period, locale, urls),
            "activities": activities(period, language, urls),
            "workflow": turnaround(period, locale, lookups, urls),
        }
    figures["totals"] = totals(figures)
    return figures


def totals(figures):
    rows = figures["activities"]["rows"]
    with_target = [row for row in rows if row.get("target")]
    workflow = figures["workflow"]
    return {
        "articles": figures["articles"]["total"],
        "article_area_links": figures["articles"]["area_links"],
        "documents": figures["documents"]["total"],
        "sessions": figures["events"]["total"],
        "participants_expected": figures["events"]["expected"],
        "participants_actual": figures["events"]["actual"],
        "press": figures["press"]["total"],
        "activities": len(rows),
        "activities_with_target": len(with_target),
        "activities_met": sum(1 for row in with_target if row["status"] in ("met", "exceeded")),
        "published_via_workflow": workflow["published"],
        "median_working_days": workflow["median_working_days"],
        "returned": workflow["returned"],
    }
