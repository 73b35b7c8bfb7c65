"""News and articles of the column (tin, bài)."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from ..blocks import ArticleBodyBlock
from ..request_cache import public
from .base import SitePage

RELATED_LIMIT = 3


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("reform.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(SitePage):
    date = models.DateField(_("ngày đăng"), default=timezone.localdate, db_index=True)
    lead = models.TextField(_("sapo"), help_text=_("Đoạn tóm tắt ngắn hiển thị dưới tiêu đề và trong danh sách."))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("nội dung"), blank=True)
    hero_image = models.ForeignKey(
        "reform.ReformImage",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("mô tả ảnh đại diện (alt)"), max_length=255, blank=True, help_text=_("Bắt buộc khi có ảnh đại diện.")
    )
    hero_image_caption = models.CharField(_("chú thích ảnh đại diện"), max_length=500, blank=True)
    division = models.ForeignKey(
        "reform.Division",
        verbose_name=_("phòng chuyên môn"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    reform_areas = ParentalManyToManyField("reform.ReformArea", verbose_name=_("lĩnh vực cải cách"), blank=True)
    tags = ClusterTaggableManager(through=ArticlePageTag, verbose_name=_("từ khóa"), blank=True)
    author_line = models.CharField(
        _("tác giả"), max_length=255, blank=True, help_text=_("Ví dụ: Nguyễn Văn A - Phòng Quản lý ngân sách")
    )
    source = models.CharField(_("nguồn tin"), max_length=255, blank=True)

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_image_caption")],
            heading=_("Ảnh đại diện"),
        ),
        FieldPanel("body"),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("division", widget=forms.Select),
                FieldPanel("reform_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("author_line"),
                FieldPanel("source"),
            ],
            heading=_("Phân loại"),
        ),
        *SitePage.settings_panels,
    ]

    search_fields = [
        *SitePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["reform.ArticleIndexPage"]
    subpage_types = []
    template = "reform/article_page.html"

    class Meta:
        verbose_name = _("tin, bài")
        verbose_name_plural = _("tin, bài")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Ảnh đại diện cần có mô tả thay thế (alt).")})

    def related_articles(self, areas):
        from ..listing import card_queryset

        keys = [area.translation_key for area in areas]
        qs = public(ArticlePage.objects.live().filter(locale_id=self.locale_id).exclude(pk=self.pk))
        if keys:
            # IN (subquery) rather than a join + DISTINCT: the database can walk the date index
            # and stop at the third match instead of sorting every article of those areas.
            tagged = ArticlePage.reform_areas.through.objects.filter(reformarea__translation_key__in=keys)
            qs = qs.filter(pk__in=tagged.values("articlepage_id"))
        return list(card_queryset(qs).order_by("-date", "-pk")[:RELATED_LIMIT])

    def get_context(self, request, *args, **kwargs):
        from .column import ReformColumnPage
        from .taxonomy import Division, ReformArea, localized_lookup

        context = super().get_context(request, *args, **kwargs)
        areas = list(self.reform_areas.all())
        column_type = ContentType.objects.get_for_model(ReformColumnPage).pk
        context["page_areas"] = areas
        context["area_lookup"] = localized_lookup(ReformArea)
        context["division_lookup"] = localized_lookup(Division)
        context["related_articles"] = self.related_articles(areas)
        context["column"] = next((p for p in context["chrome"]["ancestors"] if p.content_type_id == column_type), None)
        return context
