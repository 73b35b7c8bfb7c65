"""reform/numbering.py: every form of DOMAIN.md, the loose spellings people type, and the mistakes they make."""

import unicodedata

import pytest

from reform import numbering
from reform.numbering import InvalidNumber, number_key, numbers_in_text, parse

A, L, C, P = (
    numbering.FORM_ADMINISTRATIVE,
    numbering.FORM_LEGAL,
    numbering.FORM_OFFICIAL_LETTER,
    numbering.FORM_PARTY,
)

# (as typed, canonical form, numbering form); real numbers from DOMAIN.md and the seed plan.
VALID = [
    # administrative documents with a type: N/TYPE-AGENCY
    ("828/QĐ-UBND", "828/QĐ-UBND", A),
    ("828/qd-ubnd", "828/QĐ-UBND", A),
    ("828/QD-UBND", "828/QĐ-UBND", A),
    ("828 / QĐ - UBND", "828/QĐ-UBND", A),
    ("Số: 828/QĐ-UBND", "828/QĐ-UBND", A),
    ("số 828/QĐ-UBND.", "828/QĐ-UBND", A),
    (unicodedata.normalize("NFD", "828/QĐ-UBND"), "828/QĐ-UBND", A),
    ("828/QÐ-UBND", "828/QĐ-UBND", A),  # Ð (U+00D0) from an old converter
    ("3809/QĐ-UBND", "3809/QĐ-UBND", A),
    ("4567/QĐ-UBND", "4567/QĐ-UBND", A),
    ("5299/qđ-ubnd", "5299/QĐ-UBND", A),
    ("1649/QĐ-UBND", "1649/QĐ-UBND", A),
    ("876/QĐ-BNV", "876/QĐ-BNV", A),
    ("1001/qd-bnv", "1001/QĐ-BNV", A),
    ("424/TTr-STC", "424/TTr-STC", A),
    ("424/ttr-stc", "424/TTr-STC", A),
    ("76/NQ-CP", "76/NQ-CP", A),
    ("76 / nq - cp", "76/NQ-CP", A),
    ("5/QĐ-UBND", "05/QĐ-UBND", A),  # missing leading zero
    ("005/QĐ-UBND", "05/QĐ-UBND", A),
    ("12/CT-UBND", "12/CT-UBND", A),
    ("15/qd-ttg", "15/QĐ-TTg", A),
    ("18/cd-ttg", "18/CĐ-TTg", A),
    ("02/qyd-stc", "02/QyĐ-STC", A),
    ("03/đa-ubnd", "03/ĐA-UBND", A),  # Đề án
    ("03/DA-UBND", "03/DA-UBND", A),  # Dự án
    ("7/kh-stc", "07/KH-STC", A),
    ("123/BC-STC", "123/BC-STC", A),
    ("45/TB-VPCP", "45/TB-VPCP", A),
    # công văn: N/AGENCY-UNIT
    ("15/UBND-VP", "15/UBND-VP", C),
    ("15/ubnd-vp", "15/UBND-VP", C),
    ("1234/STC-QLNS", "1234/STC-QLNS", C),
    ("567 / stc - tcdt", "567/STC-TCĐT", C),
    # legal normative documents: N/YEAR/TYPE-AGENCY
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", L),
    ("30/2020/nd-cp", "30/2020/NĐ-CP", L),
    ("01/2023/TT-BTC", "01/2023/TT-BTC", L),
    ("1/2023/tt-btc", "01/2023/TT-BTC", L),
    ("52/2018/QĐ-UBND", "52/2018/QĐ-UBND", L),
    ("343/2016/TT-BTC", "343/2016/TT-BTC", L),
    ("42/2022/NĐ-CP", "42/2022/NĐ-CP", L),
    ("32/2017/TT-BTTTT", "32/2017/TT-BTTTT", L),
    ("12/2023/NQ-HDND", "12/2023/NQ-HĐND", L),
    ("01/2021/TTLT-BTC-BNV", "01/2021/TTLT-BTC-BNV", L),
    ("59/2020/QH14", "59/2020/QH14", L),  # a law: no type abbreviation
    ("59/2020/qh14", "59/2020/QH14", L),
    # Party documents: N-TYPE/AGENCY
    ("27-NQ/TW", "27-NQ/TW", P),
    ("27- NQ/TW", "27-NQ/TW", P),  # as the seed plan writes it
    ("27 - nq / tw", "27-NQ/TW", P),
    ("27–NQ/TW", "27-NQ/TW", P),  # en dash pasted from Word
    ("09-CTr/TU", "09-CTr/TU", P),
    ("09-Ctr/TU", "09-CTr/TU", P),  # as the seed plan writes it
    ("9-ctr/tu", "09-CTr/TU", P),
    ("36-HD/VPTW", "36-HD/VPTW", P),
    ("05-KL/TW", "05-KL/TW", P),
    ("123-qdi/tw", "123-QĐi/TW", P),
    ("19-NQ/TW", "19-NQ/TW", P),
]

# (as typed, part of the Vietnamese message)
INVALID = [
    ("", "Chưa nhập số ký hiệu"),
    ("   ", "Chưa nhập số ký hiệu"),
    ("QĐ-UBND", "phải bắt đầu bằng số thứ tự"),
    ("/QĐ-UBND", "phải bắt đầu bằng số thứ tự"),
    ("828", "không đúng mẫu"),
    ("828/", "không đúng mẫu"),
    ("828//QĐ-UBND", "không đúng mẫu"),
    ("828/QĐ-", "không đúng mẫu"),
    ("27-NQ", "không đúng mẫu"),
    ("27-NQ/", "không đúng mẫu"),
    ("0/QĐ-UBND", "lớn hơn 0"),
    ("1234567/QĐ-UBND", "quá dài"),
    ("828/1800/NĐ-CP", "Năm ban hành"),
    ("30/20/NĐ-CP", "Năm ban hành"),
    ("828/QĐ UBND", "khoảng trắng"),
    ("828/QĐ-UBND<script>", "ký tự không dùng được"),
    ("828/QĐ_UBND", "ký tự không dùng được"),
    ("27-XYZ/TW", "không phải tên viết tắt"),
    ("30/2020/XYZ-CP", "không phải tên viết tắt"),
    ("828/QĐ", "Thiếu ký hiệu cơ quan"),
    ("30/2020/NĐ", "Thiếu ký hiệu cơ quan"),
    ("15/2023", "không thể chỉ gồm chữ số"),
    ("9" * 70, "quá dài"),
]


def test_the_table_covers_at_least_forty_real_format_cases():
    assert len(VALID) >= 40
    assert {form for _typed, _canonical, form in VALID} == {A, L, C, P}


@pytest.mark.parametrize(("typed", "canonical", "form"), VALID, ids=[case[0] for case in VALID])
def test_loose_spellings_normalise(typed, canonical, form):
    number = parse(typed)
    assert number.canonical == canonical
    assert number.form == form
    # The canonical form parses to itself, and every spelling shares one key.
    assert parse(canonical).canonical == canonical
    assert number.key == parse(canonical).key == number_key(typed)


@pytest.mark.parametrize(("typed", "message"), INVALID, ids=[case[0][:20] or "empty" for case in INVALID])
def test_malformed_numbers_are_refused_in_vietnamese(typed, message):
    with pytest.raises(InvalidNumber) as error:
        parse(typed)
    assert message in str(error.value)


def test_parts_are_exposed():
    number = parse("30/2020/nd-cp")
    assert (number.sequence, number.year, number.type, number.agency) == (30, 2020, "NĐ", ("CP",))
    party = parse("09-Ctr/TU")
    assert (party.sequence, party.type, party.agency, party.year) == (9, "CTr", ("TU",), None)
    letter = parse("15/UBND-VP")
    assert (letter.type, letter.agency) == ("", ("UBND", "VP"))


def test_issuing_body_abbreviations_restore_their_spelling():
    assert parse("12/qd-sxyz").canonical == "12/QĐ-SXYZ"
    assert parse("12/qd-tcdt", extra_agencies=("TCĐT",)).canonical == "12/QĐ-TCĐT"


def test_key_folds_what_people_cannot_type():
    assert parse("828/QĐ-UBND").key == "828/qd-ubnd"
    assert parse("27-NQ/TW").key == "27-nq/tw"
    assert number_key("not a number") == "notanumber"


SEED_TEXT = (
    "Nghị quyết số 27- NQ/TW ngày 09 tháng 11 năm 2022 tại Hội nghị lần thứ sáu; Nghị quyết số 76/NQ-CP "
    "ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể CCHC giai đoạn 2021- 2030; Chương trình "
    "hành động số 09-\nCtr/TU ngày 14/5/2021 của Tỉnh ủy; Quyết định số 3809/QĐ-UBND ngày 14/9/2021; "
    "giai đoạn 2020 – 2025; xem https://vbpl.vn/12/QD-UBND và 100/A."
)


def test_numbers_are_found_in_running_text():
    found = [number.canonical for _start, _end, number in numbers_in_text(SEED_TEXT)]
    assert found == ["27-NQ/TW", "76/NQ-CP", "09-CTr/TU", "3809/QĐ-UBND"]


def test_dates_and_ranges_are_not_numbers():
    assert numbers_in_text("ngày 19/3/2023, giai đoạn 2021-2030, tỷ lệ 1/3, mức độ 3/4") == []
