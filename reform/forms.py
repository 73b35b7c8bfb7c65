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


class ReformPageForm(WagtailAdminPageForm):
    """The admin form of every page of the site.

    - Taxonomy rows (divisions, reform areas…) are offered in the page's own language:
      wagtail-localize points a translated page at the translated rows; rows already chosen
      stay valid whatever their language.
    - A writer or division head can only give a page one of their own divisions, and a new
      page starts in the author's division.
    - Submitting, publishing or approving runs the preflight checks of the page's type.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is not None:
            self._limit_taxonomy_to_locale(locale_id)
        if "division" in self.fields and getattr(self, "for_user", None) is not None:
            self._limit_division_to_user(self.for_user)
        if "slug" in self.fields:
            # Left empty, a new page's slug is folded from its title on save (SitePage) without a
            # browser's help, and an existing page keeps its own.
            self.fields["slug"].required = False

    def _limit_taxonomy_to_locale(self, locale_id):
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            chosen = self.initial.get(name)
            if chosen is None or isinstance(chosen, str | int) or hasattr(chosen, "pk"):
                chosen = [] if chosen in (None, "") else [chosen]
            chosen_ids = [getattr(item, "pk", item) for item in chosen]
            field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen_ids))

    def _limit_division_to_user(self, user):
        from .workflow import roles

        if roles.is_office(user):
            return
        field = self.fields["division"]
        field.queryset = field.queryset.filter(translation_key__in=roles.divisions_of(user).values("translation_key"))
        if not self.instance.pk and not self.initial.get("division"):
            self.initial["division"] = field.queryset.first()

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        return slug or (self.instance.slug if self.instance.pk else "")

    def clean(self):
        from .workflow.preflight import problems_for

        cleaned_data = super().clean()
        if not self.is_deferred_validation:
            for field, message in problems_for(type(self.instance), cleaned_data):
                self.add_error(field if field in self.fields else None, message)
        return cleaned_data
