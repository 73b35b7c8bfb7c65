"""The home page's "newest documents" panel: one query."""

from .listing import ROW_FIELDS, documents_in

HOME_DOCUMENTS = 5


def home_documents_context(home, request, limit=HOME_DOCUMENTS):
    """{"latest_documents", "library_url"}: the newest entries of the library in the home page's language."""
    documents = list(documents_in(home).only(*ROW_FIELDS).order_by("-issued_on", "-pk")[:limit])
    library_url = None
    if documents:
        # Entries are children of the library, so its URL is an entry's without the last segment;
        # asking the database for the library page would cost the home page a query.
        url = documents[0].get_url(request) or ""
        library_url = url.rstrip("/").rsplit("/", 1)[0] + "/" if url else None
    return {"latest_documents": documents, "library_url": library_url}
