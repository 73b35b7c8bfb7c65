"""StreamField blocks for article bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .enums import CalloutKind

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Cấp 2")), ("h3", _("Cấp 3")), ("h4", _("Cấp 4"))], default="h2", label=_("Cấp")
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "reform/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả thay thế (alt)"),
        help_text=_("Mô tả nội dung ảnh cho người dùng trình đọc màn hình. Bắt buộc."),
        max_length=255,
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=500)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "reform/blocks/figure.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Nguồn"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "reform/blocks/quote.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Tên bảng"), help_text=_("Bắt buộc để người đọc biết bảng nói về gì."))
    table = TableBlock(label=_("Bảng"))

    class Meta:
        icon = "table"
        label = _("Bảng")
        template = "reform/blocks/table.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CalloutKind.choices, default=CalloutKind.INFO, label=_("Loại"))
    title = blocks.CharBlock(label=_("Tiêu đề"), required=False)
    text = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Nội dung"))

    class Meta:
        icon = "help"
        label = _("Khung nổi bật")
        template = "reform/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A downloadable file, or a page of the site (a library entry once the library exists)."""

    label = blocks.CharBlock(label=_("Tên hiển thị"), required=False)
    document = DocumentChooserBlock(label=_("Tệp"), required=False)
    page = blocks.PageChooserBlock(label=_("Trang"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Liên kết văn bản")
        template = "reform/blocks/document_link.html"

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("document") and not value.get("page"):
            raise StructBlockValidationError(
                block_errors={"document": ValidationError(_("Chọn một tệp hoặc một trang."))}
            )
        return value


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_FEATURES, label=_("Đoạn văn"), icon="pilcrow")
    heading = HeadingBlock()
    image = FigureBlock()
    quote = QuoteBlock()
    table = CaptionedTableBlock()
    embed = EmbedBlock(label=_("Nhúng (video, bài đăng)"), icon="media")
    callout = CalloutBlock()
    document = DocumentLinkBlock()
