"""Citations in article and event text link to the library, in one query per page; a report lists the missing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reform.documents.citations import link_citations
from reform.models import PageCitation
from reform.request_cache import _store, private_pages_q
from tests.document_factories import make_document
from tests.event_factories import make_event
from tests.factories import make_articles

pytestmark = pytest.mark.django_db

BODY = (
    "<p>Thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023 của UBND tỉnh, Nghị quyết số 27- NQ/TW ngày 09 "
    'tháng 11 năm 2022 và Nghị quyết 76/NQ-CP; xem thêm <a href="/khac/">Quyết định 828/QĐ-UBND</a>, '
    "Thông tư số 343/2016/TT-BTC và ngày 19/3/2023.</p>"
)


@pytest.fixture
def entries(site_pages):
    return {
        "828": make_document("828/QĐ-UBND"),
        "27": make_document(
            "27-NQ/TW", "nghi-quyet-dang", "ban-chap-hanh-trung-uong", excerpt="Về Nhà nước pháp quyền"
        ),
        "76": make_document("76/NQ-CP", "nghi-quyet", "chinh-phu", excerpt="Chương trình tổng thể CCHC"),
    }


@pytest.fixture
def request_cache():
    """What a request has loaded before the body renders: the view restrictions (reform/request_cache.py)."""
    token = _store.set({})
    private_pages_q()
    yield
    _store.reset(token)


def test_citations_become_links_in_one_query(entries, request_cache, django_assert_num_queries):
    with django_assert_num_queries(1):
        html = link_citations(BODY)
    assert f'<a class="citation" href="{entries["828"].url}"' in html
    assert '">Quyết định số 828/QĐ-UBND ngày 19/3/2023</a>' in html
    assert f'href="{entries["27"].url}"' in html and ">Nghị quyết số 27- NQ/TW ngày 09 tháng 11 năm 2022</a>" in html
    assert f'href="{entries["76"].url}"' in html and ">Nghị quyết 76/NQ-CP</a>" in html
    # Not in the library: left as text. Inside an existing link: left alone.
    assert "Thông tư số 343/2016/TT-BTC" in html and "343/2016/TT-BTC</a>" not in html
    assert '<a href="/khac/">Quyết định 828/QĐ-UBND</a>' in html
    assert html.count("<a ") == 4


def test_text_without_numbers_costs_no_query(entries, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert link_citations("<p>Cải cách hành chính năm 2023, ngày 19/3.</p>") == (
            "<p>Cải cách hành chính năm 2023, ngày 19/3.</p>"
        )


def test_article_body_links_its_citations_with_one_extra_query(client, entries, news):
    article = make_articles(news, 1)[0]
    client.get(article.url)
    with CaptureQueriesContext(connection) as plain:
        client.get(article.url)
    article.body = [{"type": "paragraph", "value": BODY}] * 5
    article.save_revision().publish()
    client.get(article.url)
    with CaptureQueriesContext(connection) as cited:
        html = client.get(article.url).content.decode()
    assert html.count('class="citation"') == 15
    assert len(cited.captured_queries) == len(plain.captured_queries) + 1


def test_citing_pages_are_recorded_and_shown_on_the_document(client, entries, news):
    article = make_articles(news, 1)[0]
    article.body = [{"type": "paragraph", "value": BODY}]
    article.save_revision().publish()
    event = make_event(description="<p>Học tập Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương.</p>")
    cited = set(PageCitation.objects.filter(page=article).values_list("number", flat=True))
    assert cited == {"828/QĐ-UBND", "27-NQ/TW", "76/NQ-CP", "343/2016/TT-BTC"}
    html = client.get(entries["27"].url).content.decode()
    assert f'<a href="{article.url}">{article.title}</a>' in html
    assert f'<a href="{event.url}">{event.title}</a>' in html
    article.unpublish()
    assert not PageCitation.objects.filter(page=article).exists()


def test_event_description_and_outcome_link_their_citations_with_one_query(client, entries):
    event = make_event(
        description="<p>Học tập Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương.</p>",
        outcome="<p>Triển khai Quyết định số 828/QĐ-UBND ngày 19/3/2023.</p>",
    )
    client.get(event.url)
    with CaptureQueriesContext(connection) as cited:
        html = client.get(event.url).content.decode()
    assert f'href="{entries["27"].url}"' in html
    assert f'href="{entries["828"].url}"' in html
    citation_queries = [q for q in cited.captured_queries if "number_key" in q["sql"]]
    assert len(citation_queries) == 1


def test_admin_report_lists_cited_numbers_missing_from_the_library(admin_client, entries, news):
    article = make_articles(news, 1)[0]
    article.body = [{"type": "paragraph", "value": BODY}]
    article.save_revision().publish()
    make_document("90/QĐ-UBND", relations=[("based_on", "30/2020/NĐ-CP")])
    response = admin_client.get("/admin/reports/cited-documents/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "343/2016/TT-BTC" in html
    assert "30/2020/NĐ-CP" in html
    assert "828/QĐ-UBND" not in html
    assert article.title in html
