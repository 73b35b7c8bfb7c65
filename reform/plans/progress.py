"""Each activity's output in a period against its yearly target: the counting engine.

The Office's progress screen, the public plan page and the periodic reports all call
activity_progress(), so a figure is the same wherever it is shown. What each measure counts is in
sources.py (items) and counts.py (the same, counted by the database); this module matches them
against each activity's rule.

Queries: the activities with their cooperating divisions' keys (one), the divisions' and event kinds'
names (one), then one per measure the plan uses (events: two, three when a rule filters by area).
Nothing grows with the number of activities or items.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.queryset import FakeQuerySet

from ..enums import ActivityCadence, ActivityMeasure
from ..periods import CUSTOM, period_for
from . import counts, sources
from .keys import KeyList, Lookups, parse_keys

MET, NOT_MET, EXCEEDED, NO_TARGET = "met", "not_met", "exceeded", "no_target"
STATUS_LABELS = {
    MET: _("Đạt"),
    NOT_MET: _("Chưa đạt"),
    EXCEEDED: _("Vượt"),
    NO_TARGET: _("Không giao chỉ tiêu"),
}


def plan_for(year, language=None):
    """The live plan of that year in that locale (default: Vietnamese), or None."""
    from ..models import PlanPage

    return (
        PlanPage.objects.live()
        .filter(year=year, locale__language_code=language or settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )


def public_period(plan, today=None):
    """What the public page shows: the plan's year so far, the whole year once it is over, None before."""
    today = today or timezone.localdate()
    if plan.year > today.year:
        return None
    if plan.year < today.year:
        return period_for(plan.year, "year")
    return period_for(plan.year, CUSTOM, datetime.date(plan.year, 1, 1), today)


@dataclass
class Item:
    """A piece of content behind a number: what the Office opens to check the figure."""

    entry: sources.Entry
    urls: sources.PageUrls

    @property
    def title(self):
        return self.entry.title

    @property
    def date(self):
        return self.entry.day

    @property
    def kind(self):
        return self.entry.kind

    @property
    def detail(self):
        return self.entry.detail

    @property
    def url(self):
        return self.entry.url(self.urls)

    def as_dict(self):
        return {
            "title": self.title,
            "url": self.url,
            "date": self.date.isoformat(),
            "kind": str(self.kind),
            "detail": str(self.detail),
        }


@dataclass
class ActivityInfo:
    """An activity as the plan states it, with its divisions named in the active language."""

    activity: object
    lead_division: str = ""
    cooperating_divisions: list = field(default_factory=list)
    # Every division but the lead: the plan's "phối hợp với các phòng thuộc Sở", shown in those words.
    all_divisions_cooperate: bool = False

    @property
    def name(self):
        return self.activity.name

    @property
    def form(self):
        return self.activity.form

    @property
    def target(self):
        return self.activity.target

    @property
    def cadence_label(self):
        return ActivityCadence(self.activity.cadence).label if self.activity.cadence else ""

    @property
    def measure_label(self):
        return ActivityMeasure(self.activity.measure).label if self.activity.measure else ""

    def activity_dict(self):
        activity = self.activity
        return {
            "id": activity.pk,
            "name": activity.name,
            "form": activity.form,
            "lead_division": self.lead_division,
            "cooperating_divisions": list(self.cooperating_divisions),
            "all_divisions_cooperate": self.all_divisions_cooperate,
            "cadence": activity.cadence,
            "cadence_label": str(self.cadence_label),
            "target": activity.target,
            "measure": activity.measure,
            "measure_label": str(self.measure_label),
            "note": activity.note,
        }


@dataclass
class ActivityProgress(ActivityInfo):
    count: int = 0  # in the period
    cumulative: int = 0  # from 1 January of the period's year to the period's end
    percent: int | None = None  # cumulative / target, rounded; None without a target
    status: str = NO_TARGET
    items: list = field(default_factory=list)  # behind `count`
    cumulative_items: list = field(default_factory=list)  # behind `cumulative`

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def bar_percent(self):
        """The bar's fill: the percentage capped at 100 (the text says how far beyond)."""
        return min(self.percent or 0, 100)

    def as_dict(self, with_cumulative_items=True):
        """JSON-serialisable (strings, ints, ISO dates): reports snapshot it.

        The cumulative items repeat earlier periods' items; a snapshot may leave them out.
        """
        data = {
            "activity": self.activity_dict(),
            "count": self.count,
            "cumulative": self.cumulative,
            "target": self.target,
            "percent": self.percent,
            "status": self.status,
            "status_label": str(self.status_label),
            "items": [item.as_dict() for item in self.items],
        }
        if with_cumulative_items:
            data["cumulative_items"] = [item.as_dict() for item in self.cumulative_items]
        return data


def status_for(cumulative, target):
    if not target:
        return NO_TARGET
    if cumulative > target:
        return EXCEEDED
    return MET if cumulative == target else NOT_MET


def percent_of(cumulative, target):
    if not target:
        return None
    return (200 * cumulative + target) // (2 * target)  # rounded half up, in integers


def _key(row):
    return row.translation_key if row is not None else None


def _activities(plan):
    """The plan's activities in order, with their filters' rows and cooperating divisions' keys: one query.

    A preview (or a revision) holds its activities in memory: their rows are read one by one there.
    """
    activities = plan.activities.all()
    if isinstance(activities, FakeQuerySet):
        activities = list(activities.order_by("sort_order"))
        for activity in activities:
            activity.cooperating_keys = [d.translation_key for d in activity.cooperating_divisions.all()]
        return activities
    activities = list(
        activities.select_related("lead_division", "area", "division", "event_kind", "document_type")
        .annotate(cooperating_list=KeyList("cooperating_divisions__translation_key"))
        .order_by("sort_order", "pk")
    )
    for activity in activities:
        activity.cooperating_keys = parse_keys(activity.cooperating_list)
    return activities


def describe_activities(plan, info_class=ActivityInfo, lookups=None, activities=None):
    """The plan's activities in order, each with its lead and cooperating divisions named."""
    from ..models import Division

    activities = _activities(plan) if activities is None else activities
    if not activities:
        return []
    divisions = (lookups if lookups is not None else Lookups())[Division]
    every_division = divisions.keys_in(settings.LANGUAGE_CODE)
    rows = []
    for activity in activities:
        lead = _key(activity.lead_division) if activity.lead_division_id else None
        keys = divisions.sorted(activity.cooperating_keys)
        rows.append(
            info_class(
                activity,
                lead_division=divisions.name(lead) if lead else "",
                cooperating_divisions=[divisions.name(key) for key in keys],
                all_divisions_cooperate=len(keys) > 1 and set(keys) >= every_division - {lead},
            )
        )
    return rows


def _rule(activity):
    """The filters that apply to the activity's measure (others are refused by the model's clean)."""
    allowed = activity.ALLOWED_FILTERS.get(activity.measure, set())
    rule = {
        "area": _key(activity.area) if activity.area_id else None,
        "division": _key(activity.division) if activity.division_id else None,
        "event_kind": _key(activity.event_kind) if activity.event_kind_id else None,
        "document_type": _key(activity.document_type) if activity.document_type_id else None,
        "document_level": activity.document_level or None,
    }
    return {name: value for name, value in rule.items() if value and name in allowed}


def _matches(rule, entry):
    if entry.by_area is not None and entry.by_area != ("area" in rule):
        return False  # grouped counts: per-area rows serve area rules, the others the rest
    if "area" in rule and rule["area"] not in entry.area_keys:
        return False
    if "division" in rule and entry.division_key != rule["division"]:
        return False
    if "event_kind" in rule and entry.kind_key != rule["event_kind"]:
        return False
    if "document_type" in rule and entry.type_key != rule["document_type"]:
        return False
    return not ("document_level" in rule and entry.level != rule["document_level"])


def _read(measures, period, year_start, now, lookups, with_items):
    """{measure: entries} for the measures in use; areas are read only when a rule filters by area."""
    found = {}
    first_day = min(year_start, period.first_day)
    for measure, with_areas in measures.items():
        if measure == ActivityMeasure.EVENTS:
            found[measure] = sources.events(first_day, period.last_day, now, with_areas, lookups)
        elif not with_items and measure in counts.READERS:
            found[measure] = counts.READERS[measure](first_day, period.last_day, period.first_day, with_areas)
        elif measure in sources.READERS:
            found[measure] = sources.READERS[measure](first_day, period.last_day, with_areas)
    return found


def activity_progress(plan, period, request=None, now=None, with_items=True):
    """[ActivityProgress] for each of the plan's activities, in the plan's order.

    `count` is what matched in the period; `cumulative` what matched from 1 January of the period's
    year to its end, which is what the yearly target is compared with. Events count when held:
    a session that has not started yet (by `now`) is not counted. with_items=False leaves the item
    lists empty and lets the database count (the public page).
    """
    from ..models import Division, EventKind

    activities = _activities(plan)
    lookups = Lookups()
    if any(activity.measure == ActivityMeasure.EVENTS for activity in activities):
        lookups.preload(Division, EventKind)  # one query for both: events carry ids, not keys
    rows = describe_activities(plan, ActivityProgress, lookups, activities)
    if not rows:
        return []
    year_start = datetime.date(period.year, 1, 1)
    rules = [_rule(row.activity) for row in rows]
    measures = {}
    for row, rule in zip(rows, rules, strict=True):
        measures[row.activity.measure] = measures.get(row.activity.measure, False) or "area" in rule
    entries = _read(measures, period, year_start, now, lookups, with_items)
    urls = sources.PageUrls(request)
    for row, rule in zip(rows, rules, strict=True):
        matched = [entry for entry in entries.get(row.activity.measure, []) if _matches(rule, entry)]
        in_period = [entry for entry in matched if period.contains(entry.day)]
        this_year = [entry for entry in matched if year_start <= entry.day]
        row.count = sum(entry.weight for entry in in_period)
        row.cumulative = sum(entry.weight for entry in this_year)
        if with_items:
            row.items = [Item(entry, urls) for entry in in_period]
            row.cumulative_items = [Item(entry, urls) for entry in this_year]
        row.percent = percent_of(row.cumulative, row.target)
        row.status = status_for(row.cumulative, row.target)
    return rows
