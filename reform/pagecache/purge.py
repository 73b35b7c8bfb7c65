"""Purge a CDN or reverse proxy (WAGTAILFRONTENDCACHE) after public content changes.

Wagtail's own frontend_cache app purges a page from inside the publish signal, before the
transaction commits: the proxy could fetch the old page again at once, and the app's handlers
purge only the page itself. Here the URLs are collected while the change happens (a deleted or
moved page's old address can only be read then) and sent after the commit, once the page cache's
generation has been bumped, with the pages that show lists of others: every live page near the
top of the tree (home, the column, its sections, in every language), their feeds and calendars,
and the sitemaps. Nothing is collected or sent unless a backend is configured.

Listing variants with a query string (?page=2, filters, searches) are not purged one by one: a
proxy keeps them at most PAGE_CACHE_MAX_AGE (or PAGE_CACHE_SHARED_MAX_AGE) seconds.
"""

import logging
import re
import threading

from django.conf import settings
from django.urls import URLPattern, reverse
from django.utils import translation

logger = logging.getLogger(__name__)

# Home (2), the column (3) and its sections (4): the pages that list others.
HUB_DEPTH = 4
# Routable subpages that take a taxonomy slug, filled in with every slug of that taxonomy.
SLUG_PARAMETERS = {"area_slug": "reform.ReformArea", "kind_slug": "reform.EventKind"}

_pending = threading.local()


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _urls():
    if not hasattr(_pending, "urls"):
        _pending.urls = set()
    return _pending.urls


def add_page(page):
    if not configured():
        return
    try:
        _urls().update(page_urls(page))
    except Exception:
        logger.exception("Could not list the URLs of page %s for the front-end cache purge", page.pk)


def on_page_moving(sender, instance, **kwargs):
    add_page(instance)


def flush():
    """Send the collected URLs and the hub URLs to every configured backend."""
    if not configured():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    urls, _pending.urls = _urls(), set()
    try:
        urls |= hub_urls()
        PurgeBatch(urls).purge()
    except Exception:
        logger.exception("Front-end cache purge failed; proxies keep pages until their max-age")


def page_urls(page):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    page = page.specific_deferred
    batch = PurgeBatch()
    batch.add_page(page)
    base = page.get_full_url()
    if base:
        batch.add_urls(base + suffix for suffix in routable_suffixes(type(page)))
    return batch.urls


def hub_urls():
    from wagtail.models import Page, Site

    urls = set()
    for page in Page.objects.live().filter(depth__lte=HUB_DEPTH).specific():
        urls |= page_urls(page)
    for site in Site.objects.all():
        root = site.root_url.rstrip("/")
        urls.add(root + reverse("sitemap-xml"))
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                urls.add(root + reverse("sitemap-page"))
    return urls


def routable_suffixes(page_class):
    """The subpage paths of a RoutablePage that take no argument or only a taxonomy slug."""
    from django.apps import apps

    if not hasattr(page_class, "get_subpage_urls"):
        return []
    suffixes = []
    for pattern in page_class.get_subpage_urls():
        if not isinstance(pattern, URLPattern) or not hasattr(pattern.pattern, "converters"):
            continue  # regex routes (a document number) cannot be enumerated
        route = str(pattern.pattern)
        parameters = set(pattern.pattern.converters)
        if not parameters:
            suffixes.append(route)
        elif len(parameters) == 1 and (parameter := parameters.pop()) in SLUG_PARAMETERS:
            model = apps.get_model(SLUG_PARAMETERS[parameter])
            for slug in set(model.objects.values_list("slug", flat=True)):
                suffixes.append(re.sub(rf"<(?:\w+:)?{parameter}>", slug, route))
    return suffixes
