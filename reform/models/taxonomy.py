"""The column's taxonomies: translatable snippets edited by the site administrator.

Pages point at the Vietnamese rows; what a visitor sees is the row of the active locale,
looked up by translation_key through ``localized_lookup`` (one query per taxonomy).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..enums import DocumentFamily, IssuingLevel
from ..request_cache import memoize


class TaxonomyBase(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("tên"), max_length=255)
    slug = models.SlugField(
        _("đường dẫn"), max_length=255, help_text=_("Chữ không dấu, dùng trong địa chỉ trang và bộ lọc.")
    )
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # One slug in every language: filters such as ?area=cai-cach-the-che work on /en/ too,
    # and translators are never asked to "translate" an identifier.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("locale", "slug")]

    def __str__(self):
        return self.name


class Division(TaxonomyBase):
    """A phòng of the department; owns pages and, later, editorial groups."""

    abbreviation = models.CharField(_("viết tắt"), max_length=30, blank=True)
    description = models.TextField(_("chức năng, nhiệm vụ"), blank=True)
    # Membership of these groups is what makes someone a writer or the head of this division;
    # setup_site (and saving a new division) creates them.
    writers_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("nhóm biên tập viên"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    heads_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("nhóm lãnh đạo phòng"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("abbreviation"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("phòng chuyên môn")
        verbose_name_plural = _("phòng chuyên môn")


class ReformArea(TaxonomyBase):
    """One of the six areas of the 2021–2030 master programme (Nghị quyết 76/NQ-CP)."""

    number = models.PositiveSmallIntegerField(_("số thứ tự"))
    description = models.TextField(_("mô tả"), blank=True)

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TaxonomyBase.Meta):
        ordering = ["number"]
        verbose_name = _("lĩnh vực cải cách")
        verbose_name_plural = _("lĩnh vực cải cách")


class IssuingBody(TaxonomyBase):
    abbreviation = models.CharField(_("viết tắt trong số ký hiệu"), max_length=30, blank=True)
    level = models.CharField(_("cấp"), max_length=20, choices=IssuingLevel.choices)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("abbreviation"), FieldPanel("level")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")


class DocumentType(TaxonomyBase):
    abbreviation = models.CharField(_("viết tắt"), max_length=10, blank=True)
    family = models.CharField(_("nhóm"), max_length=20, choices=DocumentFamily.choices)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("abbreviation"), FieldPanel("family")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")


class LocalizedRows:
    """A taxonomy's rows in the active locale, reachable by translation_key or by any row's id."""

    def __init__(self, rows, active):
        self.by_key = {}
        self._key_of_id = {}
        for row in rows:
            self._key_of_id[row.pk] = row.translation_key
            if row.translation_key not in self.by_key or row.locale.language_code == active:
                self.by_key[row.translation_key] = row

    def get(self, key, default=None):
        return self.by_key.get(key, default)

    def for_id(self, pk):
        return self.by_key.get(self._key_of_id.get(pk))

    def values(self):
        return self.by_key.values()

    def __bool__(self):
        return bool(self.by_key)


@memoize(lambda model: (model._meta.label, get_language()))
def localized_lookup(model):
    """The rows of a taxonomy in the active locale (falling back to the default locale), one query."""
    active = get_supported_content_language_variant(get_language())
    rows = model.objects.filter(locale__language_code__in={active, settings.LANGUAGE_CODE}).select_related("locale")
    return LocalizedRows(rows, active)
