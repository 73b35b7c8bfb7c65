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


def _option(item, numbered):
    """(value, text, key) of one filter option: a taxonomy row, (row, count), (value, label[, count]) or a year."""
    count = None
    if isinstance(item, tuple):
        if len(item) == 3:
            value, text, count = item
            return value, f"{text} ({count})", value
        if hasattr(item[0], "translation_key"):
            item, count = item
        else:
            value, text = item
            if isinstance(text, int):  # (year, count)
                return value, f"{value} ({text})", value
            return value, text, value
    if hasattr(item, "translation_key"):
        text = f"{item.number}. {item.name}" if numbered else item.name
        if count is not None:
            text = f"{text} ({count})"
        return item.slug, text, item.translation_key
    return item, str(item), item


@register.inclusion_tag("reform/includes/filter_select.html")
def filter_select(name, label, options, active=None, empty_label=None, numbered=False):
    """One <select> of a listing's filter form, the same markup in the column, the library and the events.

    ``active`` is the chosen row (compared by translation_key, so /en/ pages select it too) or value.
    """
    active_key = getattr(active, "translation_key", active)
    choices = []
    for item in options:
        value, text, key = _option(item, numbered)
        choices.append({"value": value, "text": text, "selected": active_key not in (None, "") and key == active_key})
    return {"name": name, "label": label, "choices": choices, "empty_label": empty_label}
