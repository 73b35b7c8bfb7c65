"""wagtail-localize translates the column's pages and snippets through its own machinery."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from reform.models import ArticlePage, Division
from tests.factories import make_articles

pytestmark = pytest.mark.django_db


def translate_all(source, locale, prefix="EN: "):
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            # A translator types a slug for the page's own URL, words for everything else.
            data=("en-" if segment.context.path == "slug" else prefix) + segment.string.data,
        )
    return translation


def test_article_with_every_block_translates_and_publishes(client, news, django_capture_on_commit_callbacks):
    article = make_articles(news, 1)[0]
    article.body = [
        {"type": "paragraph", "value": "<p>Đoạn văn về cải cách.</p>"},
        {"type": "heading", "value": {"text": "Kết quả", "level": "h2"}},
        {"type": "quote", "value": {"text": "Trích dẫn", "attribution": "Văn phòng Sở"}},
        {"type": "callout", "value": {"kind": "info", "title": "Lưu ý", "text": "<p>Nội dung lưu ý.</p>"}},
        {
            "type": "table",
            "value": {
                "caption": "Bảng số liệu",
                "table": {"data": [["Chỉ số", "Năm"], ["PAR INDEX", "2022"]], "first_row_is_table_header": True},
            },
        },
    ]
    article.save_revision().publish()
    en = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(article)
    strings = {segment.string.data for segment in source.stringsegment_set.select_related("string")}
    assert {"Đoạn văn về cải cách.", "Kết quả", "Bảng số liệu", "Nội dung lưu ý."} <= strings
    translation = translate_all(source, en)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)

    english = ArticlePage.objects.get(translation_key=article.translation_key, locale=en)
    assert english.live and english.title.startswith("EN: ")
    html = client.get(english.url).content.decode()
    assert "EN: Kết quả" in html and "EN: Bảng số liệu" in html
    assert english.url.startswith("/en/")


def test_division_snippet_translates():
    division = Division.objects.get(slug="thanh-tra", locale__language_code="vi")
    en = Locale.objects.get(language_code="en")
    Division.objects.filter(translation_key=division.translation_key, locale=en).delete()
    source, _created = TranslationSource.get_or_create_from_instance(division)
    translate_all(source, en).save_target()
    assert Division.objects.get(translation_key=division.translation_key, locale=en).name == "EN: Thanh tra Sở"
