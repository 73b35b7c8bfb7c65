"""Who is who in the editorial flow, and the groups and permissions that say so.

A writer or head of a division is a member of that division's writers or heads group;
Văn phòng Sở is one group. Nothing else (no per-user field) decides a role.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

OFFICE_GROUP = "Văn phòng Sở - Phê duyệt"
WORKFLOW_NAME = "Quy trình duyệt tin, bài CCHC"

# What each role may do in the column's page tree (DESIGN.md, permission matrix).
PAGE_PERMISSIONS = {
    "writer": ["add_page", "change_page"],
    "head": ["add_page", "change_page", "lock_page"],
    "office": ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
# Actions on images and documents in the root collection ("add" lets people edit their own uploads).
COLLECTION_PERMISSIONS = {
    "writer": ["add", "choose"],
    "head": ["add", "choose"],
    "office": ["add", "change", "choose", "delete"],
}


def default_division(division):
    """The default-language row of a division (pages may point at a translation)."""
    from ..models import Division

    if division is None or division.locale.language_code == settings.LANGUAGE_CODE:
        return division
    return Division.objects.filter(
        translation_key=division.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()


def division_of(page):
    if not hasattr(page, "division") and hasattr(page, "specific"):
        page = page.specific  # Wagtail's workflow views pass base Page objects
    division = getattr(page, "division", None)
    return default_division(division) if division is not None else None


def user_group_ids(user):
    cache = getattr(user, "_reform_group_ids", None)
    if cache is None:
        cache = set(user.groups.values_list("id", flat=True)) if user.is_authenticated else set()
        user._reform_group_ids = cache
    return cache


def is_office(user):
    if user.is_superuser:
        return True
    # Asked by several menu items and panels on every admin page: answered once per user object.
    cached = getattr(user, "_reform_is_office", None)
    if cached is None:
        cached = Group.objects.filter(name=OFFICE_GROUP, id__in=user_group_ids(user)).exists()
        user._reform_is_office = cached
    return cached


def divisions_of(user):
    """The default-language divisions the user writes for or heads."""
    from ..models import Division

    ids = user_group_ids(user)
    return Division.objects.filter(
        Q(writers_group_id__in=ids) | Q(heads_group_id__in=ids), locale__language_code=settings.LANGUAGE_CODE
    )


def is_head_of(user, division):
    return division is not None and division.heads_group_id in user_group_ids(user)


def heads_of(division):
    return get_user_model().objects.filter(groups=division.heads_group_id, is_active=True)


def division_page_models():
    """Page types that belong to a division (articles now; documents and events too)."""
    from wagtail.models import get_page_models

    return [m for m in get_page_models() if any(f.name == "division" for f in m._meta.concrete_fields)]


def page_ids_of_divisions(translation_keys):
    """Ids (as workflow object ids: strings) of pages that belong to the given divisions."""
    ids = []
    for model in division_page_models():
        ids += model.objects.filter(division__translation_key__in=translation_keys).values_list("pk", flat=True)
    return [str(pk) for pk in ids]


def filter_task_states_for_heads(states, user):
    from ..models import Division

    keys = Division.objects.filter(heads_group_id__in=user_group_ids(user)).values_list("translation_key", flat=True)
    return states.filter(workflow_state__object_id__in=page_ids_of_divisions(list(keys)))


def _grant(group, page, collection, role):
    page_type = ContentType.objects.get_for_model(Page)
    for codename in PAGE_PERMISSIONS[role]:
        permission = Permission.objects.get(content_type=page_type, codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    # Wagtail checks collection permissions against its own Image and Document models,
    # whatever the custom models are (their policies' auth_model).
    for model in (Image, Document):
        model_type = ContentType.objects.get_for_model(model)
        for action in COLLECTION_PERMISSIONS[role]:
            permission = Permission.objects.get(content_type=model_type, codename=f"{action}_{model._meta.model_name}")
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    group.permissions.add(Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"))


def column_roots():
    from ..models import ReformColumnPage

    return list(ReformColumnPage.objects.all())


def ensure_division_groups(division):
    """The writers and heads groups of a default-language division, with their permissions."""
    if division.locale.language_code != settings.LANGUAGE_CODE:
        return division
    changed = False
    if division.writers_group_id is None:
        division.writers_group, _created = Group.objects.get_or_create(
            name=_("Biên tập viên - %(division)s") % {"division": division.name}
        )
        changed = True
    if division.heads_group_id is None:
        division.heads_group, _created = Group.objects.get_or_create(
            name=_("Lãnh đạo - %(division)s") % {"division": division.name}
        )
        changed = True
    if changed:
        type(division).objects.filter(pk=division.pk).update(
            writers_group=division.writers_group, heads_group=division.heads_group
        )
    collection = Collection.get_first_root_node()
    for page in column_roots():
        _grant(division.writers_group, page, collection, "writer")
        _grant(division.heads_group, page, collection, "head")
    return division


# Snippets the Office keeps (model → actions); superusers have them anyway, divisions do not.
OFFICE_SNIPPETS = {"indexresult": ["add", "change", "delete", "view"]}


def ensure_office_group():
    group, _created = Group.objects.get_or_create(name=OFFICE_GROUP)
    collection = Collection.get_first_root_node()
    for page in column_roots():
        _grant(group, page, collection, "office")
    for model, actions in OFFICE_SNIPPETS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="reform", codename__in=[f"{a}_{model}" for a in actions])
        )
    return group


def ensure_workflow(column, office_group):
    from ..models.workflow import DivisionHeadApprovalTask, OfficeApprovalTask

    head_task = DivisionHeadApprovalTask.objects.filter(name="Lãnh đạo phòng duyệt").first()
    if head_task is None:
        head_task = DivisionHeadApprovalTask.objects.create(name="Lãnh đạo phòng duyệt")
    office_task = OfficeApprovalTask.objects.filter(name="Văn phòng Sở phê duyệt").first()
    if office_task is None:
        office_task = OfficeApprovalTask.objects.create(name="Văn phòng Sở phê duyệt")
    office_task.groups.add(office_group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, task in enumerate((head_task, office_task)):
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    WorkflowPage.objects.get_or_create(page=column, defaults={"workflow": workflow})
    return workflow


def setup_roles():
    """Groups, permissions and the workflow on every language's column (idempotent)."""
    from ..models import Division

    for division in Division.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        ensure_division_groups(division)
    office = ensure_office_group()
    for column in column_roots():
        workflow = ensure_workflow(column, office)
    return workflow
