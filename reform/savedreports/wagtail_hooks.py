"""Registration of saved reports in the admin (imported by reform/wagtail_hooks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from .views import REFRESH_ACTION
from .viewsets import PeriodicReportViewSet

register_snippet(PeriodicReportViewSet)

# What the history says about a refresh: the totals that changed, so nobody has to guess.
TOTAL_LABELS = {
    "articles": _("tin, bài"),
    "documents": _("văn bản"),
    "sessions": _("buổi tuyên truyền, tọa đàm"),
    "press": _("tin trên báo, đài"),
    "published_via_workflow": _("bài duyệt qua quy trình"),
    "returned": _("lượt trả lại"),
}


@hooks.register("register_log_actions")
def register_refresh_action(actions):
    @actions.register_action(REFRESH_ACTION)
    class RefreshFormatter(LogFormatter):
        label = _("Cập nhật số liệu")

        def format_message(self, log_entry):
            before, after = log_entry.data.get("before", {}), log_entry.data.get("after", {})
            changes = [
                f"{label} {before.get(key, 0)} → {after.get(key, 0)}"
                for key, label in TOTAL_LABELS.items()
                if before.get(key) != after.get(key)
            ]
            if not changes:
                return _("Cập nhật số liệu: không có thay đổi.")
            return _("Cập nhật số liệu: %(changes)s.") % {"changes": "; ".join(changes)}
