"""The values of one CSV cell, read the way people type them in Vietnamese spreadsheets.

Each parser returns the value or raises ValueError with a Vietnamese message (without the row
number: the importer adds it).
"""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from ..enums import IndexSubject, ReformIndexKind
from ..periods import period_for
from ..text import fold

# The names people use for each index, folded to letters and digits (see index_kind()).
INDEX_ALIASES = {
    "par": ReformIndexKind.PAR_INDEX,
    "parindex": ReformIndexKind.PAR_INDEX,
    "chisocchc": ReformIndexKind.PAR_INDEX,
    "chisocaicachhanhchinh": ReformIndexKind.PAR_INDEX,
    "sipas": ReformIndexKind.SIPAS,
    "sepas": ReformIndexKind.SIPAS,  # the seed plan's spelling
    "papi": ReformIndexKind.PAPI,
    "pci": ReformIndexKind.PCI,
    "ict": ReformIndexKind.ICT,
    "ictindex": ReformIndexKind.ICT,
    "vietnamictindex": ReformIndexKind.ICT,
    "dti": ReformIndexKind.DTI,
    "parindexcapso": ReformIndexKind.DEPARTMENT_PAR,
    "chisocchccapso": ReformIndexKind.DEPARTMENT_PAR,
    "chisocaicachhanhchinhcapso": ReformIndexKind.DEPARTMENT_PAR,
}
SUBJECT_ALIASES = {"tinh": IndexSubject.PROVINCE, "so": IndexSubject.DEPARTMENT}
# The scale of each index when the file leaves "maximum" empty (DOMAIN.md).
DEFAULT_MAXIMUM = {
    ReformIndexKind.PAR_INDEX: Decimal(100),
    ReformIndexKind.SIPAS: Decimal(100),
    ReformIndexKind.PAPI: Decimal(80),
    ReformIndexKind.PCI: Decimal(100),
    ReformIndexKind.ICT: Decimal(1),
    ReformIndexKind.DTI: Decimal(1000),
    ReformIndexKind.DEPARTMENT_PAR: Decimal(100),
}
TRUE_WORDS = {"1", "x", "co", "yes", "true", "mau", "dulieumau", "solieumau"}
FALSE_WORDS = {"", "0", "khong", "no", "false"}
PRECISION = Decimal("0.0001")  # IndexResult stores four decimals
_GROUPED = re.compile(r"^[1-9]\d{0,2}([.,])\d{3}(\1\d{3})*$")


def key(value):
    """Folded letters and digits only: "PAR INDEX" → "parindex", "Sở" → "so"."""
    return re.sub(r"[^a-z0-9]", "", fold(value))


def _choice(value, choices, aliases, what):
    wanted = key(value)
    for choice in choices:
        if wanted in {key(choice.value), key(str(choice.label))}:
            return choice.value
    if wanted in aliases:
        return aliases[wanted].value
    raise ValueError(_("Không có %(what)s “%(value)s”.") % {"what": what, "value": value})


def index_kind(value):
    """A ReformIndexKind value from its code, its label or a common name (PAR INDEX, SEPAS, DTI…)."""
    if not value.strip():
        raise ValueError(_("Thiếu tên chỉ số."))
    try:
        return _choice(value, ReformIndexKind, INDEX_ALIASES, _("chỉ số"))
    except ValueError:
        raise ValueError(
            _("Không có chỉ số “%(value)s”; dùng một trong: PAR INDEX, SIPAS, PAPI, PCI, ICT, DTI, PAR INDEX cấp sở.")
            % {"value": value}
        ) from None


def subject(value):
    if not value.strip():
        return IndexSubject.PROVINCE.value
    try:
        return _choice(value, IndexSubject, SUBJECT_ALIASES, _("đối tượng đánh giá"))
    except ValueError:
        raise ValueError(_("Đối tượng “%(value)s” không hợp lệ; ghi “tỉnh” hoặc “sở”.") % {"value": value}) from None


def year(value):
    """A year checked by reform.periods, the one place that says which years are valid."""
    text = value.strip()
    if not text:
        raise ValueError(_("Thiếu năm đánh giá."))
    if not re.fullmatch(r"\d{4}", text):
        raise ValueError(_("Năm “%(value)s” không hợp lệ; ghi bốn chữ số, ví dụ 2023.") % {"value": value})
    try:
        return period_for(int(text), "year").year
    except ValidationError as error:
        raise ValueError(" ".join(error.messages)) from None


def decimal(value, what):
    """85,03 · 85.03 · 85,03% · 1.000 · 1 000 · 1.234,5 → Decimal; None when empty.

    A separator after a number from 1 to 999 and followed by exactly three digits groups
    thousands ("1.000" is one thousand, as Vietnamese writes it); "0,552" stays a decimal.
    Up to four decimals (the ICT Index is published as 0,5523).
    """
    text = re.sub(r"[\s\u00a0]", "", value).removesuffix("%")
    if not text:
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal_mark == "," else ",", "").replace(",", ".")
    elif _GROUPED.match(text):
        text = text.replace(",", "").replace(".", "")
    else:
        text = text.replace(",", ".")
    if text.startswith("-") and re.fullmatch(r"-\d+(\.\d+)?", text):
        raise ValueError(_("%(what)s “%(value)s” phải là số không âm.") % {"what": what, "value": value})
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        raise ValueError(_("%(what)s “%(value)s” không phải là số.") % {"what": what, "value": value})
    number = Decimal(text)
    if number != number.quantize(PRECISION) or number >= 10**6:
        raise ValueError(
            _("%(what)s “%(value)s” quá lớn hoặc có quá bốn chữ số thập phân.") % {"what": what, "value": value}
        )
    return number.quantize(PRECISION)


def whole_number(value, what):
    text = value.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > 32767:
        raise ValueError(_("%(what)s “%(value)s” phải là số nguyên dương.") % {"what": what, "value": value})
    return int(text)


def rank(value, rank_of_value):
    """rank and rank_of; "33/63" in the rank column fills both."""
    text = value.strip()
    if "/" in text and not rank_of_value.strip():
        text, _sep, rank_of_value = text.partition("/")
    return whole_number(text, _("Xếp hạng")), whole_number(rank_of_value, _("Tổng số đơn vị xếp hạng"))


def flag(value):
    folded = key(value)
    if folded in TRUE_WORDS:
        return True
    if folded in FALSE_WORDS:
        return False
    raise ValueError(_("Cột dữ liệu mẫu “%(value)s” không hợp lệ; ghi “có” hoặc để trống.") % {"value": value})


def url(value):
    text = value.strip()
    if not text:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(text)
    except ValidationError:
        raise ValueError(
            _("Đường dẫn nguồn “%(value)s” phải là địa chỉ bắt đầu bằng http:// hoặc https://.") % {"value": value}
        ) from None
    return text


def components(value):
    """ "Tên: điểm/tối đa; Tên 2: điểm" → [(name, score, maximum or None)]."""
    parsed = []
    for item in filter(None, (part.strip() for part in value.split(";"))):
        name, separator, numbers = item.rpartition(":")
        name = name.strip()
        if not separator or not name:
            raise ValueError(
                _("Chỉ số thành phần “%(value)s” phải ghi dạng Tên: điểm/tối đa, ví dụ “Cải cách thể chế: 8,5/10”.")
                % {"value": item}
            )
        score_text, _sep, maximum_text = numbers.partition("/")
        what = _("Điểm của “%(name)s”") % {"name": name}
        score = decimal(score_text, what)
        if score is None:
            raise ValueError(_("Thiếu điểm của chỉ số thành phần “%(name)s”.") % {"name": name})
        maximum = decimal(maximum_text, _("Điểm tối đa của “%(name)s”") % {"name": name})
        if maximum is not None and score > maximum:
            raise ValueError(
                _("Điểm của “%(name)s” (%(score)s) lớn hơn điểm tối đa (%(maximum)s).")
                % {"name": name, "score": score_text.strip(), "maximum": maximum_text.strip()}
            )
        parsed.append((name, score, maximum))
    return parsed
