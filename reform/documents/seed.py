"""The library page in the site skeleton (reform/bootstrap.py calls this)."""


def ensure_library(column, en):
    """/cai-cach-hanh-chinh/van-ban/ and its English version /en/administrative-reform/documents/."""
    from ..bootstrap import ensure_child, ensure_page_translation
    from ..models.documents import DocumentLibraryPage

    existing = DocumentLibraryPage.objects.child_of(column).first()
    library = existing or ensure_child(column, DocumentLibraryPage, "van-ban", title="Văn bản", show_in_menus=True)
    ensure_page_translation(library, en, title="Documents", slug="documents")
    return library
