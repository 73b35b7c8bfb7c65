"""Two people, or two requests, never silently overwrite each other's work.

1. A save whose editor was loaded before someone else saved a newer revision is refused
   with a clear message. Wagtail 8 guards autosave this way; a plain "Lưu nháp" or
   "Trình duyệt" click was not guarded.
2. The create form gets a per-editor token (see static js/draft-token.js). Wagtail 8's first
   autosave creates the page; a submit clicked before that autosave answers used to reach
   the create view too and make a second page or an error. Requests carrying the same token
   are serialised and, once the page exists, routed to its edit view instead.
"""

import time

from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect
from django.utils.translation import gettext as _

TOKEN_FIELD = "reform_draft_token"  # noqa: S105 (a form field name, not a secret)
TOKEN_TTL = 60 * 60  # an editor session's token maps to its page for an hour
LOCK_WAIT = 15  # seconds a second request waits for the first to finish creating


def _is_stale(post, latest):
    if overwrite_id := post.get("overwrite_revision_id"):
        return overwrite_id != str(latest.pk)
    if loaded_id := post.get("loaded_revision_id"):
        if loaded_id != str(latest.pk):
            return True
        return post.get("loaded_revision_created_at", "") != latest.created_at.isoformat()
    return False


def refuse_stale_save(request, page):
    """before_edit_page: refuse a non-autosave POST made from an out-of-date editor."""
    if request.method != "POST" or not request.accepts("text/html"):
        return None  # GETs, and autosave (JSON), which Wagtail already guards
    latest = page.get_latest_revision()
    if latest is None or not _is_stale(request.POST, latest):
        return None
    who = latest.user.get_full_name() or latest.user.get_username() if latest.user else _("người khác")
    messages.error(
        request,
        _(
            "Không lưu được: %(who)s đã lưu một phiên bản mới của trang này lúc %(when)s, sau khi bạn mở trình "
            "soạn thảo. Trang đã được mở lại với phiên bản mới nhất; hãy xem lại rồi nhập lại thay đổi của bạn."
        )
        % {"who": who, "when": latest.created_at.astimezone().strftime("%H:%M %d/%m/%Y")},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def _key(token):
    return f"reform:draft-token:{token}"


class _TokenLock:
    def __init__(self, token):
        self.key = _key(token) + ":lock"

    def __enter__(self):
        deadline = time.monotonic() + LOCK_WAIT
        while not cache.add(self.key, 1, timeout=LOCK_WAIT * 2):
            if time.monotonic() > deadline:
                break  # proceed rather than fail the editor; the page lookup below still applies
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        cache.delete(self.key)


def serialise_create(request, parent_page, page_class):
    """before_create_page: one editor session, one page, whatever the timing of its requests."""
    token = request.POST.get(TOKEN_FIELD, "") if request.method == "POST" else ""
    if not token or len(token) > 64 or getattr(request, "_reform_inside_create", False):
        return None
    from wagtail.admin.views.pages.create import CreateView
    from wagtail.admin.views.pages.edit import EditView

    with _TokenLock(token):
        page_id = cache.get(_key(token))
        if page_id is not None:
            return EditView.as_view()(request, page_id=page_id)
        request._reform_inside_create = True
        request._reform_draft_token = token
        return CreateView.as_view()(request, page_class._meta.app_label, page_class._meta.model_name, parent_page.pk)


def remember_created_page(request, page):
    """after_create_page: map the editor session's token to the page it created."""
    token = getattr(request, "_reform_draft_token", None)
    if token:
        cache.set(_key(token), page.pk, timeout=TOKEN_TTL)
