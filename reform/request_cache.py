"""Memoise small lookups for the length of one request.

Every listing, menu and language switcher on a page needs the same private-page list and
taxonomy rows; asking the database once per request keeps the query count constant.
Outside a request (commands, tests calling helpers directly) nothing is memoised.
"""

import contextvars
import functools

from django.db.models import Q

_store = contextvars.ContextVar("reform_request_cache", default=None)


class RequestCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _store.set({})
        try:
            return self.get_response(request)
        finally:
            _store.reset(token)


def memoize(key_func):
    """Cache a function's result in the current request under key_func(*args)."""

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            store = _store.get()
            if store is None:
                return func(*args, **kwargs)
            key = (func.__qualname__, key_func(*args, **kwargs))
            if key not in store:
                store[key] = func(*args, **kwargs)
            return store[key]

        return wrapper

    return decorator


@memoize(lambda: None)
def view_restrictions():
    """Every page view restriction of the site, with its page's path (usually none or a few)."""
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.select_related("page"))


def private_pages_q():
    """Q matching pages under a view restriction (what PageQuerySet.public() excludes)."""
    q = Q(pk__in=[])
    for restriction in view_restrictions():
        q |= Q(path__startswith=restriction.page.path)
    return q


def public(queryset):
    """queryset.public() with the restriction list read once per request."""
    return queryset.exclude(private_pages_q())
