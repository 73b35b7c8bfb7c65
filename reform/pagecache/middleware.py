"""Serve anonymous pages from the cache before sessions, locale, CSRF and auth run, and set Cache-Control.

It sits right after WhiteNoise, so a hit costs one cache round trip and no database query.
Requests are sorted first by what they carry, then responses by what they did:

- admin paths: never stored, `no-store` unless the view said otherwise;
- documents, health checks, Wagtail's `_util/` views, non-GET: passed through untouched;
- a session or messages cookie, or an Authorization header (someone logged in, or holding a
  private page's password): never served from or stored in the cache, always `private`;
- everything else is an anonymous GET/HEAD: looked up, and its response is public only if it set
  no cookie (no CSRF token was used), is a 200, not a preview, not a restricted page (the
  before_serve_page hook marks those) and did not ask for private/no-cache/no-store itself.
"""

import logging

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import parse_etags

from . import store

logger = logging.getLogger(__name__)

PERSONAL_COOKIES = ("messages",)
PRIVATE_DIRECTIVES = ("private", "no-cache", "no-store")
# Outside the page cache; "_util/" holds Wagtail's password and login views for private pages.
DEFAULT_SKIP_PATHS = ("documents/", "healthz", "_util/")
NOT_MODIFIED_HEADERS = ("Cache-Control", "Content-Location", "ETag", "Expires", "Last-Modified", "Vary")


def _with_language_prefixes(paths):
    prefixes = [f"/{code}/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return tuple(f"/{path}" for path in paths) + tuple(prefix + path for prefix in prefixes for path in paths)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._prefixes = {}

    def prefixes(self):
        # Recomputed only when the settings change (tests override ADMIN_PATH and friends).
        config = (settings.ADMIN_PATH, tuple(getattr(settings, "PAGE_CACHE_SKIP_PATHS", DEFAULT_SKIP_PATHS)))
        if config not in self._prefixes:
            self._prefixes = {config: (_with_language_prefixes([config[0]]), _with_language_prefixes(config[1]))}
        return self._prefixes[config]

    def __call__(self, request):
        admin, skipped = self.prefixes()
        path = request.path_info
        if path.startswith(admin):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        if path.startswith(skipped) or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if is_personal(request):
            response = self.get_response(request)
            make_private(response)
            return response
        return self.anonymous(request)

    def anonymous(self, request):
        enabled = store.option("PAGE_CACHE_ENABLED")
        key = store.page_key(request) if enabled else None
        generation = None
        if key is not None:
            try:
                generation, entry = store.lookup(key)
            except Exception as exc:
                logger.warning("Page cache unavailable, serving uncached: %s", exc)
                key = None
            else:
                if entry is not None:
                    return from_entry(request, entry)
        response = self.get_response(request)
        if is_public(request, response):
            make_public(response)
            if key is not None and generation is not None and request.method == "GET" and storable(response):
                try:
                    store.save(key, generation, response)
                except Exception as exc:
                    logger.warning("Page not stored in the cache: %s", exc)
            not_modified = not_modified_response(request, response)
            if not_modified is not None:
                response = not_modified
        else:
            make_private(response)
        if enabled:
            response["X-Cache"] = "MISS"
        return response


def is_personal(request):
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or any(name in cookies for name in PERSONAL_COOKIES):
        return True
    return "HTTP_AUTHORIZATION" in request.META


def is_public(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "page_cache_private", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in PRIVATE_DIRECTIVES):
        return False
    if "*" in response.get("Vary", ""):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def storable(response):
    return len(response.content) <= store.option("PAGE_CACHE_MAX_BYTES")


def make_public(response):
    directives = {"public": True}
    if "max-age" not in response.get("Cache-Control", ""):
        directives["max_age"] = store.option("PAGE_CACHE_MAX_AGE")
    if store.option("PAGE_CACHE_SHARED_MAX_AGE"):
        directives["s_maxage"] = store.option("PAGE_CACHE_SHARED_MAX_AGE")
    patch_cache_control(response, **directives)
    patch_vary_headers(response, ("Cookie",))
    if language_from_path_only():
        # LocaleMiddleware adds it at unprefixed URLs, but the path alone decides the language
        # there (store.page_key); left in, it would split a CDN's copies by every browser's header.
        vary = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
        response["Vary"] = ", ".join(value for value in vary if value.lower() != "accept-language")
    if not response.has_header("ETag"):
        set_response_etag(response)


def make_private(response):
    if response.has_header("Cache-Control"):
        patch_cache_control(response, private=True)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ("Cookie",))


def language_from_path_only():
    used, prefixed_default = is_language_prefix_patterns_used(settings.ROOT_URLCONF)
    return used and not prefixed_default


def from_entry(request, entry):
    _generation, headers, content = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    not_modified = not_modified_response(request, response)
    if not_modified is not None:
        response = not_modified
    response["X-Cache"] = "HIT"
    return response


def not_modified_response(request, response):
    etag = response.get("ETag")
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if not etag or not if_none_match:
        return None
    etags = parse_etags(if_none_match)
    if "*" not in etags and etag.removeprefix("W/") not in {tag.removeprefix("W/") for tag in etags}:
        return None
    not_modified = HttpResponseNotModified()
    for name in NOT_MODIFIED_HEADERS:
        if response.has_header(name):
            not_modified[name] = response[name]
    return not_modified
