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
    """A file of the library: checked by content on upload (reform/documents/uploads.py)."""

    mime_type = models.CharField(_("kiểu nội dung"), max_length=120, blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("số trang"), null=True, blank=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("tệp tài liệu")
        verbose_name_plural = _("tệp tài liệu")

    def _new_upload(self):
        return bool(self.file) and not getattr(self.file, "_committed", True)

    def clean(self):
        from django.core.exceptions import ValidationError

        from ..documents.uploads import clean_filename, inspect_upload

        super().clean()
        if self._new_upload():
            try:
                inspection = inspect_upload(self.file.file, self.file.name)
            except ValidationError as exc:
                raise ValidationError({"file": exc.messages}) from exc
            self.file.name = clean_filename(self.file.name)
            self.mime_type = inspection.content_type
            self.page_count = inspection.page_count

    def save(self, *args, **kwargs):
        from ..documents.uploads import clean_filename, inspect_upload

        if self._new_upload():
            self.file.name = clean_filename(self.file.name)
        if self.file and not self.mime_type and kwargs.get("update_fields") is None:
            # Files saved in code (demo, import) are described too; validation is clean()'s job.
            try:
                inspection = inspect_upload(self.file.file if self._new_upload() else self.file, self.file.name)
            except Exception:  # noqa: BLE001 — an undescribed file is served as Wagtail would
                inspection = None
            if inspection is not None:
                self.mime_type = inspection.content_type
                self.page_count = inspection.page_count
        super().save(*args, **kwargs)

    @property
    def content_type(self):
        return self.mime_type or super().content_type

    @property
    def content_disposition(self):
        """RFC 6266 with the Vietnamese file name kept (RFC 5987 filename*) whatever the storage.

        Wagtail serves local files through sendfile, which writes the header itself from
        ``doc.filename`` and only asks whether this says "inline"; remote storages send this value.
        """
        from django.conf import settings

        from ..documents.uploads import content_disposition

        inline = self.content_type in getattr(settings, "WAGTAILDOCS_INLINE_CONTENT_TYPES", ["application/pdf"])
        if inline and self.is_stored_locally():
            return "inline"
        return content_disposition(self.filename, inline)

    @property
    def format_name(self):
        from ..documents.uploads import FORMAT_NAMES

        return FORMAT_NAMES.get(self.content_type, self.file_extension.upper())
