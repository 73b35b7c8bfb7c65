from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.health import healthz
from reform import routing as reform_routing
from reform import views as reform_views
from reform.documents import views as document_views

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", reform_views.sitemap_xml, name="sitemap-xml"),
    path("sitemap-<slug:section>.xml", reform_views.sitemap_part, name="sitemap-part"),
    path("robots.txt", reform_views.robots_txt, name="robots-txt"),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese at the root, English under /en/.
urlpatterns += i18n_patterns(
    path("so-do-trang/", reform_views.sitemap_page, name="sitemap-page"),
    path("tim-kiem/", document_views.site_search, name="site-search"),
    # Wagtail's serve view, fed by reform.routing's two-query route; then Wagtail's own URLs.
    re_path(r"^((?:[\w\-]+/)*)$", reform_routing.serve, name="reform_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
