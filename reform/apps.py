from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReformConfig(AppConfig):
    name = "reform"
    verbose_name = _("Cải cách hành chính")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from . import normalization  # noqa: F401  (connects the NFC pre_save handler)
        from .workflow import (
            notifications,
            signals,  # noqa: F401  (division groups)
        )
        from .workflow.preflight import register_article_checks

        register_article_checks()
        notifications.connect()
        from .forms import FoldedSlugField, VietnameseSlugInput

        # Every slug field in the admin folds Vietnamese to ASCII, in the browser and on the server.
        register_form_field_override(
            models.SlugField, override={"form_class": FoldedSlugField, "widget": VietnameseSlugInput}
        )
