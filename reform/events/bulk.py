"""Insert many events at once: historical sessions imported from another system, or benchmark content.

`add_child` costs tens of milliseconds a page (tree locking, signals, search indexes); events have
no children, so their tree rows can be written directly, as bench/generate.py does for articles:
Page rows bulk-inserted with computed treebeard paths, then the EventPage rows (bulk_create refuses
multi-table inheritance, so through QuerySet._insert, which bulk_create itself uses), the reform-area
links and the parent's numchild. No revisions, search rows or audit entries are written; run
`manage.py update_site_index` afterwards if the site search should find the events.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page


@transaction.atomic
def bulk_insert_events(index, events, area_ids=None):
    """Insert unsaved EventPage instances as live children of index; area_ids[i] lists event i's areas."""
    from ..models.events import EventPage

    if not events:
        return []
    content_type = ContentType.objects.get_for_model(EventPage)
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    pages = []
    for offset, event in enumerate(events):
        event._normalize_all_day()
        event.series_end = event.compute_series_end()
        pages.append(
            Page(
                title=event.title,
                draft_title=event.title,
                slug=event.slug,
                content_type=content_type,
                path=Page._get_path(index.path, index.depth + 1, step + offset),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{event.slug}/",
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=event.first_published_at or now,
                last_published_at=event.last_published_at or now,
                show_in_menus=False,
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    for page, event in zip(pages, events, strict=True):
        event.page_ptr_id = event.id = page.pk
    fields = EventPage._meta.local_concrete_fields
    batch = max(1, connection.ops.bulk_batch_size(fields, events))
    for start in range(0, len(events), batch):
        EventPage._base_manager._insert(events[start : start + batch], fields=fields)
    if area_ids:
        Through = EventPage.reform_areas.through
        Through.objects.bulk_create(
            [
                Through(eventpage_id=event.pk, reformarea_id=area_id)
                for event, ids in zip(events, area_ids, strict=True)
                for area_id in ids
            ],
            batch_size=500,
        )
    Page.objects.filter(pk=index.pk).update(numchild=Page.objects.child_of(index).count())
    return [page.pk for page in pages]
