"""sitemap.xml over every language tree, with hreflang alternates.

Wagtail's stock sitemap lists only the default site's tree and loads each page's specific
model; here one query reads the URL fields of every public page, grouped by translation_key.
"""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .events.queries import exclude_internal
from .request_cache import public


def public_pages(site):
    roots = Page.objects.filter(translation_key=site.root_page.translation_key)
    queryset = Page.objects.none()
    for root in roots:
        queryset = queryset | Page.objects.descendant_of(root, inclusive=True)
    return (
        exclude_internal(public(queryset.live()))  # internal sessions are never public
        .select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "last_published_at",
            "latest_revision_created_at",
            "locale__language_code",
            "title",
        )
        .order_by("path")
    )


class MultilingualSitemap(Sitemap):
    @property
    def limit(self):
        from django.conf import settings

        return settings.REFORM_SITEMAP_LIMIT

    def items(self):
        # Asked for by the paginator, the index and the urlset in one request: one query.
        if getattr(self, "_pages_cache", None) is not None:
            return self._pages_cache
        pages = list(public_pages(self.get_wagtail_site()))
        by_key = defaultdict(list)
        for page in pages:
            by_key[page.translation_key].append(page)
        self._translations = by_key
        self._pages_cache = pages
        return pages

    def absolute(self, page):
        # Built from the request's host so the sitemap is right behind any proxy or port.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            translations = self._translations.get(item.translation_key, [item])
            alternates = [
                {"lang_code": other.locale.language_code, "location": self.absolute(other)} for other in translations
            ]
            if len(alternates) > 1:
                alternates.append(
                    {
                        "lang_code": "x-default",
                        "location": next(
                            (a["location"] for a in alternates if a["lang_code"] == "vi"), alternates[0]["location"]
                        ),
                    }
                )
            urls.append(
                {
                    "item": item,
                    "location": self.absolute(item),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls
