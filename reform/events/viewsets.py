"""Admin viewset for the editable event kinds (registered from reform/models/events.py)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from ..models.events import EventKind


class EventKindViewSet(SnippetViewSet):
    model = EventKind
    icon = "date"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]
