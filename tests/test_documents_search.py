"""Search in the library and across the site: numbers in any spelling first, words with or without marks.

These run on SQLite and, with DATABASE_URL, on PostgreSQL: the folded columns make both give the
same answers (reform/documents/search.py).
"""

import datetime
import re
import unicodedata

import pytest

from reform.documents.search import index_columns, parse_query
from tests.document_factories import library, make_document
from tests.event_factories import make_event
from tests.factories import make_articles

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site_pages):
    return {
        "828": make_document(
            "828/QĐ-UBND",
            issued_on=datetime.date(2023, 3, 19),
            excerpt="Về việc ban hành Kế hoạch truyền thông về công tác cải cách hành chính nhà nước năm 2023",
        ),
        "plan": make_document(
            "01/KH-STC",
            "ke-hoach",
            "so-tai-chinh-binh-dinh",
            datetime.date(2023, 3, 31),
            "Thực hiện Quyết định số 828/QĐ-UBND: truyền thông về cải cách hành chính",
        ),
        "05": make_document("05/QĐ-UBND", issued_on=datetime.date(2022, 1, 5), excerpt="Về công tác thủy lợi"),
        "hoa": make_document("06/QĐ-UBND", issued_on=datetime.date(2022, 2, 1), excerpt="Về hòa giải ở cơ sở"),
        "hoa2": make_document("07/QĐ-UBND", issued_on=datetime.date(2022, 3, 1), excerpt="Về hoà nhập cộng đồng"),
        "ke": make_document(
            "08/QĐ-UBND", issued_on=datetime.date(2020, 1, 1), excerpt="Kế hoạch phòng chống thiên tai"
        ),
        "ke2": make_document("09/QĐ-UBND", issued_on=datetime.date(2024, 1, 1), excerpt="Kẻ vạch sơn đường giao thông"),
    }


def search(client, query, **params):
    response = client.get(library().url, {"q": query, **params})
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'class="doc-table__number" href="[^"]*">([^<]+)</a>', html), html


@pytest.mark.parametrize(
    "typed", ["828/QĐ-UBND", "828/qd-ubnd", "828/QD-UBND", "828 / qd - ubnd", "Số: 828/QĐ-UBND", "828/QÐ-UBND"]
)
def test_number_in_any_loose_form_comes_first(client, catalogue, typed):
    found, _html = search(client, typed)
    # The plan, newer, mentions the number in its text: it matches too, but after the document itself.
    assert found[:2] == ["828/QĐ-UBND", "01/KH-STC"]


def test_missing_leading_zero_finds_the_number(client, catalogue):
    found, _html = search(client, "5/qd-ubnd")
    assert found[0] == "05/QĐ-UBND"


@pytest.mark.parametrize(
    "typed",
    [
        "kế hoạch truyền thông",
        "ke hoach truyen thong",
        "KE HOACH TRUYEN THONG",
        unicodedata.normalize("NFD", "kế hoạch truyền thông"),
        "kê hoach truyên thông",
    ],
)
def test_words_with_or_without_marks_find_the_same_documents(client, catalogue, typed):
    found, _html = search(client, typed)
    assert sorted(found) == ["01/KH-STC", "828/QĐ-UBND"]


@pytest.mark.parametrize("typed", ["hòa", "hoà", "hoa", unicodedata.normalize("NFD", "hoà")])
def test_either_tone_mark_placement_finds_both_spellings(client, catalogue, typed):
    found, _html = search(client, typed)
    assert sorted(found) == ["06/QĐ-UBND", "07/QĐ-UBND"]


def test_all_words_must_match(client, catalogue):
    assert search(client, "hoa giai")[0] == ["06/QĐ-UBND"]
    assert search(client, "hoa giai thien tai")[0] == []


def test_exact_diacritics_rank_above_folded_only_matches(client, catalogue):
    found, _html = search(client, "kế")
    # "Kẻ vạch" (09, the newest) matches only once folded: it comes after every "kế".
    assert found[-1] == "09/QĐ-UBND"
    assert set(found[:-1]) == {"01/KH-STC", "828/QĐ-UBND", "08/QĐ-UBND"}
    # Typed without marks, nothing is more exact than anything else: newest first.
    assert search(client, "ke")[0][0] == "09/QĐ-UBND"
    # Sorting by date is still offered.
    assert search(client, "kế", sort="oldest")[0][0] == "08/QĐ-UBND"


def test_search_and_filters_combine_with_counts(client, catalogue):
    found, html = search(client, "cai cach", type="ke-hoach")
    assert found == ["01/KH-STC"]
    assert '<option value="quyet-dinh">Quyết định (1)</option>' in html
    assert "Kết quả tìm “cai cach”" in html


def test_queries_without_words_or_with_odd_characters_are_harmless(client, catalogue):
    assert len(search(client, "  ")[0]) == 7
    assert len(search(client, "%%%")[0]) == 7  # no word at all: the whole library, as for an empty box
    assert search(client, "<script>")[0] == []
    assert search(client, "a" * 500)[0] == []


def test_index_columns_hold_both_forms():
    folded, exact = index_columns("Quyết định 05/QĐ-UBND về hoà giải")
    assert folded == " quyet dinh 05 qd ubnd ve hoa giai 5 "
    assert exact == " quyết định 05 qđ ubnd về hòa giải "
    query = parse_query("Hoà GIẢI")
    assert (query.folded, query.exact, query.has_marks) == (["hoa", "giai"], ["hòa", "giải"], True)
    assert not parse_query("hoa giai").has_marks


# --- site-wide search -----------------------------------------------------------------------------


@pytest.fixture
def site_content(catalogue, news):
    article = make_articles(news, 1)[0]
    article.title = "Tọa đàm về cải cách hành chính năm 2023"
    article.body = [{"type": "paragraph", "value": "<p>Thực hiện Quyết định số 828/QĐ-UBND của UBND tỉnh.</p>"}]
    article.save_revision().publish()
    event = make_event(title="Tọa đàm cải cách hành chính quý II", summary="Trao đổi về cải cách hành chính.")
    internal = make_event(title="Họp chi bộ về cải cách hành chính", audience="internal")
    return {"article": article, "event": event, "internal": internal}


def site_search(client, query, **params):
    response = client.get("/tim-kiem/", {"q": query, **params})
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'<h3 class="search-result__title"><a href="([^"]+)">', html), html


def test_site_search_finds_documents_articles_and_events(client, site_content, catalogue):
    urls, html = site_search(client, "cai cach hanh chinh")
    assert catalogue["828"].url in urls
    assert site_content["article"].url in urls
    assert site_content["event"].url in urls
    assert site_content["internal"].url not in urls  # internal sessions are never public
    for label in ("Văn bản (", "Tin, bài (1)", "Tọa đàm, sự kiện (1)"):
        assert label in html


def test_site_search_puts_the_numbered_document_first(client, site_content, catalogue):
    urls, _html = site_search(client, "828/qd-ubnd")
    assert urls[0] == catalogue["828"].url
    assert site_content["article"].url in urls


def test_site_search_kind_filter(client, site_content):
    urls, _html = site_search(client, "cải cách", kind="events")
    assert urls == [site_content["event"].url]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("q=x&kind=khac", 404),
        ("q=x&page=abc", 404),
        ("q=x&page=0", 404),
        ("q=x&page=9", 404),
        ("q=%00", 400),
        ("q=", 200),
        ("", 200),
    ],
)
def test_site_search_bad_input(client, site_pages, query, status):
    assert client.get(f"/tim-kiem/?{query}").status_code == status
