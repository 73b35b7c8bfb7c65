"""Vietnamese text: one place for NFC normalisation, tone-mark placement, folding and slugs.

Search indexes and queries, slugs on the server and the editor's slug field all go through
these functions, so "Bình Định", "Binh Dinh", NFD text pasted from Word and "hoà"/"hòa"
meet in the same folded form whatever the database.
"""

import re
import unicodedata

# Combining tone marks (huyền, sắc, hỏi, ngã, nặng); the other combining marks
# (breve, circumflex, horn) belong to the vowel, not the tone.
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_TONE_RE = re.compile(f"[{TONE_MARKS}]")
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_MARKED_VOWELS = set("ăâêôơưĂÂÊÔƠƯ")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_COMBINING_RE = re.compile(r"[\u0300-\u036f]")
# Đ/đ do not decompose; Ð (U+00D0, Icelandic eth) arrives from old converters in place of Đ.
_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


def nfc(value):
    """NFC-normalise a string; other values pass through untouched."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _place_tone(word):
    """Put a syllable's tone mark on the vowel the traditional (old-style) rule names.

    "hoà" → "hòa", "thuỷ" → "thủy", "quý" stays: one spelling for the exact-match search.
    """
    decomposed = unicodedata.normalize("NFD", word)
    tones = _TONE_RE.findall(decomposed)
    if len(tones) != 1:
        return word
    bare = unicodedata.normalize("NFC", _TONE_RE.sub("", decomposed))
    lower = bare.lower()
    start = 0
    # "qu" and "gi" (before another vowel) act as consonants.
    if lower.startswith("qu"):
        start = 2
    elif lower.startswith("gi") and len(lower) > 2 and lower[2] in "aăâeêoôơuưy":
        start = 2
    positions = [i for i in range(start, len(bare)) if bare[i] in _VOWELS]
    if not positions:
        positions = [i for i in range(len(bare)) if bare[i] in _VOWELS]
        if not positions:
            return word
    # The vowel cluster is the first contiguous run.
    cluster = [positions[0]]
    for i in positions[1:]:
        if i == cluster[-1] + 1:
            cluster.append(i)
        else:
            break
    has_final = cluster[-1] + 1 < len(bare)
    marked = [i for i in cluster if bare[i] in _MARKED_VOWELS]
    if marked:
        target = marked[-1]  # "ươ" takes the mark on ơ
    elif len(cluster) == 1:
        target = cluster[0]
    elif has_final or len(cluster) == 3:
        target = cluster[-1] if has_final else cluster[1]
    else:
        target = cluster[0]
    out = bare[: target + 1] + tones[0] + bare[target + 1 :]
    return unicodedata.normalize("NFC", out)


def normalize(value):
    """NFC with one tone-mark placement: the form used for exact-diacritic matching."""
    if not value:
        return value or ""
    return _WORD_RE.sub(lambda m: _place_tone(m.group(0)), nfc(value))


def fold(value):
    """Lower case, marks stripped, đ→d: the form the search index and slugs are built on."""
    if not value:
        return ""
    stripped = _COMBINING_RE.sub("", unicodedata.normalize("NFD", str(value)))
    return unicodedata.normalize("NFC", stripped).translate(_D_MAP).lower()


def slugify_vi(value, max_length=255):
    """ASCII slug the Vietnamese way: "Bình Định" → "binh-dinh"."""
    folded = fold(value)
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:max_length].rstrip("-")


# Regex formatters for Wagtail's slug field (SlugInput(formatters=...)): they run in the
# browser before Wagtail's own slugify, so the editor produces exactly what slugify_vi does.
SLUG_FORMATTERS = [
    ("[\u0300-\u036f]", "", "g"),
    ("[àáạảãâầấậẩẫăằắặẳẵ]", "a", "g"),
    ("[ÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ]", "a", "g"),
    ("[èéẹẻẽêềếệểễ]", "e", "g"),
    ("[ÈÉẸẺẼÊỀẾỆỂỄ]", "e", "g"),
    ("[ìíịỉĩ]", "i", "g"),
    ("[ÌÍỊỈĨ]", "i", "g"),
    ("[òóọỏõôồốộổỗơờớợởỡ]", "o", "g"),
    ("[ÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ]", "o", "g"),
    ("[ùúụủũưừứựửữ]", "u", "g"),
    ("[ÙÚỤỦŨƯỪỨỰỬỮ]", "u", "g"),
    ("[ỳýỵỷỹ]", "y", "g"),
    ("[ỲÝỴỶỸ]", "y", "g"),
    ("[đðĐÐ]", "d", "g"),
]
