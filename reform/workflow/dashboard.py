"""Dashboard panels: the Office's queue and each author's returned drafts."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState, WorkflowState

from ..models.taxonomy import Division, localized_lookup
from . import roles
from .workdays import overdue_limit, working_days_between


def page_states():
    """Workflow states of pages only: saved reports (snippets) share object ids with pages."""
    return WorkflowState.objects.filter(base_content_type=ContentType.objects.get_for_model(Page))


def pages_by_id(states):
    ids = {int(state.object_id) for state in states if state.object_id.isdigit()}
    return {page.pk: page for page in Page.objects.filter(pk__in=ids).specific(defer=True)}


def division_name(page, divisions):
    division_id = getattr(page, "division_id", None)
    row = divisions.for_id(division_id) if division_id else None
    return row.name if row else _("(chưa chọn phòng)")


class OfficeQueuePanel(Component):
    """What waits at each step, by division, how long (in working days), and what is overdue."""

    name = "reform_office_queue"
    template_name = "reform/admin/office_queue.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        states = list(
            page_states()
            .filter(status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES])
            .select_related("current_task_state__task", "requested_by")
            .order_by("created_at")
        )
        pages = pages_by_id(states)
        divisions = localized_lookup(Division)
        limit = overdue_limit()
        waiting, returned = [], []
        for state in states:
            page = pages.get(int(state.object_id)) if state.object_id.isdigit() else None
            if page is None:
                continue
            task_state = state.current_task_state
            since = task_state.started_at if task_state else state.created_at
            row = {
                "page": page,
                "division": division_name(page, divisions),
                "step": task_state.task.name if task_state else "",
                "since": since,
                "age": working_days_between(since),
                "author": state.requested_by,
                "comment": task_state.comment if task_state else "",
            }
            row["overdue"] = state.status == WorkflowState.STATUS_IN_PROGRESS and row["age"] > limit
            (waiting if state.status == WorkflowState.STATUS_IN_PROGRESS else returned).append(row)
        waiting.sort(key=lambda r: (r["step"], str(r["division"]), r["since"]))
        scheduled = (
            Revision.page_revisions.filter(approved_go_live_at__gt=timezone.now())
            .select_related("user")
            .order_by("approved_go_live_at")
        )
        context.update(
            {
                "waiting": waiting,
                "returned": returned,
                "scheduled": [(rev, rev.as_object()) for rev in scheduled[:50]],
                "limit": limit,
                "overdue_count": sum(1 for r in waiting if r["overdue"]),
            }
        )
        return context


class ReturnedDraftsPanel(Component):
    """An author's drafts that came back, with the reason, first thing on the dashboard."""

    name = "reform_returned_drafts"
    template_name = "reform/admin/returned_drafts.html"
    order = 40

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        user = request.user
        states = list(
            page_states()
            .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
            .filter(Q(requested_by=user))
            .select_related("current_task_state__task", "current_task_state__finished_by")
        )
        pages = pages_by_id(states)
        context["returned"] = [
            {
                "page": pages[int(state.object_id)],
                "reason": state.current_task_state.comment,
                "by": state.current_task_state.finished_by,
                "when": state.current_task_state.finished_at,
                "step": state.current_task_state.task.name,
            }
            for state in states
            if state.object_id.isdigit()
            and int(state.object_id) in pages
            and state.current_task_state
            and state.current_task_state.status == TaskState.STATUS_REJECTED
        ]
        return context


def construct_panels(request, panels):
    panels.insert(0, ReturnedDraftsPanel())
    if roles.is_office(request.user):
        panels.insert(0, OfficeQueuePanel())
