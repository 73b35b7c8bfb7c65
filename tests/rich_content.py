"""Realistic content for the validation and accessibility tests: an article using every body block."""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.models import Collection, Locale, Page

from reform.bootstrap import setup_site
from reform.models import ArticlePage, ReformDocument, ReformImage
from tests.factories import vi_area, vi_division


def fresh_site():
    """setup_site() on a database a live-server test may have flushed, taking Wagtail's migration
    data (the root page and root collection) with it."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        vi, _ = Locale.objects.get_or_create(language_code="vi")
        Page.add_root(instance=Page(title="Root", slug="root", locale=vi))
    return setup_site()


def make_image(title="Bộ phận một cửa", size=(320, 180)):
    """A small generated JPEG saved as a ReformImage (test settings keep files in memory)."""
    picture = Image.new("RGB", size, (11, 79, 138))
    draw = ImageDraw.Draw(picture)
    draw.rectangle([size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4], fill=(255, 210, 0))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=80)
    image = ReformImage(title=title, credit="Ảnh tạo tự động cho kiểm thử")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="mot-cua.jpg")
    image.save()
    return image


def make_document(title="Kế hoạch cải cách hành chính năm 2023"):
    document = ReformDocument(title=title)
    document.file = ContentFile(b"%PDF-1.4\n% test\n", name="ke-hoach-cchc-2023.pdf")
    document.save()
    return document


def rich_body(image, document, page):
    """StreamField data with every block type of reform.blocks.ArticleBodyBlock except embed (network)."""
    return [
        {
            "type": "paragraph",
            "value": (
                "<p>Năm 2023, Sở Tài chính tiếp tục đẩy mạnh <b>cải cách thủ tục hành chính</b>, "
                '<i>chuyển đổi số</i> và <a href="https://dichvucong.gov.vn/">dịch vụ công trực tuyến</a>.</p>'
                "<ul><li>Rà soát thủ tục hành chính</li><li>Số hóa hồ sơ</li></ul>"
                "<ol><li>Tiếp nhận</li><li>Trả kết quả</li></ol>"
            ),
        },
        {"type": "heading", "value": {"text": "Kết quả nổi bật", "level": "h2"}},
        {"type": "heading", "value": {"text": "Bộ phận một cửa", "level": "h3"}},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Cán bộ bộ phận một cửa tiếp nhận hồ sơ của người dân",
                "caption": "Bộ phận một cửa của Sở Tài chính",
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Lấy người dân, doanh nghiệp làm trung tâm\ncủa công tác cải cách hành chính.",
                "attribution": "Giám đốc Sở Tài chính",
            },
        },
        {
            "type": "table",
            "value": {
                "caption": "Hồ sơ giải quyết theo quý",
                "table": {
                    "data": [
                        ["Quý", "Tiếp nhận", "Đúng hạn"],
                        ["Quý I", "120", "118"],
                        ["Quý II", "135", None],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "",
                },
            },
        },
        {
            "type": "table",
            "value": {
                "caption": "Bảng không có dòng tiêu đề",
                "table": {
                    "data": [["Chỉ số PAR Index", "86,5"], ["Chỉ số SIPAS", "89,1"]],
                    "first_row_is_table_header": False,
                    "first_col_is_header": False,
                    "table_caption": "",
                },
            },
        },
        {
            "type": "callout",
            "value": {
                "kind": "warning",
                "title": "Lưu ý",
                "text": "<p>Hồ sơ nộp trực tuyến được <b>ưu tiên</b> giải quyết.</p>",
            },
        },
        {"type": "callout", "value": {"kind": "info", "title": "", "text": "<p>Khung không có tiêu đề.</p>"}},
        {"type": "document", "value": {"label": "Tải kế hoạch", "document": document.pk, "page": None}},
        {"type": "document", "value": {"label": "", "document": None, "page": page.pk}},
    ]


def make_rich_article(news, slug="bai-day-du-cac-khoi"):
    """A published article with a hero image, tags, areas, a division and every body block."""
    image = make_image()
    document = make_document()
    article = ArticlePage(
        title="Sở Tài chính đẩy mạnh cải cách hành chính năm 2023",
        slug=slug,
        lead="Sở Tài chính triển khai đồng bộ các nhiệm vụ cải cách hành chính, lấy người dân làm trung tâm.",
        date=datetime.date(2023, 6, 15),
        division=vi_division("van-phong"),
        hero_image=image,
        hero_image_alt="Quang cảnh bộ phận một cửa",
        hero_image_caption="Bộ phận một cửa (ảnh minh họa)",
        author_line="Nguyễn Văn A - Văn phòng Sở",
        source="Văn phòng Sở",
        body=[],
    )
    news.add_child(instance=article)
    article.body = rich_body(image, document, news)
    article.reform_areas.set([vi_area(1), vi_area(2)])
    article.tags.add("một cửa", "chuyển đổi số")
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)
