"""Citations in running text become links to the library: “Quyết định số 828/QĐ-UBND ngày 19/3/2023”.

``link_citations(html)`` finds every document number in the text of an HTML fragment (never
inside an existing link, a tag or an attribute), looks all of them up in one query, and wraps
each citation whose document is in the library, its type word and date included, in a link.
A fragment without a number costs no query.
"""

import re

from django.conf import settings
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from ..numbering import NUMBER_IN_TEXT, try_parse
from ..request_cache import public

TYPE_WORDS = (
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Thông tư liên tịch",
    "Thông tư",
    "Chỉ thị",
    "Kế hoạch",
    "Chương trình hành động",
    "Chương trình",
    "Công văn",
    "Công điện",
    "Hướng dẫn",
    "Thông báo",
    "Thông tri",
    "Kết luận",
    "Quy định",
    "Quy chế",
    "Đề án",
    "Báo cáo",
    "Tờ trình",
    "Luật",
    "Decision",
    "Resolution",
    "Decree",
    "Circular",
    "Directive",
    "Action Programme",
    "Programme",
    "Plan",
    "Official Letter",
)
_TYPE = "|".join(re.escape(word) for word in TYPE_WORDS)
_DATE = (
    r"(?:ngày\s+\d{1,2}(?:/\d{1,2}/\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
    r"|(?:of|dated)\s+\d{1,2}\s+[A-Za-z]+\s+\d{4})"
)
CITATION_RE = re.compile(
    rf"(?:(?:{_TYPE})(?:\s+(?:số|No\.))?\s+)?(?P<number>{NUMBER_IN_TEXT})(?:\s+{_DATE})?",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(r"(<[^>]*>)")
_SKIPPED_ELEMENTS = ("a", "script", "style", "textarea", "title")


def _text_segments(html):
    """(index, text) of the text nodes outside links and scripts, from the fragment split at its tags."""
    parts = _SPLIT_RE.split(html)
    depth = 0
    segments = []
    for index, part in enumerate(parts):
        if part.startswith("<"):
            name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if name and name.group(1).lower() in _SKIPPED_ELEMENTS:
                if part.startswith("</"):
                    depth = max(0, depth - 1)
                elif not part.endswith("/>"):
                    depth += 1
        elif depth == 0 and part.strip():
            segments.append(index)
    return parts, segments


def find_citations(text):
    """(start, end, key) of each citation in plain text."""
    found = []
    for match in CITATION_RE.finditer(text):
        number = try_parse(match.group("number"))
        if number is not None:
            found.append((match.start(), match.end(), number.key))
    return found


def library_entries(keys):
    """number key → the published entry to link to, in the visitor's language when it exists."""
    from ..models.documents import OfficialDocumentPage

    if not keys:
        return {}
    active = get_supported_content_language_variant(get_language())
    rows = public(
        OfficialDocumentPage.objects.live().filter(
            number_key__in=keys, locale__language_code__in={active, settings.LANGUAGE_CODE}
        )
    ).values_list("number_key", "id", "url_path", "excerpt", "locale__language_code", "issued_on")
    best = {}
    for key, pk, url_path, excerpt, language, issued_on in rows:
        rank = (language == active, issued_on, pk)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, pk, url_path, excerpt)
    return {
        key: {"id": pk, "url_path": url_path, "excerpt": excerpt} for key, (_r, pk, url_path, excerpt) in best.items()
    }


def _url(entry, request):
    from wagtail.models import Page

    page = Page(id=entry["id"], url_path=entry["url_path"])
    return page.get_url(request)


def link_citations(html, request=None):
    """The fragment with its citations linked to library entries; one query, none without citations."""
    if not html or not re.search(r"\d", html):
        return html
    parts, segments = _text_segments(str(html))
    found = {index: find_citations(parts[index]) for index in segments}
    keys = {key for citations in found.values() for _s, _e, key in citations}
    entries = library_entries(keys)
    if not entries:
        return html
    for index, citations in found.items():
        text = parts[index]
        pieces, position = [], 0
        for start, end, key in citations:
            entry = entries.get(key)
            if entry is None:
                continue
            url = _url(entry, request)
            if not url:
                continue
            pieces.append(text[position:start])
            pieces.append(
                f'<a class="citation" href="{escape(url)}" title="{escape(entry["excerpt"][:200])}">'
                f"{text[start:end]}</a>"
            )
            position = end
        pieces.append(text[position:])
        parts[index] = "".join(pieces)
    return "".join(parts)
