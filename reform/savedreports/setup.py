"""Who drafts and who approves saved reports, and the workflow between them (idempotent; setup_site).

Văn phòng Sở compiles the report (it already holds the report screen), so its group may add and
edit saved reports but not publish them. The report goes out over the signature of the
department's leadership ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), so a leadership group approves it:
approving publishes, which freezes the figures. The Office does not approve its own report.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from ..workflow import roles

LEADERSHIP_GROUP = "Lãnh đạo Sở - Duyệt báo cáo"
WORKFLOW_NAME = "Duyệt báo cáo định kỳ CCHC"
TASK_NAME = "Lãnh đạo Sở duyệt báo cáo"

# Actions on PeriodicReport (Wagtail's snippet permissions: add, change, delete, view, publish, lock, unlock).
REPORT_PERMISSIONS = {
    "office": ["add", "change", "view", "lock"],
    "leadership": ["change", "view", "publish", "lock", "unlock", "delete"],
}


def _grant(group, actions):
    from ..models import PeriodicReport

    content_type = ContentType.objects.get_for_model(PeriodicReport)
    codenames = [f"{action}_periodicreport" for action in actions]
    group.permissions.add(*Permission.objects.filter(content_type=content_type, codename__in=codenames))
    group.permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))


def ensure_report_workflow(leadership):
    from ..models import PeriodicReport, ReportApprovalTask

    task = ReportApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = ReportApprovalTask.objects.create(name=TASK_NAME)
        task.groups.add(leadership)  # only when created: an administrator may later choose other groups
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    content_type = ContentType.objects.get_for_model(PeriodicReport)
    WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow


def setup_report_roles():
    office, _created = Group.objects.get_or_create(name=roles.OFFICE_GROUP)
    leadership, _created = Group.objects.get_or_create(name=LEADERSHIP_GROUP)
    _grant(office, REPORT_PERMISSIONS["office"])
    _grant(leadership, REPORT_PERMISSIONS["leadership"])
    return ensure_report_workflow(leadership)
