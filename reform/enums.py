"""Kinds and levels as TextChoices, with Vietnamese labels through gettext."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IssuingLevel(models.TextChoices):
    CENTRAL = "central", _("Trung ương")
    PROVINCE = "province", _("Tỉnh")
    DEPARTMENT = "department", _("Sở")


class DocumentFamily(models.TextChoices):
    """Which numbering rule a document type follows (DOMAIN.md)."""

    ADMINISTRATIVE = "administrative", _("Văn bản hành chính")
    LEGAL = "legal", _("Văn bản quy phạm pháp luật")
    PARTY = "party", _("Văn bản của Đảng")


class CalloutKind(models.TextChoices):
    INFO = "info", _("Thông tin")
    NOTE = "note", _("Lưu ý")
    WARNING = "warning", _("Cảnh báo")
