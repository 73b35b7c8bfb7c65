"""Admin viewsets for the column's taxonomies (registered in wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Division, DocumentType, IssuingBody, ReformArea


class DivisionViewSet(SnippetViewSet):
    model = Division
    icon = "group"
    list_display = ["name", "abbreviation", "slug"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ReformAreaViewSet(SnippetViewSet):
    model = ReformArea
    icon = "tag"
    list_display = ["number", "name", "slug"]
    ordering = ["number"]


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "site"
    list_display = ["name", "abbreviation", "level"]
    list_filter = ["level"]
    search_fields = ["name"]


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    list_display = ["name", "abbreviation", "family"]
    list_filter = ["family"]
    search_fields = ["name"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (DivisionViewSet, ReformAreaViewSet, IssuingBodyViewSet, DocumentTypeViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Danh mục")
    menu_name = "taxonomies"
