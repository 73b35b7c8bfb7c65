"""Custom image and document models, in place from day one so the library can add fields later."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class ReformImage(AbstractImage):
    credit = models.CharField(_("nguồn ảnh"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("hình ảnh")
        verbose_name_plural = _("hình ảnh")


class ReformRendition(AbstractRendition):
    image = models.ForeignKey(ReformImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class ReformDocument(AbstractDocument):
    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("tệp tài liệu")
        verbose_name_plural = _("tệp tài liệu")
