"""Search that gives the same answers on SQLite and PostgreSQL, and stays fast when words match everything.

Wagtail's database backend ranks every matching row with a subquery (two minutes for 10,000
matching pages on SQLite), and neither database folds Vietnamese the same way. So each searchable
row carries two plain text columns, written on save:

    search_text   " cai cach hanh chinh 828 qd ubnd ... "   reform.text.fold: no marks, đ→d, lower case
    search_exact  " cải cách hành chính 828 qđ ubnd ... "   reform.text.normalize: one tone placement, lower case

A query is folded the same way and split into words; every word must be a word of
search_text (``LIKE '% word %'``, an AND of words: "hoa" finds "hòa" and "hoà" but not
"hoạch"), which is the same on both databases because both sides are lower case already.

Ranking comes in three tiers: the exact document number, then rows where every word also
matches with its diacritics (search_exact), then the other matches; newest first inside each.
The counting query of a listing counts the tiers in the same pass over the rows, so a page of
results is read tier by tier through the date index and stops as soon as the page is full,
instead of ranking and sorting every match (``tiered_ids``). A search that matches nearly every
row therefore costs one scan, for the counts, and a short index walk for the page.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When

from .. import numbering
from ..text import fold, nfc, normalize

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD_RE = re.compile(r"\w+")


def words(text, exact=False):
    """The words of a text as the index holds them: folded, or normalised (exact) and lower case."""
    prepared = normalize(text).lower() if exact else fold(text)
    return _WORD_RE.findall(prepared)


def index_columns(*parts):
    """(search_text, search_exact) for the given pieces of text; words padded so every one has a space before it."""
    text = " ".join(str(part) for part in parts if part)
    folded = words(text)
    # "05" in 05/QĐ-UBND is also found as "5".
    folded += [token.lstrip("0") for token in folded if token.isdigit() and token.startswith("0") and token.strip("0")]
    exact = words(text, exact=True)
    return f" {' '.join(folded)} ", f" {' '.join(exact)} "


@dataclass
class SearchQuery:
    text: str = ""
    folded: list = field(default_factory=list)
    exact: list = field(default_factory=list)
    number: numbering.DocumentNumber | None = None

    def __bool__(self):
        return bool(self.folded or self.number)

    def filter_q(self, text_field="search_text", key_field="number_key"):
        """Rows whose text holds every word, or whose number is the one asked for."""
        q = Q()
        for token in self.folded:
            q &= Q(**{f"{text_field}__contains": f" {token} "})
        if self.number is not None:
            number_q = Q(**{key_field: self.number.key})
            q = number_q | q if self.folded else number_q
        return q

    @property
    def has_marks(self):
        """Whether the visitor typed any diacritic: without one there is no exact-spelling tier to rank."""
        return any(token != fold(token) for token in self.exact)

    def tier_qs(self, exact_field="search_exact", key_field="number_key"):
        """(number_q or None, exact_q or None): the exact number, then every word with its diacritics."""
        number_q = Q(**{key_field: self.number.key}) if self.number is not None else None
        exact_q = None
        for token in self.exact if self.has_marks else ():
            word = Q(**{f"{exact_field}__contains": f" {token} "})
            exact_q = word if exact_q is None else exact_q & word
        return number_q, exact_q


def parse_query(raw):
    """A SearchQuery from what a visitor typed; never raises, whatever the input."""
    text = nfc(str(raw or "")).replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    folded, exact = [], []
    for token in words(text)[: MAX_WORDS * 2]:
        token = token[:MAX_WORD_LENGTH]
        if token not in folded and len(folded) < MAX_WORDS:
            folded.append(token)
    for token in words(text, exact=True):
        token = token[:MAX_WORD_LENGTH]
        if token not in exact and len(exact) < MAX_WORDS:
            exact.append(token)
    return SearchQuery(text=text, folded=folded, exact=exact, number=numbering.try_parse(text) if text else None)


def tiers(query, numbered, exact, total):
    """[(condition or None, row count)] in rank order, for tiered_ids."""
    number_q, exact_q = query.tier_qs()
    found = []
    if number_q is not None:
        found.append((number_q, numbered))
    if exact_q is not None:
        found.append((exact_q & ~number_q if number_q is not None else exact_q, exact))
    rest = None
    for condition, _count in found:
        rest = ~condition if rest is None else rest & ~condition
    found.append((rest, total - numbered - exact))
    return found


def tiered_ids(rows, tier_list, offset, size, order):
    """Sliced id subqueries covering [offset, offset + size) across the tiers, each in date order."""
    pieces = []
    for condition, count in tier_list:
        if size <= 0:
            break
        if offset >= count:
            offset -= count
            continue
        take = min(size, count - offset)
        tier_rows = rows.filter(condition) if condition is not None else rows
        pieces.append(tier_rows.order_by(*order).values("pk")[offset : offset + take])
        size -= take
        offset = 0
    return pieces


def rank_case(query, exact_field="search_exact", key_field="number_key"):
    """The tier of a row as a number (0 first), to order the rows of a page the tiers selected."""
    number_q, exact_q = query.tier_qs(exact_field, key_field)
    whens = []
    if number_q is not None:
        whens.append(When(number_q, then=Value(0)))
    if exact_q is not None:
        whens.append(When(exact_q, then=Value(1)))
    return Case(*whens, default=Value(2), output_field=IntegerField()) if whens else Value(2)
