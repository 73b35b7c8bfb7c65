"""What the site-wide search and the citation links read: one row per published page, kept on save.

Written by reform/documents/indexing.py whenever a page is saved live, deleted with it, and
rebuilt by `manage.py update_site_index`. Any page type is indexed from its own text fields,
so new page types (events, plans) are searchable and their citations counted without code here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SiteSearchEntry(models.Model):
    page = models.OneToOneField(Page, on_delete=models.CASCADE, primary_key=True, related_name="search_entry")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("loại trang"), max_length=60)
    summary = models.TextField(_("tóm tắt"), blank=True)
    date = models.DateField(_("ngày"), null=True, blank=True)
    number_key = models.CharField(max_length=100, blank=True, db_index=True)
    search_text = models.TextField(blank=True)
    search_exact = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "date", "page"], name="reform_search_entry_idx")]
        verbose_name = _("mục tìm kiếm")
        verbose_name_plural = _("mục tìm kiếm")

    def __str__(self):
        return f"{self.kind} {self.page_id}"


class PageCitation(models.Model):
    """A document number cited in a page's text, e.g. “Quyết định số 828/QĐ-UBND”."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="document_citations")
    number = models.CharField(_("số ký hiệu"), max_length=100)
    number_key = models.CharField(max_length=100, db_index=True)

    class Meta:
        verbose_name = _("trích dẫn văn bản")
        verbose_name_plural = _("trích dẫn văn bản")
        constraints = [models.UniqueConstraint(fields=["page", "number_key"], name="reform_citation_unique")]

    def __str__(self):
        return self.number


from ..documents import indexing  # noqa: E402, F401  (connects the post_save handler that fills these tables)
