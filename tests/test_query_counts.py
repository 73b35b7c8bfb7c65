"""Each public page runs a constant number of queries whatever the amount of content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_articles

pytestmark = pytest.mark.django_db

QUERY_BOUND = 15


def urls(column, article):
    return {
        "home": "/",
        "column": column.url,
        "column-filtered": column.url + "?area=cai-cach-the-che&year=2023",
        "column-page-2": column.url + "?page=2",
        "news-index": column.url + "tin-bai/",
        "article": article.url,
        "rss": column.url + "rss/",
        "atom": column.url + "atom/",
        "area-rss": column.url + "linh-vuc/cai-cach-the-che/rss/",
    }


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)


def test_query_counts_do_not_grow_with_content(client, column, news):
    articles = make_articles(news, 30)
    small = {name: count_queries(client, url) for name, url in urls(column, articles[0]).items()}
    make_articles(news, 270, start=30)
    large = {name: count_queries(client, url) for name, url in urls(column, articles[0]).items()}
    assert large == small
    for name, count in large.items():
        assert count <= QUERY_BOUND, (name, count)


def test_article_queries_within_bound(client, news, django_assert_max_num_queries):
    article = make_articles(news, 3)[0]
    client.get(article.url)
    with django_assert_max_num_queries(QUERY_BOUND):
        assert client.get(article.url).status_code == 200
