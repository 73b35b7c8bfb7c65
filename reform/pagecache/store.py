"""Cached pages and the site generation they were rendered under.

One entry per URL holds (generation, headers, body). The generation is a random token shared by
every instance through the cache; any change to public content replaces it, so every entry
rendered before the change stops matching at once and is overwritten by the next render. The
token and the entry are read in one round trip (get_many), and stale entries are overwritten in
place rather than left to pile up under old keys.

A random token rather than a counter: if the cache loses the token (eviction, Redis restart), a
new one can never coincide with one that old entries carry.
"""

import hashlib
import logging
import secrets
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Headers that belong to one delivery, not to the page.
UNSTORED_HEADERS = frozenset({"set-cookie", "x-cache", "date", "age", "x-request-id"})


def option(name):
    defaults = {
        "PAGE_CACHE_ENABLED": False,
        "PAGE_CACHE_TIMEOUT": 600,
        "PAGE_CACHE_MAX_AGE": 60,
        "PAGE_CACHE_SHARED_MAX_AGE": 0,
        "PAGE_CACHE_MAX_QUERY_LENGTH": 200,
        "PAGE_CACHE_MAX_BYTES": 1024 * 1024,
    }
    return getattr(settings, name, defaults[name])


def new_generation():
    return secrets.token_hex(8)


def bump():
    """Invalidate every cached page. Retried once: a lost bump would leave pages stale until their timeout."""
    for attempt in (1, 2):
        try:
            cache.set(GENERATION_KEY, new_generation(), timeout=None)
            return True
        except Exception:
            if attempt == 2:
                logger.exception("Page cache generation not bumped: pages may be stale until PAGE_CACHE_TIMEOUT")
    return False


def normalised_query(query_string):
    # Parameter order does not change a page; the order of repeated values might, so it is kept.
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def page_key(request):
    """The cache key of an anonymous GET, or None when this URL is not kept (long queries, bad host).

    The language needs no part of its own: with i18n_patterns(prefix_default_language=False),
    LocaleMiddleware takes it from the path alone (no prefix means LANGUAGE_CODE, whatever the
    Accept-Language header or language cookie say), so the path already tells / from /en/.
    """
    query = request.META.get("QUERY_STRING", "")
    if len(query) > option("PAGE_CACHE_MAX_QUERY_LENGTH"):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    url = f"{request.scheme}://{host}{request.path}?{normalised_query(query) if query else ''}"
    return "pagecache:page:" + hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


def lookup(key):
    """(generation, entry or None). The generation is created if the cache has none."""
    values = cache.get_many([GENERATION_KEY, key])
    generation = values.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, new_generation(), timeout=None)
        return cache.get(GENERATION_KEY), None
    entry = values.get(key)
    if entry is not None and entry[0] == generation:
        return generation, entry
    return generation, None


def save(key, generation, response):
    headers = tuple((name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS)
    cache.set(key, (generation, headers, response.content), timeout=option("PAGE_CACHE_TIMEOUT"))
