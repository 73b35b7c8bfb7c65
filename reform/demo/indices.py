"""Demo reform indices: only the published values DOMAIN.md gives, plus a few values marked as sample.

Published (is_sample False), with their publisher as the source: PAR INDEX 2022 85.03%, 33rd of 63
(Bộ Nội vụ); SIPAS 2022 81.78% (Bộ Nội vụ); PCI 2022 66.65 points, 21st of 63 (VCCI). Everything
else — the earlier years that draw a trend, the department-level result and its components — is
sample data: is_sample True, and the page says so next to every such value.
"""

from decimal import Decimal

from django.db import transaction

PAGE = {
    "slug": "chi-so",
    "title": "Chỉ số cải cách hành chính",
    "intro": (
        "<p>Kết quả các chỉ số đánh giá công tác cải cách hành chính của tỉnh và của Sở: Chỉ số cải cách "
        "hành chính (PAR INDEX), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), Chỉ số hiệu quả quản trị và "
        "hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số sẵn sàng ứng dụng "
        "công nghệ thông tin (ICT Index) và Chỉ số chuyển đổi số (DTI). Mỗi kết quả ghi rõ nguồn công bố.</p>"
    ),
    "en": {
        "slug": "indices",
        "title": "Administrative reform indices",
        "intro": (
            "<p>Results of the indices that assess administrative reform in the province and the department: "
            "PAR INDEX, SIPAS, PAPI, PCI, the Vietnam ICT Index and DTI. Every result names its source.</p>"
        ),
    },
}

PROVINCE = "tỉnh Bình Định"
DEPARTMENT = "Sở Tài chính tỉnh Bình Định"
SAMPLE_NOTE = "Số liệu mẫu của bản trình diễn, không phải số liệu công bố."

# (index, year, subject, subject name, score, maximum, rank, rank_of, grade, source_note, is_sample, components)
RESULTS = [
    (
        "par_index",
        2022,
        "province",
        PROVINCE,
        "85.03",
        "100",
        33,
        63,
        "",
        "Bộ Nội vụ, công bố Chỉ số cải cách hành chính năm 2022 (PAR INDEX 2022)",
        False,
        [],
    ),
    ("par_index", 2021, "province", PROVINCE, "83.10", "100", None, None, "", SAMPLE_NOTE, True, []),
    ("par_index", 2020, "province", PROVINCE, "82.40", "100", None, None, "", SAMPLE_NOTE, True, []),
    (
        "sipas",
        2022,
        "province",
        PROVINCE,
        "81.78",
        "100",
        None,
        None,
        "",
        "Bộ Nội vụ, công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2022 (SIPAS 2022)",
        False,
        [],
    ),
    ("sipas", 2021, "province", PROVINCE, "80.20", "100", None, None, "", SAMPLE_NOTE, True, []),
    (
        "pci",
        2022,
        "province",
        PROVINCE,
        "66.65",
        "100",
        21,
        63,
        "",
        "Phòng Thương mại và Công nghiệp Việt Nam (VCCI), Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh năm 2022",
        False,
        [],
    ),
    ("pci", 2021, "province", PROVINCE, "65.40", "100", None, None, "", SAMPLE_NOTE, True, []),
    ("pci", 2020, "province", PROVINCE, "64.90", "100", None, None, "", SAMPLE_NOTE, True, []),
    # The eight fields of the PAR INDEX method (QĐ 876/QĐ-BNV) as a department-level result: sample.
    (
        "department_par",
        2022,
        "department",
        DEPARTMENT,
        "88.50",
        "100",
        None,
        None,
        "Tốt",
        SAMPLE_NOTE,
        True,
        [
            ("Công tác chỉ đạo, điều hành cải cách hành chính", "11.50", "12"),
            ("Cải cách thể chế", "7.25", "8"),
            ("Cải cách thủ tục hành chính", "12.50", "14"),
            ("Cải cách tổ chức bộ máy hành chính nhà nước", "7.50", "8"),
            ("Cải cách chế độ công vụ", "12.25", "14"),
            ("Cải cách tài chính công", "9.00", "10"),
            ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "10.00", "12"),
            ("Tác động của cải cách hành chính đến người dân, tổ chức", "18.50", "22"),
        ],
    ),
    ("department_par", 2021, "department", DEPARTMENT, "86.00", "100", None, None, "Tốt", SAMPLE_NOTE, True, []),
]


def ensure_results():
    """The demo results, created once: a result already there (edited or not) is left alone."""
    from ..models.indices import IndexComponent, IndexResult

    created = []
    with transaction.atomic():
        for index, year, subject, name, score, maximum, rank, rank_of, grade, note, sample, parts in RESULTS:
            result, was_created = IndexResult.objects.get_or_create(
                index=index,
                year=year,
                subject=subject,
                defaults={
                    "subject_name": name,
                    "score": Decimal(score),
                    "maximum": Decimal(maximum),
                    "rank": rank,
                    "rank_of": rank_of,
                    "grade": grade,
                    "source_note": note,
                    "is_sample": sample,
                },
            )
            if was_created:
                IndexComponent.objects.bulk_create(
                    IndexComponent(result=result, name=part, score=Decimal(s), maximum=Decimal(m), sort_order=i)
                    for i, (part, s, m) in enumerate(parts)
                )
                created.append(result)
    return created


def ensure_indices_page(column, en):
    from ..bootstrap import ensure_child, ensure_page_translation
    from ..models.indices import IndicesPage

    page = ensure_child(column, IndicesPage, PAGE["slug"], title=PAGE["title"], intro=PAGE["intro"])
    english = PAGE["en"]
    ensure_page_translation(page, en, title=english["title"], slug=english["slug"], intro=english["intro"])
    ensure_results()
    return page
