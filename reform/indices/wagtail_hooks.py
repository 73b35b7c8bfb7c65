"""Admin hooks of the reform indices (imported by reform/wagtail_hooks.py)."""

from wagtail.snippets.models import register_snippet

from .viewsets import IndexResultViewSet

register_snippet(IndexResultViewSet)
