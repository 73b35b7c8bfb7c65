"""RSS 2.0 feed of public events, whole or by kind: the newest announcements first, capped."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import Http404
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from ..models.taxonomy import localized_lookup
from . import queries
from .occurrences import Occurrence
from .recurrence import describe


class EventFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index, kind_slug=None):
        from ..models.events import EventKind
        from .listing import by_slug

        self.request = request
        self.kinds = localized_lookup(EventKind)
        kind = None
        if kind_slug:
            kind = by_slug(self.kinds, kind_slug)
            if kind is None:
                raise Http404(_("Không có loại sự kiện này."))
        return {"index": index, "kind": kind}

    def title(self, obj):
        return f"{obj['index'].title} — {obj['kind'].name}" if obj["kind"] else obj["index"].title

    def link(self, obj):
        url = obj["index"].get_url(self.request)
        return url + f"?kind={obj['kind'].slug}" if obj["kind"] else url

    def description(self, obj):
        return _("Tọa đàm, sự kiện công khai về cải cách hành chính")

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def items(self, obj):
        from ..models.events import EventPage

        events = queries.public_events(EventPage.objects.descendant_of(obj["index"]))
        if obj["kind"]:
            events = events.filter(kind__translation_key=obj["kind"].translation_key)
        events = queries.card_queryset(events).order_by(F("first_published_at").desc(nulls_last=True), "-start", "-pk")
        return list(events[: settings.REFORM_FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        when = Occurrence(item, item.start, item.start + item.span).display
        lines = [_("Thời gian: %(when)s") % {"when": when}]
        if item.rule is not None:
            lines.append(describe(item.rule))
        lines.append(_("Địa điểm: %(place)s") % {"place": item.location})
        lines.append(item.summary)
        # Readers render the description as HTML: escape the text, break the lines.
        return "<br>".join(escape(line) for line in lines)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at or item.start

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        kind = self.kinds.for_id(item.kind_id)
        return [kind.name] if kind else []
