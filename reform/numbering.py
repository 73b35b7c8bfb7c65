"""Official document numbers (số, ký hiệu): one module parses, validates and normalises them.

The forms (Nghị định 30/2020/NĐ-CP, Phụ lục III, and the Party's rules; see DOMAIN.md):

    administrative document with a type   828/QĐ-UBND, 424/TTr-STC
    công văn (no type abbreviation)        15/UBND-VP
    legal normative document (VBQPPL)      30/2020/NĐ-CP, 01/2023/TT-BTC, 59/2020/QH14 (a law)
    Party document                         27-NQ/TW, 09-CTr/TU, 36-HD/VPTW

People type them loosely: lower case, ``QD`` for ``QĐ``, spaces around ``/`` and ``-``, a missing
leading zero, "Số: " in front, an en dash for the hyphen, NFD text or the look-alike Ð (U+00D0)
from old converters. ``parse`` accepts all of these and returns the canonical form
(``DocumentNumber.canonical``) and a matching key (``DocumentNumber.key``) that every loose
spelling of the same number shares; anything else raises ``InvalidNumber`` with a Vietnamese
message an editor can act on.

Pure Python: no database, so the editor, the CSV import, search and citation linking share it.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .text import fold, nfc

MAX_SEQUENCE_DIGITS = 6
MAX_AGENCY_PARTS = 4
MAX_LENGTH = 60
FIRST_YEAR, LAST_YEAR = 1945, 2100

# Type abbreviations as written in numbers: administrative (Phụ lục III, NĐ 30/2020), legal normative
# and Party. Order matters only for ties between folded spellings, which the casefold step resolves first.
TYPE_ABBREVIATIONS = (
    "NQ",
    "QĐ",
    "CT",
    "QC",
    "QyĐ",
    "TC",
    "TB",
    "HD",
    "CTr",
    "KH",
    "PA",
    "ĐA",
    "DA",
    "BC",
    "BB",
    "TTr",
    "HĐ",
    "CĐ",
    "BGN",
    "BTT",
    "GUQ",
    "GM",
    "GGT",
    "GNP",
    "PG",
    "PC",
    "PB",
    "NĐ",
    "TT",
    "TTLT",
    "NQLT",
    "KL",
    "QĐi",
    "CV",
)

# Agency abbreviations whose spelling is not plain upper case, or carries Đ that people type as D.
# Others are upper-cased as typed; the key does not depend on this list, only the display does.
KNOWN_AGENCIES = (
    "TTg",
    "UBND",
    "HĐND",
    "CP",
    "QH",
    "TW",
    "TU",
    "BNV",
    "BTC",
    "BTTTT",
    "BKHĐT",
    "BCĐ",
    "STC",
    "SNV",
    "VPCP",
    "VPTW",
    "TCĐT",
    "KHĐT",
    "MTTQ",
    "ĐTN",
    "ĐU",
    "HĐTĐKT",
)

FORM_ADMINISTRATIVE = "administrative"
FORM_OFFICIAL_LETTER = "official_letter"
FORM_LEGAL = "legal"
FORM_PARTY = "party"

EXAMPLES = "828/QĐ-UBND, 15/UBND-VP, 30/2020/NĐ-CP, 27-NQ/TW"

_DASHES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\uff0d": "-",
        "\uff0f": "/",
        "\u2044": "/",
        "\u00d0": "Đ",  # Icelandic eth, left by old TCVN3/VNI converters in place of Đ
        "\u00f0": "đ",
        "\u00a0": " ",
    }
)
_PREFIX_RE = re.compile(r"^\s*(?:s[oố]|ký hiệu|ky hieu)\s*[:.]?\s*", re.IGNORECASE)
_SEPARATOR_SPACES_RE = re.compile(r"\s*([/-])\s*")
_PART_RE_TEXT = r"[^\W_]+"
_PARTS = rf"{_PART_RE_TEXT}(?:-{_PART_RE_TEXT})*"
_PARTY_RE = re.compile(rf"^(\d+)-({_PART_RE_TEXT})/({_PARTS})$")
_LEGAL_RE = re.compile(rf"^(\d+)/(\d+)/({_PARTS})$")
_SLASH_RE = re.compile(rf"^(\d+)/({_PARTS})$")
_BAD_CHAR_RE = re.compile(r"[^\w/\-\s]|_")


class InvalidNumber(ValueError):
    """A number that is not one of the forms; str() is the Vietnamese message for the editor."""


@dataclass(frozen=True)
class DocumentNumber:
    sequence: int
    type: str  # canonical type abbreviation; "" for a công văn or a law
    agency: tuple  # canonical agency parts, e.g. ("UBND",) or ("UBND", "VP")
    form: str
    year: int | None = None

    @property
    def canonical(self):
        seq = f"{self.sequence:02d}"
        agency = "-".join(self.agency)
        if self.form == FORM_PARTY:
            return f"{seq}-{self.type}/{agency}"
        ky_hieu = f"{self.type}-{agency}" if self.type else agency
        if self.form == FORM_LEGAL:
            return f"{seq}/{self.year}/{ky_hieu}"
        return f"{seq}/{ky_hieu}"

    @property
    def key(self):
        """What every spelling of this number shares: folded, lower case, no spaces."""
        return _fold_key(self.canonical)

    @property
    def agency_head(self):
        return self.agency[0] if self.agency else ""

    def __str__(self):
        return self.canonical


def _fold_key(canonical):
    return fold(canonical).replace(" ", "")


def number_key(value):
    """The matching key of any spelling of a number ("5/qd-ubnd" → "05/qd-ubnd"); folded text if it is none."""
    number = try_parse(value)
    return number.key if number is not None else _fold_key(str(value or ""))


def _canonical_from(token, known):
    """The known spelling of token: exact, then ignoring case, then ignoring case and marks (QD → QĐ)."""
    if token in known:
        return token
    lowered = token.casefold()
    for candidate in known:
        if candidate.casefold() == lowered:
            return candidate
    folded = fold(token)
    for candidate in known:
        if fold(candidate) == folded:
            return candidate
    return None


@functools.lru_cache(maxsize=4096)
def canonical_type(token):
    return _canonical_from(token, TYPE_ABBREVIATIONS)


@functools.lru_cache(maxsize=4096)
def _canonical_agency(token, extra_agencies):
    known = _canonical_from(token, (*extra_agencies, *KNOWN_AGENCIES))
    return known or token.upper()


def _clean(value):
    text = nfc(str(value)).translate(_DASHES)
    text = unicodedata.normalize("NFC", text).strip()
    text = _PREFIX_RE.sub("", text)
    text = text.strip().rstrip(".,;:").strip()
    return _SEPARATOR_SPACES_RE.sub(r"\1", text)


def _sequence(digits):
    if len(digits.lstrip("0")) > MAX_SEQUENCE_DIGITS:
        raise InvalidNumber(
            _("Số thứ tự «%(digits)s» quá dài (tối đa %(max)s chữ số).")
            % {"digits": digits, "max": MAX_SEQUENCE_DIGITS}
        )
    number = int(digits)
    if number < 1:
        raise InvalidNumber(_("Số thứ tự của văn bản phải lớn hơn 0."))
    return number


def _agency_parts(text, extra_agencies):
    parts = text.split("-")
    if len(parts) > MAX_AGENCY_PARTS:
        raise InvalidNumber(_("Ký hiệu «%(text)s» có quá nhiều phần.") % {"text": text})
    for part in parts:
        if part.isdigit():
            raise InvalidNumber(_("Ký hiệu cơ quan «%(part)s» không thể chỉ gồm chữ số.") % {"part": part})
    return tuple(_canonical_agency(part, tuple(extra_agencies)) for part in parts)


def parse(value, extra_agencies=()):
    """A DocumentNumber from any accepted spelling, or InvalidNumber with a Vietnamese message.

    extra_agencies: agency spellings to restore (the issuing bodies' abbreviations), e.g. ("UBND",).
    """
    if value is None or not str(value).strip():
        raise InvalidNumber(_("Chưa nhập số ký hiệu."))
    text = _clean(value)
    if len(text) > MAX_LENGTH:
        raise InvalidNumber(_("Số ký hiệu quá dài (tối đa %(max)s ký tự).") % {"max": MAX_LENGTH})
    bad = _BAD_CHAR_RE.search(text)
    if bad:
        raise InvalidNumber(
            _("Số ký hiệu chứa ký tự không dùng được: «%(char)s». Ví dụ đúng: %(examples)s.")
            % {"char": bad.group(0), "examples": EXAMPLES}
        )
    if re.search(r"\s", text):
        raise InvalidNumber(
            _("Số ký hiệu không có khoảng trắng giữa các phần: «%(text)s». Ví dụ đúng: %(examples)s.")
            % {"text": text, "examples": EXAMPLES}
        )
    if not text[:1].isdigit():
        raise InvalidNumber(
            _("Số ký hiệu phải bắt đầu bằng số thứ tự của văn bản, ví dụ %(examples)s.") % {"examples": EXAMPLES}
        )

    match = _PARTY_RE.match(text)
    if match:
        type_ = canonical_type(match.group(2))
        if type_ is None:
            raise InvalidNumber(
                _("«%(type)s» không phải tên viết tắt của loại văn bản (ví dụ NQ, CTr, KL, HD).")
                % {"type": match.group(2)}
            )
        return DocumentNumber(
            sequence=_sequence(match.group(1)),
            type=type_,
            agency=_agency_parts(match.group(3), extra_agencies),
            form=FORM_PARTY,
        )

    match = _LEGAL_RE.match(text)
    if match:
        year_text = match.group(2)
        year = int(year_text)
        if len(year_text) != 4 or not FIRST_YEAR <= year <= LAST_YEAR:
            raise InvalidNumber(
                _("Năm ban hành trong số ký hiệu không hợp lệ: «%(year)s» (cần 4 chữ số, từ %(first)s đến %(last)s).")
                % {"year": year_text, "first": FIRST_YEAR, "last": LAST_YEAR}
            )
        parts = match.group(3).split("-")
        type_ = canonical_type(parts[0])
        if type_ is not None and len(parts) == 1:
            raise InvalidNumber(
                _("Thiếu ký hiệu cơ quan ban hành sau loại văn bản «%(type)s», ví dụ 30/2020/NĐ-CP.") % {"type": type_}
            )
        if len(parts) > 1 and type_ is None:
            raise InvalidNumber(
                _("«%(type)s» không phải tên viết tắt của loại văn bản quy phạm pháp luật (ví dụ NĐ, TT, QĐ, NQ).")
                % {"type": parts[0]}
            )
        agency_text = "-".join(parts[1:]) if type_ else match.group(3)
        return DocumentNumber(
            sequence=_sequence(match.group(1)),
            type=type_ or "",
            agency=_agency_parts(agency_text, extra_agencies),
            form=FORM_LEGAL,
            year=year,
        )

    match = _SLASH_RE.match(text)
    if match:
        parts = match.group(2).split("-")
        type_ = canonical_type(parts[0])
        if type_ is not None and len(parts) == 1:
            raise InvalidNumber(
                _("Thiếu ký hiệu cơ quan ban hành sau loại văn bản «%(type)s», ví dụ 828/QĐ-UBND.") % {"type": type_}
            )
        if type_ is not None:
            return DocumentNumber(
                sequence=_sequence(match.group(1)),
                type=type_,
                agency=_agency_parts("-".join(parts[1:]), extra_agencies),
                form=FORM_ADMINISTRATIVE,
            )
        return DocumentNumber(
            sequence=_sequence(match.group(1)),
            type="",
            agency=_agency_parts(match.group(2), extra_agencies),
            form=FORM_OFFICIAL_LETTER,
        )

    raise InvalidNumber(
        _("Số ký hiệu «%(text)s» không đúng mẫu. Các mẫu: %(examples)s.") % {"text": text, "examples": EXAMPLES}
    )


def try_parse(value, extra_agencies=()):
    """parse(), or None for anything that is not a number."""
    try:
        return parse(value, extra_agencies)
    except InvalidNumber:
        return None


# --- numbers in running text (citations) ------------------------------------------------------

# A number as it appears in prose: loose separators, abbreviations in ASCII letters plus Đ/đ (so a
# following Vietnamese word such as "Nghị" is never swallowed), not glued to a URL or a date.
_ABBR = r"[A-Za-zĐđÐ][A-Za-z0-9Đđ]*"
NUMBER_IN_TEXT = (
    rf"(?<![\w/.-])\d{{1,{MAX_SEQUENCE_DIGITS}}}"
    rf"(?:\s?/\s?\d{{4}})?"
    rf"\s?[/\-–]\s?{_ABBR}"
    rf"(?:\s?[/\-–]\s?{_ABBR}){{0,{MAX_AGENCY_PARTS}}}"
    r"(?![\w/])"
)
NUMBER_IN_TEXT_RE = re.compile(NUMBER_IN_TEXT)


def numbers_in_text(text):
    """Every valid document number in a text, as (start, end, DocumentNumber), in order."""
    found = []
    for match in NUMBER_IN_TEXT_RE.finditer(nfc(text or "")):
        number = try_parse(match.group(0))
        # In prose a công văn needs its unit too (15/UBND-VP): "100/A" is more likely not a number.
        if number is not None and (number.form != FORM_OFFICIAL_LETTER or len(number.agency) > 1):
            found.append((match.start(), match.end(), number))
    return found
