"""The yearly communication plan (kế hoạch truyền thông CCHC) as a page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from ..blocks import ArticleBodyBlock
from .base import SitePage


class PlanPage(SitePage):
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.CharField(_("số ký hiệu"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    basis = models.CharField(
        _("căn cứ"),
        max_length=500,
        blank=True,
        help_text=_("Văn bản mà kế hoạch thực hiện, ví dụ Quyết định số 828/QĐ-UBND."),
    )
    signer = models.CharField(_("người ký"), max_length=255, blank=True)
    signer_title = models.CharField(_("chức danh người ký"), max_length=255, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("nội dung kế hoạch"), blank=True)

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("number"),
                FieldPanel("issued_on"),
                FieldPanel("basis"),
                FieldPanel("signer"),
                FieldPanel("signer_title"),
            ],
            heading=_("Thông tin văn bản"),
        ),
        FieldPanel("body"),
        FieldPanel("recipients"),
    ]
    parent_page_types = ["reform.ReformColumnPage"]
    subpage_types = []
    template = "reform/plan_page.html"

    class Meta:
        verbose_name = _("kế hoạch truyền thông")
        verbose_name_plural = _("kế hoạch truyền thông")
