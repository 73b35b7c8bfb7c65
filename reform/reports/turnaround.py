"""Workflow turnaround in a period: working days from submission to publication, and drafts returned.

A page counts as published through the workflow in the period when its workflow finished approved
and the last approval (the Office's, which publishes or schedules the page) falls in the period.
Submission is the workflow's start (WorkflowState.created_at): a draft returned and resubmitted
keeps its first submission, so the rework is part of its turnaround. Working days skip weekends and
the REFORM_HOLIDAYS setting (reform/workflow/workdays.py). Three queries whatever the content.
"""

import statistics

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max, Q
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, WorkflowState

from ..workflow import roles
from ..workflow.workdays import working_days_between
from .content import bounds, iso, local_day


def _division_lookups():
    """For each page model with a division and a direct parent link to Page: its division lookup from Page."""
    lookups = []
    for model in roles.division_page_models():
        if Page in model._meta.parents:
            lookups.append(f"{model._meta.model_name}__division_id")
    return lookups


def _median(values):
    return round(float(statistics.median(values)), 1) if values else None


def turnaround(period, locale, lookups, urls):
    lo, hi = bounds(period)
    page_type = ContentType.objects.get_for_model(Page)
    approved = list(
        WorkflowState.objects.filter(base_content_type=page_type, status=WorkflowState.STATUS_APPROVED)
        .annotate(approved_at=Max("task_states__finished_at", filter=Q(task_states__status=TaskState.STATUS_APPROVED)))
        .filter(approved_at__gte=lo, approved_at__lt=hi)
        .order_by("approved_at", "pk")
        .values_list("object_id", "created_at", "approved_at")
    )
    returned = list(
        TaskState.objects.filter(
            status=TaskState.STATUS_REJECTED,
            finished_at__gte=lo,
            finished_at__lt=hi,
            workflow_state__base_content_type=page_type,
        )
        .order_by("finished_at", "pk")
        .values_list("workflow_state__object_id", "finished_at", "task__name", "comment")
    )
    ids = {int(object_id) for object_id, *_rest in approved + returned if str(object_id).isdigit()}
    division_fields = _division_lookups()
    pages = {
        row["pk"]: row
        for row in Page.objects.filter(pk__in=ids, locale=locale).values(
            "pk", "title", "url_path", "live", *division_fields
        )
    }

    def page_of(object_id):
        return pages.get(int(object_id)) if str(object_id).isdigit() else None

    def division_key(page):
        for field in division_fields:
            division = lookups["divisions"].for_id(page[field]) if page[field] else None
            if division is not None:
                return division.slug
        return ""

    divisions = {
        row.slug: {"key": row.slug, "label": row.name, "published": 0, "returned": 0, "_days": []}
        for row in lookups["divisions"].values()
    }
    divisions[""] = {"key": "", "label": _("Chưa ghi phòng"), "published": 0, "returned": 0, "_days": []}

    published_items = []
    for object_id, submitted, approved_at in approved:
        page = page_of(object_id)
        if page is None:
            continue
        days = working_days_between(submitted, approved_at)
        key = division_key(page)
        divisions[key]["published"] += 1
        divisions[key]["_days"].append(days)
        published_items.append(
            {
                "id": page["pk"],
                "title": page["title"],
                "url": urls(page["url_path"]) if page["live"] else None,
                "date": iso(local_day(approved_at)),
                "submitted": iso(local_day(submitted)),
                "working_days": days,
                "division": key,
            }
        )
    returned_items = []
    for object_id, finished_at, step, comment in returned:
        page = page_of(object_id)
        if page is None:
            continue
        key = division_key(page)
        divisions[key]["returned"] += 1
        returned_items.append(
            {
                "id": page["pk"],
                "title": page["title"],
                "url": urls(page["url_path"]) if page["live"] else None,
                "date": iso(local_day(finished_at)),
                "division": key,
                "step": step,
                "comment": comment or "",
            }
        )
    by_division = []
    for row in divisions.values():
        days = row.pop("_days")
        if row["key"] == "" and not (row["published"] or row["returned"]):
            continue
        by_division.append({**row, "median_working_days": _median(days)})
    all_days = [item["working_days"] for item in published_items]
    return {
        "published": len(published_items),
        "median_working_days": _median(all_days),
        "max_working_days": max(all_days, default=None),
        "returned": len(returned_items),
        "by_division": by_division,
        "items": published_items,
        "returned_items": returned_items,
    }
