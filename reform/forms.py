"""Admin form pieces shared by every page and snippet of the column."""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput
from wagtail.models import TranslatableMixin

from .text import SLUG_FORMATTERS, slugify_vi


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug widget with formatters that fold Vietnamese before Wagtail slugifies."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or SLUG_FORMATTERS, locale=locale)


class FoldedSlugField(forms.SlugField):
    """Accepts "Bình Định" or "bình-định" and keeps "binh-dinh", whatever the browser sent."""

    def to_python(self, value):
        value = super().to_python(value)
        return slugify_vi(value) if value else value


class LocalizedTaxonomyPageForm(WagtailAdminPageForm):
    """Offer taxonomy rows (divisions, reform areas…) in the page's own language only.

    wagtail-localize points a translated page at the translated rows, so an English page
    chooses among English rows; rows already chosen stay valid whatever their language.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            chosen = self.initial.get(name) or []
            chosen = chosen if isinstance(chosen, list | tuple) else [chosen]
            chosen_ids = [getattr(item, "pk", item) for item in chosen]
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen_ids))
