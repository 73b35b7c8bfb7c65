"""The reform column's landing page and its news index."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from ..listing import listing_context
from ..request_cache import public
from .base import SitePage


class ArticleListingMixin:
    """Pages that list the articles below them, with filters in the query string."""

    def article_queryset(self):
        from .articles import ArticlePage

        return public(ArticlePage.objects.live().descendant_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(request, self.article_queryset()))
        return context


class ReformColumnPage(RoutablePageMixin, ArticleListingMixin, SitePage):
    """/cai-cach-hanh-chinh/: the column; the editorial workflow is attached here."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    subpage_types = [
        "reform.ArticleIndexPage",
        "reform.PlanPage",
        "reform.IndicesPage",
        "reform.EventIndexPage",
        "reform.DocumentLibraryPage",
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    template = "reform/column_page.html"

    class Meta:
        verbose_name = _("chuyên mục cải cách hành chính")
        verbose_name_plural = _("chuyên mục cải cách hành chính")

    @path("")
    def index(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        from wagtail.models import Page

        context = super().get_context(request, *args, **kwargs)
        # The column's own sections (news, library, events, plan, indices) in the editors' order:
        # one query, so a reader who lands here finds every part of the column.
        sections = public(Page.objects.child_of(self).live()).only("id", "title", "url_path").order_by("path")
        context["sections"] = [{"title": p.title, "url": p.get_url(request)} for p in sections]
        return context

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from ..feeds import ColumnFeed

        return ColumnFeed(kind="rss")(request, column=self)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import ColumnFeed

        return ColumnFeed(kind="atom")(request, column=self)

    @path("linh-vuc/<slug:area_slug>/rss/", name="area-rss")
    def area_rss_feed(self, request, area_slug):
        from ..feeds import ColumnFeed

        return ColumnFeed(kind="rss")(request, column=self, area_slug=area_slug)

    @path("linh-vuc/<slug:area_slug>/atom/", name="area-atom")
    def area_atom_feed(self, request, area_slug):
        from ..feeds import ColumnFeed

        return ColumnFeed(kind="atom")(request, column=self, area_slug=area_slug)


class ArticleIndexPage(ArticleListingMixin, SitePage):
    """/cai-cach-hanh-chinh/tin-bai/: where articles live in the tree."""

    intro = RichTextField(_("giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]
    subpage_types = ["reform.ArticlePage"]
    parent_page_types = ["reform.ReformColumnPage"]
    template = "reform/article_index_page.html"

    class Meta:
        verbose_name = _("danh mục tin, bài")
        verbose_name_plural = _("danh mục tin, bài")


def column_for(page):
    """The column page a page belongs to (for feeds and navigation), or None."""
    return ReformColumnPage.objects.live().ancestor_of(page, inclusive=True).first()
