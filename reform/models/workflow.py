"""The two steps of the column's editorial workflow, as Wagtail workflow tasks.

Step 1 goes to the heads of the page's own division; step 2 to Văn phòng Sở, whose approval
publishes (or schedules, when a go-live time is set). Returning a draft always needs a reason.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState

from ..workflow import roles


class ReasonRequiredForm(forms.Form):
    comment = forms.CharField(
        label=_("Lý do trả lại"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Hãy ghi lý do trả lại để người viết biết cần sửa gì.")},
    )


class ApprovalCommentForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea({"rows": 3}))


class ReasonedTaskMixin:
    """Approve, approve with a comment, or return with a required reason."""

    def get_form_for_action(self, action):
        return ReasonRequiredForm if action == "reject" else ApprovalCommentForm

    def moderation_actions(self):
        return [
            ("reject", _("Trả lại"), True),
            ("approve", _("Phê duyệt"), False),
            ("approve", _("Phê duyệt kèm ý kiến"), True),
        ]


class ReasonedGroupApprovalTask(ReasonedTaskMixin, AbstractGroupApprovalTask):
    """A group's members (and superusers) moderate, with the reasoned actions."""

    class Meta:
        abstract = True

    def get_actions(self, obj, user):
        if user.is_superuser or self._user_in_groups(user):
            return self.moderation_actions()
        return []


class DivisionHeadApprovalTask(ReasonedTaskMixin, Task):
    """'Lãnh đạo phòng duyệt': only the heads of the page's own division moderate it.

    A page whose division has no head, or which a head of that division submitted, passes
    this step at once with a note in its history: nobody else could approve it for the division,
    and a head approving their own draft adds nothing (docs/workflow.md).
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("bước duyệt của lãnh đạo phòng")
        verbose_name_plural = _("bước duyệt của lãnh đạo phòng")

    @classmethod
    def get_description(cls):
        return _("Lãnh đạo của phòng phụ trách trang duyệt trước khi trình Văn phòng Sở.")

    def _is_head(self, obj, user):
        return user.is_superuser or roles.is_head_of(user, roles.division_of(obj))

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = workflow_state.content_object.specific
        division = roles.division_of(page)
        if division is None or not roles.heads_of(division).exists():
            note = _("Phòng chưa có lãnh đạo phòng: bước này được bỏ qua.")
            task_state.approve(user=None, update=False, comment=str(note))
        elif user is not None and roles.is_head_of(user, division):
            note = _("Lãnh đạo phòng tự trình: bước này được ghi là đã duyệt.")
            task_state.approve(user=user, update=False, comment=str(note))
        return task_state

    def user_can_access_editor(self, obj, user):
        return self._is_head(obj, user)

    def locked_for_user(self, obj, user):
        return not self._is_head(obj, user)

    def get_actions(self, obj, user):
        return self.moderation_actions() if self._is_head(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        return roles.filter_task_states_for_heads(states, user)


class OfficeApprovalTask(ReasonedGroupApprovalTask):
    """'Văn phòng Sở phê duyệt': the Office group approves; approval publishes."""

    class Meta:
        verbose_name = _("bước phê duyệt của Văn phòng Sở")
        verbose_name_plural = _("bước phê duyệt của Văn phòng Sở")

    @classmethod
    def get_description(cls):
        return _("Văn phòng Sở phê duyệt; phê duyệt ở bước này sẽ xuất bản trang.")
