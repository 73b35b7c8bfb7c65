"""Text is stored NFC whatever arrives: pages, StreamField bodies, revisions, snippets."""

import unicodedata

import pytest
from wagtail.models import Locale

from reform.models import ArticlePage, Division

pytestmark = pytest.mark.django_db

VIET = "Cải cách hành chính tỉnh Bình Định"
NFD = unicodedata.normalize("NFD", VIET)


def is_nfc(value):
    return unicodedata.is_normalized("NFC", value)


def test_page_fields_and_body_are_stored_nfc(news):
    assert NFD != VIET
    article = ArticlePage(
        title=NFD,
        lead=NFD,
        body=[
            {"type": "paragraph", "value": f"<p>{NFD}</p>"},
            {"type": "heading", "value": {"text": NFD, "level": "h2"}},
        ],
    )
    news.add_child(instance=article)
    revision = article.save_revision()
    stored = ArticlePage.objects.get(pk=article.pk)
    assert stored.title == VIET
    assert stored.lead == VIET
    assert stored.body[0].value.source == f"<p>{VIET}</p>"
    assert stored.body[1].value["text"] == VIET
    assert stored.slug == "cai-cach-hanh-chinh-tinh-binh-dinh"
    revision.refresh_from_db()
    assert is_nfc(str(revision.content))
    assert VIET in str(revision.content["title"])


def test_snippets_are_stored_nfc():
    division = Division.objects.create(
        name=unicodedata.normalize("NFD", "Phòng Thử nghiệm Đặc biệt"),
        slug="thu-nghiem",
        locale=Locale.get_default(),
    )
    division.refresh_from_db()
    assert division.name == "Phòng Thử nghiệm Đặc biệt"
    assert is_nfc(division.name)
