"""StreamField blocks of an event page: its agenda (chương trình) and its materials (tài liệu)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import DocumentLinkBlock


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Thời gian"), required=False, max_length=50, help_text=_("Ví dụ: 08:00 - 08:30"))
    title = blocks.CharBlock(label=_("Nội dung"), max_length=500)
    presenter = blocks.CharBlock(label=_("Người trình bày"), required=False, max_length=255)

    class Meta:
        icon = "time"
        label = _("Mục chương trình")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()


class MaterialsBlock(blocks.StreamBlock):
    """A file, or a page of the site: a library entry (văn bản) once the library exists."""

    document = DocumentLinkBlock(label=_("Tài liệu"))
