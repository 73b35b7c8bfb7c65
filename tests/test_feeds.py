"""RSS 2.0 and Atom feeds: valid, newest first, per reform area, bounded cost."""

import feedparser
import pytest
from lxml import etree

from tests.factories import make_articles, vi_area

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_column_feed_is_valid_and_newest_first(client, column, news, kind):
    make_articles(news, 5)
    response = client.get(f"{column.url}{kind}/")
    assert response.status_code == 200
    etree.fromstring(response.content)  # well-formed XML
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    titles = [entry.title for entry in feed.entries]
    assert titles[0] == "Tin số 4: cải cách hành chính"
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    assert feed.entries[0].link.startswith("http://testserver/cai-cach-hanh-chinh/tin-bai/")


def test_area_feed_only_has_that_area(client, column, news):
    make_articles(news, 12)
    area = vi_area(3)
    response = client.get(f"{column.url}linh-vuc/{area.slug}/rss/")
    feed = feedparser.parse(response.content)
    assert feed.entries
    for entry in feed.entries:
        assert [tag.term for tag in entry.tags] == [area.name]


def test_feed_of_unknown_area_is_404(client, column):
    assert client.get(f"{column.url}linh-vuc/khong-co/rss/").status_code == 404


def test_feed_size_is_capped(client, column, news, settings):
    settings.REFORM_FEED_SIZE = 4
    make_articles(news, 9)
    feed = feedparser.parse(client.get(f"{column.url}rss/").content)
    assert len(feed.entries) == 4
