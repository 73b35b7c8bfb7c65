"""The library, its search and a document page run a fixed number of queries whatever the library holds.

Measured with 30 entries, then with 20,000 (inserted in bulk: reform/documents/bulk.py).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reform.documents.bulk import bulk_insert_documents
from tests.document_factories import library, make_document, make_file

pytestmark = pytest.mark.django_db

QUERY_BOUND = 15


def urls(document):
    base = library().url
    return {
        "library": base,
        "library-filtered": base + "?type=quyet-dinh&level=province&year=2023&area=cai-cach-the-che&status=in_force",
        "library-search": base + "?q=c%E1%BA%A3i+c%C3%A1ch+h%C3%A0nh+ch%C3%ADnh",
        "library-search-number": base + "?q=828%2Fqd-ubnd",
        "library-page-2": base + "?page=2",
        "document": document.url,
        "rss": base + "rss/",
        "site-search": "/tim-kiem/?q=cai+cach+hanh+chinh",
        "home": "/",
    }


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(context.captured_queries)


def test_library_queries_do_not_grow_with_documents(client, site_pages):
    document = make_document(main_file=make_file(), relations=[("implements", "76/NQ-CP")], areas=[1])
    bulk_insert_documents(library(), 30)
    small = {name: count_queries(client, url) for name, url in urls(document).items()}
    bulk_insert_documents(library(), 20_000 - 31, seed=7)
    large = {name: count_queries(client, url) for name, url in urls(document).items()}
    assert large == small
    for name, count in large.items():
        assert count <= QUERY_BOUND, (name, count)
