"""Agency identity as a site setting: provinces merge and rename, so none of it is code."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class AgencySettings(BaseSiteSetting):
    """What the header and footer show, as NĐ 42/2022 asks of a government portal."""

    name = models.CharField(_("tên cơ quan"), max_length=255, default="Sở Tài chính tỉnh Bình Định")
    name_en = models.CharField(_("tên cơ quan (tiếng Anh)"), max_length=255, blank=True)
    parent_body = models.CharField(_("cơ quan chủ quản"), max_length=255, blank=True)
    parent_body_en = models.CharField(_("cơ quan chủ quản (tiếng Anh)"), max_length=255, blank=True)
    abbreviation = models.CharField(_("tên viết tắt"), max_length=30, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    address_en = models.CharField(_("địa chỉ (tiếng Anh)"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    person_responsible = models.CharField(_("người chịu trách nhiệm"), max_length=255, blank=True)
    person_responsible_title = models.CharField(_("chức danh người chịu trách nhiệm"), max_length=255, blank=True)
    person_responsible_title_en = models.CharField(
        _("chức danh người chịu trách nhiệm (tiếng Anh)"), max_length=255, blank=True
    )
    licence = models.CharField(_("giấy phép"), max_length=255, blank=True)
    licence_en = models.CharField(_("giấy phép (tiếng Anh)"), max_length=255, blank=True)
    portal_url = models.URLField(_("cổng thông tin của Sở"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("name_en"), FieldPanel("abbreviation")], heading=_("Tên cơ quan")
        ),
        MultiFieldPanel([FieldPanel("parent_body"), FieldPanel("parent_body_en")], heading=_("Cơ quan chủ quản")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_en"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("portal_url"),
            ],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("person_responsible"),
                FieldPanel("person_responsible_title"),
                FieldPanel("person_responsible_title_en"),
                FieldPanel("licence"),
                FieldPanel("licence_en"),
            ],
            heading=_("Chịu trách nhiệm nội dung"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cơ quan")
        verbose_name_plural = _("thông tin cơ quan")

    def _localized(self, field):
        value = getattr(self, field)
        if get_language() == "en":
            return getattr(self, f"{field}_en") or value
        return value

    @property
    def display_name(self):
        return self._localized("name")

    @property
    def display_parent_body(self):
        return self._localized("parent_body")

    @property
    def display_address(self):
        return self._localized("address")

    @property
    def display_person_responsible_title(self):
        return self._localized("person_responsible_title")

    @property
    def display_licence(self):
        return self._localized("licence")
