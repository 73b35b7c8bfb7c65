"""reform/text.py: the one folding function used by search, slugs and exact matching."""

import unicodedata

import pytest

from reform.text import fold, nfc, normalize, slugify_vi


@pytest.mark.parametrize(
    ("value", "slug"),
    [
        ("Chỉ số cải cách hành chính", "chi-so-cai-cach-hanh-chinh"),
        ("Bình Định", "binh-dinh"),
        ("ĐẢNG BỘ SỞ TÀI CHÍNH", "dang-bo-so-tai-chinh"),
        ("Ðoàn thanh niên", "doan-thanh-nien"),  # U+00D0 from old converters
        ("Thủ tục hành chính — một cửa, liên thông!", "thu-tuc-hanh-chinh-mot-cua-lien-thong"),
        ("Quyết định 828/QĐ-UBND", "quyet-dinh-828-qd-ubnd"),
        ("  Người   ưu tiên  ", "nguoi-uu-tien"),
        ("Kế hoạch CCHC 2023", "ke-hoach-cchc-2023"),
    ],
)
def test_slugify_vi_folds_the_vietnamese_way(value, slug):
    assert slugify_vi(value) == slug
    assert slugify_vi(unicodedata.normalize("NFD", value)) == slug


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("Cải cách hành chính", "cai cach hanh chinh"),
        ("ĐỊNH", "dinh"),
        ("hoà bình", "hoa binh"),
        ("thuỷ lợi", "thuy loi"),
        ("Đổi mới", "doi moi"),
    ],
)
def test_fold_strips_marks_and_maps_d(value, folded):
    assert fold(value) == folded
    assert fold(unicodedata.normalize("NFD", value)) == folded


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Hoà Bình", "Hòa Bình"),
        ("quý", "quý"),
        ("người", "người"),
        ("tuyến", "tuyến"),
        ("giữa", "giữa"),
        ("hoàng", "hoàng"),
        ("khuya", "khuya"),
    ],
)
def test_normalize_places_tone_marks_one_way(old, new):
    assert normalize(old) == normalize(new) == new


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert len(decomposed) > len("Việt Nam")
    assert nfc(decomposed) == "Việt Nam"
    assert nfc(None) is None
