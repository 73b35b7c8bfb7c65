"""Checks a page must pass before it is submitted for approval or published.

Each content type registers its own checks here; the page form runs them whenever the
editor submits, publishes or approves (not on "save draft", so drafts can be incomplete).
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _

_checks = defaultdict(list)


def preflight(model):
    """Register a check for model (and its subclasses): fn(data) → [(field or None, message)]."""

    def decorator(func):
        _checks[model].append(func)
        return func

    return decorator


def problems_for(model, data):
    found = []
    for klass in model.__mro__:
        for check in _checks.get(klass, []):
            found.extend(check(data))
    return found


def _stream_blocks(stream):
    for block in stream or []:
        yield block.block_type, block.value


def images_without_alt(body):
    return [
        value for kind, value in _stream_blocks(body) if kind == "image" and not (value.get("alt_text") or "").strip()
    ]


def register_article_checks():
    from ..models import ArticlePage

    @preflight(ArticlePage)
    def article_ready(data):
        found = []
        if not data.get("division"):
            found.append(("division", _("Tin, bài cần có phòng chuyên môn phụ trách.")))
        if not data.get("reform_areas"):
            found.append(("reform_areas", _("Chọn ít nhất một lĩnh vực cải cách hành chính.")))
        if not (data.get("lead") or "").strip():
            found.append(("lead", _("Tin, bài cần có sapo (đoạn tóm tắt).")))
        if data.get("hero_image") and not (data.get("hero_image_alt") or "").strip():
            found.append(("hero_image_alt", _("Ảnh đại diện cần có mô tả thay thế (alt).")))
        if images_without_alt(data.get("body")):
            found.append(("body", _("Mọi ảnh trong nội dung cần có mô tả thay thế (alt).")))
        return found
