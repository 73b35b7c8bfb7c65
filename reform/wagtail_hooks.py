from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyGroup

register_snippet(TaxonomyGroup)
