"""Keep the site-wide search rows and the citation rows in step with published pages.

On every full save of a page (publishing included) its row in SiteSearchEntry is rewritten from
its own text fields, and the document numbers its text cites are stored in PageCitation; an
unpublished page loses both (a deleted one too, by cascade). Drafts (saved with update_fields)
change nothing.

Any page type works without code here: its own CharField, TextField, RichTextField and StreamField
values are read. A page type can refine this with two optional attributes:

    is_public             False keeps the page out of the public search (internal events)
    site_search_fields()  returns {"summary", "date", "number_key", "text"} to use instead
"""

import datetime
import html

from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .. import numbering
from .search import index_columns

MAX_TEXT = 60_000
SUMMARY_LENGTH = 300
SUMMARY_FIELDS = ("excerpt", "lead", "summary", "intro", "search_description")
DATE_FIELDS = ("issued_on", "date", "start")
# Identifiers and derived columns, not words a visitor would search for.
SKIP_FIELDS = {"search_text", "search_exact", "number_key", "area_keys", "recurrence", "slug", "url_path"}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id", "level", "kind"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def plain(value):
    return html.unescape(strip_tags(value or "")).replace("\xa0", " ").strip()


def _field_text(page, field):
    value = getattr(page, field.attname, None)
    if not value:
        return ""
    if isinstance(field, StreamField):
        raw = field.stream_block.get_prep_value(value)
        return " ".join(plain(item) for item in _strings(raw) if item)
    if isinstance(field, RichTextField):
        return plain(value)
    if isinstance(field, models.URLField | models.SlugField | models.EmailField) or field.choices:
        return ""
    if isinstance(field, models.CharField | models.TextField):
        return str(value)
    return ""


def own_fields(page):
    return [
        field
        for field in type(page)._meta.concrete_fields
        if field.model is not Page and field.editable and field.name not in SKIP_FIELDS
    ]


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value if isinstance(value, datetime.date) else None


def page_fields(page):
    """summary, date, number_key and text of a page, for its search row."""
    if hasattr(page, "site_search_fields"):
        return page.site_search_fields()
    fields = own_fields(page)
    texts = [page.title, page.search_description or ""]
    texts += [_field_text(page, field) for field in fields]
    summary = ""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            summary = plain(value)
            break
    date = next((_as_date(getattr(page, name, None)) for name in DATE_FIELDS if getattr(page, name, None)), None)
    if date is None and page.first_published_at:
        date = timezone.localdate(page.first_published_at)
    return {
        "summary": summary[:SUMMARY_LENGTH],
        "date": date,
        "number_key": getattr(page, "number_key", "") or "",
        "text": " ".join(text for text in texts if text)[:MAX_TEXT],
    }


def is_indexed(page):
    return bool(page.live and getattr(page, "is_public", True) and page.depth and page.depth > 1)


def cited_numbers(page, text):
    """The numbers a page's text cites; a document's own relations are explicit, so it cites none."""
    from ..models.documents import OfficialDocumentPage

    if isinstance(page, OfficialDocumentPage):
        return {}
    return {number.key: number.canonical for _start, _end, number in numbering.numbers_in_text(text)}


def build(page):
    """(SiteSearchEntry, [PageCitation]) for a live page, unsaved."""
    from ..models.siteindex import PageCitation, SiteSearchEntry

    values = page_fields(page)
    search_text, search_exact = index_columns(values["text"])
    entry = SiteSearchEntry(
        page_id=page.pk,
        locale_id=page.locale_id,
        kind=page._meta.label_lower,
        summary=values["summary"],
        date=values["date"],
        number_key=values["number_key"],
        search_text=search_text,
        search_exact=search_exact,
    )
    citations = [
        PageCitation(page_id=page.pk, number=number, number_key=key)
        for key, number in cited_numbers(page, values["text"]).items()
    ]
    return entry, citations


def index_page(page):
    from ..models.siteindex import PageCitation, SiteSearchEntry

    with transaction.atomic():
        SiteSearchEntry.objects.filter(page_id=page.pk).delete()
        PageCitation.objects.filter(page_id=page.pk).delete()
        if is_indexed(page):
            entry, citations = build(page)
            entry.save(force_insert=True)
            PageCitation.objects.bulk_create(citations)


@receiver(post_save)
def reindex_saved_page(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or type(instance) is Page:
        return
    if update_fields is not None and "live" not in update_fields:
        return  # a draft revision or a bookkeeping update: the live content did not change
    index_page(instance)


def rebuild_site_index(batch_size=500, log=None):
    """Rewrite every row (after bulk imports that bypass save(), or after an upgrade); returns the count."""
    from ..models.siteindex import PageCitation, SiteSearchEntry

    SiteSearchEntry.objects.all().delete()
    PageCitation.objects.all().delete()
    ids = list(Page.objects.live().filter(depth__gt=1).order_by("pk").values_list("pk", flat=True))
    count = 0
    for start in range(0, len(ids), batch_size):
        pages = Page.objects.filter(pk__in=ids[start : start + batch_size]).specific(defer=False)
        entries, citations = [], []
        for page in pages:
            if type(page) is Page or not is_indexed(page):
                continue
            entry, cited = build(page)
            entries.append(entry)
            citations += cited
        SiteSearchEntry.objects.bulk_create(entries, batch_size=batch_size)
        PageCitation.objects.bulk_create(citations, batch_size=batch_size)
        count += len(entries)
        if log:
            log(f"{count} pages indexed")
    return count
