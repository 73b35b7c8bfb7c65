"""Template tags of the document library.

    {% load document_tags %}
    {% link_citations %}…rendered body…{% endlink_citations %}

links “Quyết định số 828/QĐ-UBND ngày 19/3/2023” and the like to their library entries, with one
query for the whole block however many citations it holds (reform/documents/citations.py).
"""

from django import template
from django.utils.safestring import mark_safe

from ..documents.citations import link_citations

register = template.Library()


class CitationNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        return mark_safe(link_citations(html, context.get("request")))  # noqa: S308 — rendered template output


@register.tag("link_citations")
def do_link_citations(parser, token):
    nodelist = parser.parse(("endlink_citations",))
    parser.delete_first_token()
    return CitationNode(nodelist)


@register.filter
def citations_linked(html, request=None):
    """The filter form, for a single rich-text value: {{ value|richtext|citations_linked:request }}."""
    return mark_safe(link_citations(str(html), request))  # noqa: S308 — already-rendered HTML
