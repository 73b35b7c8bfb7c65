"""The site root and the department's own pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from reform.models.base import SitePage

HOME_LATEST = 6


class HomePage(SitePage):
    """The site root: agency identity, latest reform news, and room for what later work adds."""

    intro = RichTextField(_("lời giới thiệu"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        from reform.documents.home import home_documents_context
        from reform.events.home import home_events_context
        from reform.listing import card_queryset
        from reform.models import ArticlePage, Division, ReformArea
        from reform.models.column import ReformColumnPage
        from reform.models.taxonomy import localized_lookup
        from reform.request_cache import public

        context = super().get_context(request, *args, **kwargs)
        articles = public(ArticlePage.objects.live().filter(locale_id=self.locale_id))
        context["latest_articles"] = list(card_queryset(articles).order_by("-date", "-pk")[:HOME_LATEST])
        context["column"] = column_in_menu(context["chrome"]) or (
            ReformColumnPage.objects.live().filter(locale_id=self.locale_id).first()
        )
        if context["column"] is not None:
            context["column_rss_url"] = context["column"].get_url(request) + ReformColumnPage().reverse_subpage("rss")
        areas = localized_lookup(ReformArea)
        context["area_lookup"] = areas
        context["division_lookup"] = localized_lookup(Division)
        context["areas"] = sorted(areas.values(), key=lambda a: a.number)
        context.update(home_events_context(self))  # "upcoming seminars" panel
        context.update(home_documents_context(self, request))  # "newest documents" panel
        return context


def column_in_menu(chrome):
    """The column as the page chrome loaded it for the menu: the home page needs no query of its own for it."""
    from django.contrib.contenttypes.models import ContentType

    from reform.models.column import ReformColumnPage

    column_type = ContentType.objects.get_for_model(ReformColumnPage).pk
    return next((item["page"] for item in chrome["menu"] if item["page"].content_type_id == column_type), None)


class AboutPage(SitePage):
    """Functions, structure and contacts of the department, as NĐ 42/2022 asks in Vietnamese and English."""

    functions = RichTextField(_("chức năng, nhiệm vụ"), blank=True)
    leadership = RichTextField(_("lãnh đạo"), blank=True)
    structure_intro = RichTextField(_("cơ cấu tổ chức"), blank=True)

    content_panels = [
        *SitePage.content_panels,
        FieldPanel("functions"),
        FieldPanel("leadership"),
        FieldPanel("structure_intro"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/about_page.html"

    class Meta:
        verbose_name = _("giới thiệu cơ quan")
        verbose_name_plural = _("giới thiệu cơ quan")

    def get_context(self, request, *args, **kwargs):
        from reform.models import Division
        from reform.models.taxonomy import localized_lookup

        context = super().get_context(request, *args, **kwargs)
        context["divisions"] = sorted(localized_lookup(Division).values(), key=lambda d: (d.sort_order, d.name))
        return context
