"""RSS 2.0 feed of the documents newly posted to the library, newest first, in a fixed number of queries."""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models.taxonomy import DocumentType, IssuingBody, localized_lookup


class DocumentFeed(Feed):
    feed_type = Rss201rev2Feed
    item_guid_is_permalink = True

    def get_object(self, request, library):
        self.request = request
        return library

    def title(self, library):
        return library.title

    def link(self, library):
        return library.get_url(self.request)

    def description(self, library):
        return _("Văn bản mới đăng trong thư viện văn bản cải cách hành chính")

    def feed_url(self, library):
        return self.request.build_absolute_uri()

    def items(self, library):
        from .listing import ROW_FIELDS, documents_in

        rows = documents_in(library).only(*ROW_FIELDS, "first_published_at", "signer")
        return list(rows.order_by("-first_published_at", "-issued_on", "-pk")[: settings.REFORM_FEED_SIZE])

    def item_title(self, item):
        return f"{item.number}: {item.excerpt}"

    def item_description(self, item):
        body = localized_lookup(IssuingBody).for_id(item.issuing_body_id)
        issued = date_format(item.issued_on, "d/m/Y")
        parts = [item.excerpt, _("Ngày ban hành: %(date)s.") % {"date": issued}]
        if body is not None:
            parts.append(_("Cơ quan ban hành: %(body)s.") % {"body": body.name})
        return " ".join(parts)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        return item.first_published_at or timezone.make_aware(datetime.combine(item.issued_on, time(8, 0)))

    def item_categories(self, item):
        names = []
        document_type = localized_lookup(DocumentType).for_id(item.document_type_id)
        body = localized_lookup(IssuingBody).for_id(item.issuing_body_id)
        for row in (document_type, body):
            if row is not None:
                names.append(row.name)
        return names
