"""Template helpers for the public site: language alternates, menus, localized taxonomy."""

from django import template

from ..chrome import page_chrome

register = template.Library()


@register.filter
def localized_id(pk, lookup):
    """The active-locale row for a foreign key id, without loading the related row."""
    return lookup.for_id(pk) if lookup and pk else None


@register.filter
def localized(obj, lookup):
    """The active-locale version of a taxonomy row, from a lookup built once per request."""
    if obj is None:
        return None
    return lookup.get(obj.translation_key, obj) if lookup else obj


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Menu, language versions and breadcrumbs for any template (pages pass theirs in context)."""
    if "chrome" in context:
        return context["chrome"]
    request = context.get("request")
    if request is None:
        return {"menu": [], "translations": [], "ancestors": [], "home": None}
    return page_chrome(request, context.get("page") if getattr(context.get("page"), "path", None) else None)
