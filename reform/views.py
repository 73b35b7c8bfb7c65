"""Site-wide views that are not pages: sitemaps and robots.txt."""

from django.contrib.sitemaps.views import index as sitemap_index
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Site

from .models.articles import ArticlePage
from .models.documents import OfficialDocumentPage
from .sitemaps import MultilingualSitemap, public_pages


def sitemap_xml(request):
    """One urlset while the site fits REFORM_SITEMAP_LIMIT URLs, else a sitemap index of numbered parts.

    A department with years of articles and a document library passes 30,000 URLs: one 5 MB file
    took seconds to render and was too large to cache; parts of a few thousand URLs are neither.
    """
    sitemaps = {"pages": MultilingualSitemap(request)}
    if sitemaps["pages"].paginator.num_pages > 1:
        return sitemap_index(request, sitemaps=sitemaps, sitemap_url_name="sitemap-part")
    return sitemap(request, sitemaps=sitemaps)


def sitemap_part(request, section):
    """/sitemap-pages.xml?p=N: one part of the index (an unknown section or page answers 404)."""
    return sitemap(request, sitemaps={"pages": MultilingualSitemap(request)}, section=section)


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-xml'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def sitemap_page(request):
    """The sitemap as a page (NĐ 42/2022): sections of the site, articles summed up by section."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    root = site.root_page.localized
    from django.contrib.contenttypes.models import ContentType

    # Articles and library entries are listed by their section pages, not one by one.
    leaf_types = ContentType.objects.get_for_models(ArticlePage, OfficialDocumentPage).values()
    pages = public_pages(site).filter(locale_id=root.locale_id).exclude(content_type__in=leaf_types)
    tree = []
    for page in pages:
        tree.append({"page": page, "url": page.get_url(request), "level": page.depth - root.depth})
    return render(request, "reform/sitemap_page.html", {"tree": tree, "root": root})
