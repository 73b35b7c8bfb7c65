"""Page routing in two queries, whatever the depth of the URL.

Wagtail's default resolves `/a/b/c/` one segment at a time (a child lookup and a
`.specific` per level, plus the localized root). The page's url_path already holds the
whole path, and Wagtail keeps each language root's url_path in its cached site root paths,
so the deepest existing page is found in one query and made specific in a second. The
result is handed to Wagtail's own serve view through the per-request route cache that
`Page.route_for_request` documents, so every serve hook still runs.
"""

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site


def _root_path(site, language):
    fallback = None
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk:
            if root.language_code == language:
                return root.root_path
            if root.root_path == site.root_page.url_path:
                fallback = root.root_path
    return fallback or site.root_page.url_path


def route(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    root_path = _root_path(site, translation.get_language())
    candidates = [root_path] + [root_path + "/".join(components[:n]) + "/" for n in range(1, len(components) + 1)]
    match = Page.objects.filter(url_path__in=candidates).order_by("-depth").first()
    if match is None:
        return None
    consumed = match.url_path.count("/") - root_path.count("/")
    try:
        return match.specific.route(request, components[consumed:])
    except Http404:
        return None


def serve(request, path):
    request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)
