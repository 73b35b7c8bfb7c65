"""Admin form pieces shared by every page and snippet of the column."""

from django import forms
from wagtail.admin.widgets import SlugInput

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
