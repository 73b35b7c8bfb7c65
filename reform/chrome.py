"""What every public page shows around its content: menu, language versions, breadcrumbs.

All three come from one query over the page table, memoised for the request, so the
page chrome costs the same whatever the site holds.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page, Site

from .request_cache import memoize, public

FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "translation_key",
    "content_type_id",
    "locale_id",
    "live",
    "show_in_menus",
)


@memoize(lambda request, page=None: (getattr(page, "pk", None), translation.get_language()))
def page_chrome(request, page=None):
    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "translations": [], "ancestors": [], "home": None}
    root = site.root_page
    language = translation.get_language()
    depth = page.depth if page is not None else 0
    ancestor_paths = [page.path[: Page.steplen * level] for level in range(2, depth)] if page is not None else []
    translation_key = page.translation_key if page is not None else root.translation_key
    rows = list(
        public(
            Page.objects.live().filter(
                Q(depth=root.depth, translation_key=root.translation_key)
                | Q(depth=root.depth + 1, show_in_menus=True, locale__language_code=language)
                | Q(translation_key=translation_key)
                | Q(path__in=ancestor_paths)
            )
        )
        .select_related("locale")
        .only(*FIELDS, "locale__language_code")
        .order_by("path")
    )
    homes = {row.locale.language_code: row for row in rows if row.translation_key == root.translation_key}
    home = homes.get(language) or homes.get(settings.LANGUAGE_CODE)
    menu = []
    if home is not None:
        menu.append({"title": home.title, "url": home.get_url(request), "page": home})
        menu += [
            {"title": row.title, "url": row.get_url(request), "page": row}
            for row in rows
            if row.depth == home.depth + 1 and row.show_in_menus and row.path.startswith(home.path)
        ]
    names = dict(settings.LANGUAGES)
    versions = {row.locale.language_code: row for row in rows if row.translation_key == translation_key}
    current_pk = page.pk if page is not None else getattr(home, "pk", None)
    translations = [
        {
            "code": code,
            "name": names[code],
            "url": versions[code].get_url(request),
            "current": versions[code].pk == current_pk,
        }
        for code, _name in settings.LANGUAGES
        if code in versions
    ]
    ancestors = [row for row in rows if row.path in ancestor_paths]
    return {"menu": menu, "translations": translations, "ancestors": ancestors, "home": home}
