"""Idempotent set-up of a fresh site: locales, page tree skeleton, agency settings, taxonomies.

`manage.py setup_site` runs this; running it again changes nothing that exists.
"""

from django.db import transaction
from wagtail.models import Locale, Page, Site, TranslatableMixin

from . import seed_data
from .documents.seed import ensure_library
from .events.seed import ensure_event_index, ensure_event_kinds
from .models import AgencySettings, Division, DocumentType, IssuingBody, ReformArea
from .savedreports.setup import setup_report_roles
from .workflow.roles import setup_roles


def ensure_locales():
    vi, _ = Locale.objects.get_or_create(language_code="vi")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return vi, en


def ensure_translation(instance, locale, **fields):
    """The instance's translation into locale, created or updated with fields."""
    model = type(instance)
    translated = model.objects.filter(translation_key=instance.translation_key, locale=locale).first()
    if translated is None:
        translated = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


def ensure_snippet(model, locale, slug, defaults, en_locale=None, en_fields=None):
    instance, _ = model.objects.get_or_create(locale=locale, slug=slug, defaults=defaults)
    if en_locale is not None and en_fields:
        ensure_translation(instance, en_locale, **en_fields)
    return instance


def ensure_taxonomies(vi, en):
    for order, (slug, name, name_en, abbr, description) in enumerate(seed_data.DIVISIONS):
        ensure_snippet(
            Division,
            vi,
            slug,
            {"name": name, "abbreviation": abbr, "description": description, "sort_order": order},
            en,
            {"name": name_en},
        )
    for number, slug, name, name_en in seed_data.REFORM_AREAS:
        ensure_snippet(
            ReformArea, vi, slug, {"name": name, "number": number, "sort_order": number}, en, {"name": name_en}
        )
    for order, (slug, name, name_en, abbr, family) in enumerate(seed_data.DOCUMENT_TYPES):
        ensure_snippet(
            DocumentType,
            vi,
            slug,
            {"name": name, "abbreviation": abbr, "family": family, "sort_order": order},
            en,
            {"name": name_en},
        )
    for order, (slug, name, name_en, abbr, level) in enumerate(seed_data.ISSUING_BODIES):
        ensure_snippet(
            IssuingBody,
            vi,
            slug,
            {"name": name, "abbreviation": abbr, "level": level, "sort_order": order},
            en,
            {"name": name_en},
        )


def publish(page):
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    """A live child page of the given type and slug under parent, created if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page)


def ensure_page_translation(page, locale, **fields):
    """The page's translation in locale, created and published if missing (fields set on creation)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translated, name, value)
    localize_relations(translated, locale)
    translated.save()
    return publish(translated)


def localize_relations(instance, locale):
    """Point foreign keys and many-to-many fields at the rows of locale, as wagtail-localize does."""
    for field in instance._meta.get_fields():
        related = getattr(field, "related_model", None)
        if related is None or not issubclass(related, TranslatableMixin) or field.auto_created:
            continue
        if field.many_to_many:
            current = list(getattr(instance, field.name).all())
            keys = [row.translation_key for row in current]
            localized = list(related.objects.filter(translation_key__in=keys, locale=locale))
            if localized:
                getattr(instance, field.name).set(localized)
        elif field.many_to_one:
            current = getattr(instance, field.name)
            if current is not None:
                match = related.objects.filter(translation_key=current.translation_key, locale=locale).first()
                if match is not None:
                    setattr(instance, field.name, match)


def ensure_home(vi):
    from home.models import HomePage

    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=vi, depth=2).first()
    if home is None:
        home = HomePage(title="Trang chủ", slug="trang-chu", locale=vi)
        root.add_child(instance=home)
        publish(home)
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=seed_data.AGENCY["name"]
        )
    else:
        old_root = site.root_page
        site.root_page = home
        site.site_name = seed_data.AGENCY["name"]
        site.save()
        if old_root.pk != home.pk and not old_root.get_children().exists() and old_root.content_type.model == "page":
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    return home


def ensure_skeleton(vi, en):
    from home.models import HomePage

    from .models import ArticleIndexPage, ReformColumnPage

    home = ensure_home(vi)
    ensure_page_translation(home, en, title="Home", slug="home")
    column = ensure_child(
        home, ReformColumnPage, "cai-cach-hanh-chinh", title="Cải cách hành chính", show_in_menus=True
    )
    ensure_page_translation(column, en, title="Administrative reform", slug="administrative-reform")
    news = ensure_child(column, ArticleIndexPage, "tin-bai", title="Tin, bài", show_in_menus=True)
    ensure_page_translation(news, en, title="News and articles", slug="news")
    ensure_event_index(column, en)  # /toa-dam-su-kien/, /en/…/events/
    ensure_library(column, en)  # /van-ban/, /en/…/documents/
    assert isinstance(home, HomePage)
    return home, column, news


def ensure_agency_settings():
    site = Site.objects.get(is_default_site=True)
    agency = AgencySettings.for_site(site)
    if not agency.parent_body:
        for name, value in seed_data.AGENCY.items():
            setattr(agency, name, value)
        agency.save()
    return agency


@transaction.atomic
def setup_site():
    vi, en = ensure_locales()
    ensure_taxonomies(vi, en)
    ensure_event_kinds(vi, en)
    home, column, news = ensure_skeleton(vi, en)
    ensure_agency_settings()
    setup_roles()
    setup_report_roles()  # after the Office group exists
    return {"home": home, "column": column, "news": news}
