"""Thousands of library entries in seconds, for benchmarks and query-count tests.

Saving a page through Wagtail costs tens of milliseconds (tree lock, revision, signals, indexes),
so 20,000 entries would take many minutes. Entries are leaves, so the rows are written directly,
as bench/generate.py does for articles: treebeard paths computed here, Page rows bulk-inserted,
then the OfficialDocumentPage rows with their derived columns (number key, search text, area
keys, validity dates), the reform-area links, some relations (a later document replacing,
amending or implementing an earlier one) and the site-wide search rows. Revisions are skipped:
no public page reads them.

The words are those of real reform documents, so a search for "cải cách hành chính" matches
almost every entry, the case the issue asks to stay fast.

    from reform.documents.bulk import bulk_insert_documents
    bulk_insert_documents(library, 20_000)
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from ..enums import IssuingLevel, RelationKind
from ..numbering import parse
from ..text import slugify_vi
from .search import index_columns
from .validity import refresh_validity

SEED = 2023
FIRST_DAY = datetime.date(2014, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)
# What each kind of issuing body issues: (type slug, legal-normative number with a year?).
ISSUES = {
    "ban-chap-hanh-trung-uong": [("nghi-quyet-dang", False), ("ket-luan-dang", False), ("quy-dinh-dang", False)],
    "tinh-uy-binh-dinh": [("chuong-trinh-hanh-dong-dang", False), ("nghi-quyet-dang", False), ("cong-van-dang", False)],
    "quoc-hoi": [("luat", True)],
    "chinh-phu": [("nghi-dinh", True), ("nghi-quyet", False)],
    "thu-tuong-chinh-phu": [("quyet-dinh", False), ("chi-thi", False)],
    "bo-noi-vu": [("thong-tu", True), ("quyet-dinh", False), ("cong-van", False)],
    "bo-tai-chinh": [("thong-tu", True), ("quyet-dinh", False), ("cong-van", False)],
    "bo-thong-tin-va-truyen-thong": [("thong-tu", True), ("quyet-dinh", False)],
    "ubnd-tinh-binh-dinh": [("quyet-dinh", False), ("ke-hoach", False), ("chi-thi", False), ("cong-van", False)],
    "hdnd-tinh-binh-dinh": [("nghi-quyet", True)],
    "so-noi-vu-binh-dinh": [("ke-hoach", False), ("bao-cao", False), ("cong-van", False)],
    "so-tai-chinh-binh-dinh": [("ke-hoach", False), ("bao-cao", False), ("thong-bao", False), ("cong-van", False)],
}
SUBJECTS = [
    "Kế hoạch cải cách hành chính năm {year}",
    "Kế hoạch truyền thông về cải cách hành chính năm {year}",
    "công tác cải cách hành chính nhà nước giai đoạn 2021 - 2030",
    "đẩy mạnh cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông",
    "nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) năm {year}",
    "cải cách tài chính công và tự chủ của đơn vị sự nghiệp công lập",
    "xây dựng Chính phủ điện tử, Chính phủ số, cung cấp dịch vụ công trực tuyến toàn trình",
    "cải cách tổ chức bộ máy hành chính nhà nước tinh gọn, hoạt động hiệu lực, hiệu quả",
    "cải cách chế độ công vụ, nâng cao chất lượng đội ngũ cán bộ, công chức",
    "rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực tài chính",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "kiểm tra công tác cải cách hành chính tại các sở, ban, ngành",
]
OPENINGS = ["Về việc ban hành", "Về việc thực hiện", "Về tăng cường", "Triển khai", "Hướng dẫn", "Về"]
PDF_TITLE = "Tệp mẫu cho thư viện văn bản"


def _shared_file():
    """One small PDF that every generated entry points at (the detail page shows a real file)."""
    from ..models.media import ReformDocument
    from .pdf import render_document

    existing = ReformDocument.objects.filter(title=PDF_TITLE).first()
    if existing is not None:
        return existing
    data = render_document(
        issuer="Sở Tài chính",
        number_line="Số: 01/KH-STC",
        place="Bình Định",
        issued_on=datetime.date(2023, 3, 31),
        kind="Kế hoạch",
        excerpt="Tệp mẫu",
        paragraphs=["Tệp mẫu dùng chung cho các văn bản tạo tự động khi đo hiệu năng."],
    )
    document = ReformDocument(title=PDF_TITLE)
    document.file = ContentFile(data, name="tep-mau-van-ban.pdf")
    document._set_document_file_metadata()
    document.save()
    return document


def _next_step(parent):
    last = parent.get_last_child()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


@transaction.atomic
def bulk_insert_documents(library, count, seed=SEED, relation_share=0.08, log=None):
    """Insert count published entries under library; returns the created OfficialDocumentPage ids."""
    from ..models.documents import DocumentRelation, OfficialDocumentPage
    from ..models.siteindex import SiteSearchEntry
    from ..models.taxonomy import DocumentType, IssuingBody, ReformArea

    rng = random.Random(seed)
    locale_id = library.locale_id
    types = {row.slug: row for row in DocumentType.objects.filter(locale_id=locale_id)}
    bodies = [row for row in IssuingBody.objects.filter(locale_id=locale_id) if row.slug in ISSUES]
    areas = list(ReformArea.objects.filter(locale_id=locale_id).order_by("number"))
    # Weighted towards the province, as a provincial department's library is.
    weights = [{IssuingLevel.CENTRAL: 2, IssuingLevel.PROVINCE: 5, IssuingLevel.DEPARTMENT: 4}[b.level] for b in bodies]
    main_file = _shared_file()
    content_type = ContentType.objects.get_for_model(OfficialDocumentPage)
    taken = set(OfficialDocumentPage.objects.filter(locale_id=locale_id).values_list("number", flat=True))
    sequences = {}
    step = _next_step(library)
    days = (LAST_DAY - FIRST_DAY).days
    now = timezone.now()
    pages, details = [], []
    for offset in range(count):
        body = rng.choices(bodies, weights)[0]
        type_slug, legal = rng.choice(ISSUES[body.slug])
        document_type = types[type_slug]
        issued_on = FIRST_DAY + datetime.timedelta(days=rng.randrange(days + 1))
        while True:
            key = (body.pk, type_slug, issued_on.year)
            sequences[key] = sequences.get(key, 0) + 1
            seq = sequences[key]
            abbreviation = document_type.abbreviation
            agency = body.abbreviation + (f"{(issued_on.year - 2011) // 5 + 13}" if body.slug == "quoc-hoi" else "")
            if document_type.family == "party":
                raw = f"{seq}-{abbreviation}/{agency}"
            elif legal:
                raw = f"{seq}/{issued_on.year}/{abbreviation + '-' if abbreviation else ''}{agency}"
            elif abbreviation:
                raw = f"{seq}/{abbreviation}-{agency}"
            else:
                raw = f"{seq}/{agency}-VP"
            number = parse(raw)
            if number.canonical not in taken:
                taken.add(number.canonical)
                break
            sequences[key] += rng.randrange(1, 500)  # numbers a previous run used: jump ahead
        subject = rng.choice(SUBJECTS).format(year=issued_on.year)
        excerpt = f"{rng.choice(OPENINGS)} {subject[0].lower()}{subject[1:]}"
        chosen_areas = rng.sample(areas, 2 if rng.random() < 0.3 else 1)
        effective_on = issued_on + datetime.timedelta(days=rng.choice([0, 0, 0, 10, 45]))
        if rng.random() < 0.01:
            effective_on = timezone.localdate() + datetime.timedelta(days=rng.randrange(1, 200))
        title = f"{document_type.name.split(' (')[0]} {number.canonical}"
        slug = f"{slugify_vi(number.canonical)}-{uuid.uuid4().hex[:6]}"
        published = timezone.make_aware(datetime.datetime.combine(issued_on, datetime.time(9, 0)))
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(library.path, library.depth + 1, step + offset),
                depth=library.depth + 1,
                numchild=0,
                url_path=f"{library.url_path}{slug}/",
                locale_id=locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=min(published, now),
                last_published_at=min(published, now),
                show_in_menus=False,
            )
        )
        search_text, search_exact = index_columns(
            number.canonical,
            title,
            excerpt,
            document_type.name,
            document_type.abbreviation,
            body.name,
            body.abbreviation,
        )
        details.append(
            {
                "number": number.canonical,
                "number_key": number.key,
                "library_locale_id": locale_id,
                "excerpt": excerpt,
                "document_type_id": document_type.pk,
                "issuing_body_id": body.pk,
                "issued_on": issued_on,
                "issued_year": issued_on.year,
                "effective_on": effective_on,
                "expires_on": None,
                "validity_override": "",
                "signer": "",
                "signer_title": "",
                "main_file_id": main_file.pk,
                "source_url": "",
                "note": "",
                "area_keys": " ".join(sorted(str(area.translation_key) for area in chosen_areas)),
                "area_ids": [area.pk for area in chosen_areas],
                "search_text": search_text,
                "search_exact": search_exact,
            }
        )
    Page.objects.bulk_create(pages, batch_size=500)
    Page.objects.filter(pk=library.pk).update(numchild=Page.objects.child_of(library).count())

    rows = []
    for page, detail in zip(pages, details, strict=True):
        values = {key: value for key, value in detail.items() if key != "area_ids"}
        rows.append(OfficialDocumentPage(page_ptr_id=page.pk, **values))
    fields = OfficialDocumentPage._meta.local_concrete_fields
    batch = max(1, connection.ops.bulk_batch_size(fields, rows))
    for start in range(0, len(rows), batch):
        OfficialDocumentPage._base_manager._insert(rows[start : start + batch], fields=fields)

    through = OfficialDocumentPage.reform_areas.through
    through.objects.bulk_create(
        [
            through(officialdocumentpage_id=page.pk, reformarea_id=area_id)
            for page, detail in zip(pages, details, strict=True)
            for area_id in detail["area_ids"]
        ],
        batch_size=1000,
    )

    # Later documents act on earlier ones of the same body and type: replace, amend, implement.
    by_series = {}
    for page, detail in sorted(zip(pages, details, strict=True), key=lambda pair: pair[1]["issued_on"]):
        by_series.setdefault((detail["issuing_body_id"], detail["document_type_id"]), []).append((page, detail))
    relations = []
    kinds = [RelationKind.REPLACES, RelationKind.AMENDS, RelationKind.IMPLEMENTS, RelationKind.BASED_ON]
    for series in by_series.values():
        for index in range(1, len(series)):
            if rng.random() < relation_share:
                source, _detail = series[index]
                target, target_detail = series[rng.randrange(index)]
                relations.append(
                    DocumentRelation(
                        source_id=source.pk,
                        target_page_id=target.pk,
                        kind=rng.choice(kinds),
                        target_number=target_detail["number"],
                        target_number_key=target_detail["number_key"],
                        sort_order=0,
                    )
                )
    DocumentRelation.objects.bulk_create(relations, batch_size=1000)
    SiteSearchEntry.objects.bulk_create(
        [
            SiteSearchEntry(
                page_id=page.pk,
                locale_id=locale_id,
                kind="reform.officialdocumentpage",
                summary=detail["excerpt"][:300],
                date=detail["issued_on"],
                number_key=detail["number_key"],
                search_text=detail["search_text"],
                search_exact=detail["search_exact"],
            )
            for page, detail in zip(pages, details, strict=True)
        ],
        batch_size=1000,
    )
    refresh_validity()
    if log:
        log(f"{count} documents and {len(relations)} relations inserted under {library.url_path}")
    return [page.pk for page in pages]
