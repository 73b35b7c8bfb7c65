"""Replace the site generation whenever something a visitor can see changes, after the commit.

Any public change invalidates every cached page: a page appears on its listings, the home page,
feeds, the sitemap, the search and its neighbours' "related" blocks, and a taxonomy or a setting
appears on all of them; tracking which page shows what would be a source of stale pages, while
one more render per URL after a publish costs little.

What counts as public (a snippet saved, an image replaced, a page published...) is decided per
model class once and remembered. Drafts do not count: Wagtail saves a draft as a revision and
writes only bookkeeping fields to the page (save(update_fields=[...])), which is told apart here
so editors' autosaves and workflow steps keep the hit rate.

The bump waits for the commit: bumping earlier would let another instance re-cache the old
content, still the committed one, under the new generation.
"""

import threading

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
    published,
    unpublished,
)

from . import purge, store

# Written on draft saves, locking, workflow steps and comments: none of it is on the public site.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
        # Images and documents fill these in lazily, sometimes while a page renders.
        "file_size",
        "file_hash",
    }
)
# Models of the project's own apps are public unless they are one of these kinds.
PROJECT_APPS = frozenset({"reform", "home"})
THIRD_PARTY_MODELS = frozenset(
    {
        "wagtailcore.site",
        "wagtailcore.locale",
        "wagtailcore.collection",
        "wagtailcore.pageviewrestriction",
        "wagtailcore.collectionviewrestriction",
        "wagtailredirects.redirect",
        "taggit.tag",
    }
)

_public_models = {}
_pending = threading.local()


def is_public_model(model):
    try:
        return _public_models[model]
    except KeyError:
        _public_models[model] = decision = _decide(model)
        return decision


def _decide(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage, AbstractRendition
    from wagtail.models import Task, Workflow
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page | AbstractRendition | Task | Workflow):
        # Pages have their own signals below; renditions are made while pages render;
        # workflow configuration is not on the site.
        return False
    if issubclass(model, AbstractImage | AbstractDocument | BaseSiteSetting | BaseGenericSetting):
        return True
    if model._meta.app_label in PROJECT_APPS or model._meta.label_lower in THIRD_PARTY_MODELS:
        return True
    return model in get_snippet_models()


def invalidate(using=None):
    """Bump the generation (and purge the CDN) once the current transaction commits."""
    _pending.bump = True
    transaction.on_commit(_after_commit, using=using or DEFAULT_DB_ALIAS, robust=True)


def _after_commit():
    # One publish fires many signals; the first callback does the work, the rest find nothing to do.
    if getattr(_pending, "bump", False):
        _pending.bump = False
        store.bump()
        purge.flush()


def _bookkeeping_only(update_fields):
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS


def on_save(sender, instance, created=False, update_fields=None, using=None, **kwargs):
    if isinstance(instance, Page):
        # A page created as a draft, or a draft saved, is not on the site; a full save of a live
        # page is (publishing, copying, imports and code that saves pages directly).
        if _bookkeeping_only(update_fields) or (created and not instance.live):
            return
    elif not is_public_model(type(instance)) or _bookkeeping_only(update_fields):
        return
    invalidate(using)


def on_delete(sender, instance, using=None, **kwargs):
    if isinstance(instance, Page) or is_public_model(type(instance)):
        invalidate(using)


def on_page_deleting(sender, instance, **kwargs):
    purge.add_page(instance)


def on_m2m_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and not isinstance(instance, Page) and is_public_model(type(instance)):
        invalidate(using)


def on_page_changed(sender, instance, **kwargs):
    purge.add_page(instance)
    invalidate()


def on_object_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        invalidate()


def on_slug_changed(sender, instance_before, **kwargs):
    purge.add_page(instance_before)


def on_migrated(sender, **kwargs):
    # Deploys run migrate: pages rendered by the previous code (templates, static file names) go.
    store.bump()


def connect(app_config):
    uid = "reform.pagecache"
    post_save.connect(on_save, dispatch_uid=f"{uid}.save")
    post_delete.connect(on_delete, dispatch_uid=f"{uid}.delete")
    pre_delete.connect(on_page_deleting, sender=Page, dispatch_uid=f"{uid}.page-deleting")
    m2m_changed.connect(on_m2m_changed, dispatch_uid=f"{uid}.m2m")
    page_published.connect(on_page_changed, dispatch_uid=f"{uid}.page-published")
    page_unpublished.connect(on_page_changed, dispatch_uid=f"{uid}.page-unpublished")
    pre_page_move.connect(purge.on_page_moving, dispatch_uid=f"{uid}.page-moving")
    post_page_move.connect(on_page_changed, dispatch_uid=f"{uid}.page-moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid=f"{uid}.slug-changed")
    published.connect(on_object_published, dispatch_uid=f"{uid}.published")
    unpublished.connect(on_object_published, dispatch_uid=f"{uid}.unpublished")
    post_migrate.connect(on_migrated, sender=app_config, dispatch_uid=f"{uid}.migrated")
