"""Vietnamese e-mail at every step of the editorial workflow.

Wagtail's own notifiers mail only some of the people concerned (a rejection at step 2 does
not reach the step-1 approver; "approve with comment" at step 1 reaches nobody) and speak
English unless its catalogue is complete. These handlers replace them: they connect with
Wagtail's dispatch_uids, and because the reform app is ready before wagtail.admin, Wagtail's
later connect() calls with the same uids are ignored.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.mail import send_mail
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import task_approved, task_rejected, task_submitted, workflow_approved, workflow_rejected

from . import roles


def admin_url(name, *args):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def notify(users, template, context):
    """Send template (reform/emails/<template>_subject.txt and .txt) to each active user with an address.

    An object may name its own folder (``email_templates``, e.g. saved reports); reform/emails is the fallback.
    """
    folders = [f for f in (getattr(context.get("page"), "email_templates", None), "reform/emails") if f]
    sent = set()
    for user in users:
        if user is None or not user.is_active or not user.email or user.email in sent:
            continue
        sent.add(user.email)
        language = (
            getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "") or settings.LANGUAGE_CODE
        )
        with override(language):
            subject = render_to_string([f"{f}/{template}_subject.txt" for f in folders], {**context, "user": user})
            body = render_to_string([f"{f}/{template}.txt" for f in folders], {**context, "user": user})
        send_mail(" ".join(subject.split()), body.strip(), [user.email])


def page_context(workflow_state, task_state=None, user=None):
    page = workflow_state.content_object
    page = getattr(page, "specific", page)  # snippets in a workflow (saved reports) are already specific
    return {
        "page": page,
        "division": roles.division_of(page),
        "workflow_state": workflow_state,
        "task": task_state.task.specific if task_state else None,
        "comment": task_state.comment if task_state else "",
        "actor": display_name(user) if user else _("hệ thống"),
        "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + AdminURLFinder().get_edit_url(page),
        "dashboard_url": admin_url("wagtailadmin_home"),
    }


def display_name(user):
    return user.get_full_name() or user.get_username()


def authors(workflow_state):
    page = workflow_state.content_object
    return [workflow_state.requested_by, getattr(page, "owner", None)]


def moderators_of(task_state):
    from ..models.workflow import DivisionHeadApprovalTask

    task = task_state.task.specific
    if isinstance(task, DivisionHeadApprovalTask):
        division = roles.division_of(task_state.workflow_state.content_object.specific)
        return list(roles.heads_of(division)) if division else []
    if isinstance(task, AbstractGroupApprovalTask):  # the Office's step, and the leadership's on reports
        return list(get_user_model().objects.filter(groups__in=task.groups.all(), is_active=True).distinct())
    return []


def on_task_submitted(sender, instance, user=None, **kwargs):
    if instance.status != TaskState.STATUS_IN_PROGRESS:
        return  # passed at once (no head, or a head's own draft): nobody has anything to do
    context = page_context(instance.workflow_state, instance, user)
    notify(moderators_of(instance), "task_submitted", context)


def on_task_approved(sender, instance, user=None, **kwargs):
    # An approval with a comment at an intermediate step still tells the author what was said.
    if instance.comment and instance.workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        notify(
            authors(instance.workflow_state),
            "task_approved_with_comment",
            page_context(instance.workflow_state, instance, user),
        )


def on_task_rejected(sender, instance, user=None, **kwargs):
    workflow_state = instance.workflow_state
    earlier_approvers = [
        state.finished_by
        for state in workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED).select_related("finished_by")
        if state.finished_by_id and state.finished_by_id != getattr(user, "pk", None)
    ]
    context = page_context(workflow_state, instance, user)
    notify(authors(workflow_state), "rejected", context)
    notify([u for u in earlier_approvers if u not in authors(workflow_state)], "rejected_after_approval", context)


def on_workflow_approved(sender, instance, user=None, **kwargs):
    last = instance.task_states.order_by("-finished_at", "-pk").first()
    notify(authors(instance), "approved", page_context(instance, last, user))


def handled_elsewhere(sender, instance, user=None, **kwargs):
    """Submissions and rejections are mailed per task; connected only to keep Wagtail's English notices out."""


def connect():
    # Wagtail's dispatch_uids (wagtail/admin/signal_handlers.py): connecting first keeps theirs out.
    task_submitted.connect(
        on_task_submitted, sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
    )
    workflow_approved.connect(
        on_workflow_approved, sender=WorkflowState, dispatch_uid="workflow_state_approved_email_notification"
    )
    workflow_rejected.connect(
        handled_elsewhere, sender=WorkflowState, dispatch_uid="workflow_state_rejected_email_notification"
    )
    from wagtail.signals import workflow_submitted

    workflow_submitted.connect(
        handled_elsewhere, sender=WorkflowState, dispatch_uid="workflow_state_submitted_email_notification"
    )
    task_approved.connect(on_task_approved, sender=TaskState, dispatch_uid="reform_task_approved_email")
    task_rejected.connect(on_task_rejected, sender=TaskState, dispatch_uid="reform_task_rejected_email")
