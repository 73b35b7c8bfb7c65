"""RSS 2.0 and Atom feeds of the column, whole or by reform area.

Each feed reads only the newest REFORM_FEED_SIZE articles in a fixed number of queries,
so its cost does not grow with the archive.
"""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .models.taxonomy import ReformArea, localized_lookup
from .request_cache import public


class ColumnFeed(Feed):
    def __init__(self, kind="rss"):
        super().__init__()
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed
        self.kind = kind

    def get_object(self, request, column, area_slug=None):
        self.request = request
        area = None
        if area_slug:
            area = ReformArea.objects.filter(slug=area_slug).first()
            if area is None:
                raise Http404(_("Không có lĩnh vực này."))
            area = localized_lookup(ReformArea).get(area.translation_key, area)
        return {"column": column, "area": area}

    def title(self, obj):
        if obj["area"]:
            return f"{obj['column'].title} — {obj['area'].name}"
        return obj["column"].title

    def link(self, obj):
        url = obj["column"].get_url(self.request)
        if obj["area"]:
            url += f"?area={obj['area'].slug}"
        return url

    def description(self, obj):
        return _("Tin, bài mới nhất của chuyên mục cải cách hành chính")

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def subtitle(self, obj):
        return self.description(obj)

    def items(self, obj):
        from .listing import card_queryset
        from .models.articles import ArticlePage

        qs = public(ArticlePage.objects.live().descendant_of(obj["column"]))
        if obj["area"]:
            qs = qs.filter(reform_areas__translation_key=obj["area"].translation_key)
        qs = card_queryset(qs).order_by("-date", "-first_published_at", "-pk")
        return list(qs[: settings.REFORM_FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.combine(item.date, time(8, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.author_line or None

    def item_categories(self, item):
        lookup = localized_lookup(ReformArea) if not hasattr(self, "_areas") else self._areas
        self._areas = lookup
        return [lookup.get(a.translation_key, a).name for a in item.reform_areas.all()]
