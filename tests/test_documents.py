"""The document library: entries, numbers in the editor, validity from relations and dates, the pages."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from reform.documents.validity import status_expression, status_of
from reform.enums import IssuingLevel, RelationKind, ValidityStatus
from reform.models import IssuingBody, OfficialDocumentPage
from tests.document_factories import library, make_document, make_file, pdf_bytes, vi_body, vi_type
from tests.factories import make_articles

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def status(document):
    document = OfficialDocumentPage.objects.get(pk=document.pk)
    in_sql = OfficialDocumentPage.objects.filter(pk=document.pk).annotate(v=status_expression()).get().v
    assert in_sql == status_of(document), "the SQL and Python rules disagree"
    return status_of(document)


# --- entries and numbers ---------------------------------------------------------------------


def test_number_is_normalised_and_title_slug_follow_it(site_pages):
    document = make_document(number="828 / qd - ubnd")
    assert document.number == "828/QĐ-UBND"
    assert document.number_key == "828/qd-ubnd"
    assert document.title == "Quyết định 828/QĐ-UBND"
    assert document.slug == "828-qd-ubnd"
    assert document.url == "/cai-cach-hanh-chinh/van-ban/828-qd-ubnd/"


def test_malformed_number_is_refused_with_a_vietnamese_message(site_pages):
    page = OfficialDocumentPage(
        number="828//QĐ",
        document_type=vi_type("quyet-dinh"),
        issuing_body=vi_body("ubnd-tinh-binh-dinh"),
        issued_on=datetime.date(2023, 3, 19),
        excerpt="Trích yếu",
        title="x",
        slug="x",
    )
    with pytest.raises(ValidationError) as error:
        library().add_child(instance=page)
    assert "không đúng mẫu" in " ".join(error.value.message_dict["number"])


def test_number_is_unique_per_issuing_body(site_pages):
    make_document(number="12/KH-STC", type="ke-hoach", body="so-tai-chinh-binh-dinh")
    with pytest.raises(ValidationError) as error:
        make_document(number="12/kh-stc", type="ke-hoach", body="so-tai-chinh-binh-dinh")
    assert "đã có trong thư viện" in " ".join(error.value.message_dict["number"])
    # The same number from another body (another province's Sở Tài chính) is another document.
    IssuingBody.objects.create(
        locale=Locale.objects.get(language_code="vi"),
        slug="so-tai-chinh-gia-lai",
        name="Sở Tài chính tỉnh Gia Lai",
        abbreviation="STC",
        level=IssuingLevel.DEPARTMENT,
    )
    other = make_document(number="12/KH-STC", type="ke-hoach", body="so-tai-chinh-gia-lai", excerpt="Kế hoạch khác")
    assert other.slug == "12-kh-stc-2023"


@pytest.mark.parametrize(
    ("number", "type_slug", "body", "message"),
    [
        ("828/KH-UBND", "quyet-dinh", "ubnd-tinh-binh-dinh", "viết tắt là QĐ"),
        ("27-NQ/TW", "nghi-quyet", "ban-chap-hanh-trung-uong", "mẫu văn bản của Đảng"),
        ("27/NQ-TW", "nghi-quyet-dang", "ban-chap-hanh-trung-uong", "27-NQ/TW"),
        ("30/NĐ-CP", "nghi-dinh", "chinh-phu", "ghi năm ban hành"),
        ("828/QĐ-STC", "quyet-dinh", "ubnd-tinh-binh-dinh", "ký hiệu là UBND"),
    ],
)
def test_number_must_agree_with_type_and_body(site_pages, number, type_slug, body, message):
    with pytest.raises(ValidationError) as error:
        make_document(number=number, type=type_slug, body=body)
    assert message in " ".join(error.value.message_dict["number"])


def test_editor_form_shows_the_vietnamese_error(admin_client, site_pages):
    data = nested_form_data(
        {
            "title": "",
            "slug": "",
            "number": "QD-828",
            "document_type": vi_type("quyet-dinh").pk,
            "issuing_body": vi_body("ubnd-tinh-binh-dinh").pk,
            "excerpt": "Về việc ban hành kế hoạch",
            "issued_on": "2023-03-19",
            "validity_override": "",
            "attachments": inline_formset([]),
            "relations": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    url = f"/admin/pages/add/reform/officialdocumentpage/{library().pk}/"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "phải bắt đầu bằng số thứ tự" in response.content.decode()
    assert not OfficialDocumentPage.objects.exists()
    data["number"] = "828/qd-ubnd"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    created = OfficialDocumentPage.objects.get()
    assert (created.number, created.title, created.slug) == ("828/QĐ-UBND", "Quyết định 828/QĐ-UBND", "828-qd-ubnd")


# --- validity ----------------------------------------------------------------------------------


def test_replaced_document_is_no_longer_in_force_and_links_its_successor(client, site_pages):
    old = make_document(number="10/QĐ-UBND", issued_on=datetime.date(2020, 1, 2), excerpt="Quy chế cũ")
    assert status(old) == ValidityStatus.IN_FORCE
    new = make_document(number="11/QĐ-UBND", relations=[(RelationKind.REPLACES, "10/QĐ-UBND")])
    assert status(old) == ValidityStatus.EXPIRED
    html = client.get(old.url).content.decode()
    assert "Hết hiệu lực toàn bộ" in html
    assert re.search(rf'Được thay thế bởi\s*<a href="{new.url}">11/QĐ-UBND</a>', html)
    # Both directions: the new one names what it replaces.
    assert f'<a href="{old.url}">10/QĐ-UBND</a>' in client.get(new.url).content.decode()
    new.unpublish()
    assert status(old) == ValidityStatus.IN_FORCE


def test_repeal_takes_effect_on_the_repealing_documents_effective_date(site_pages):
    old = make_document(number="20/QĐ-UBND", issued_on=datetime.date(2020, 1, 2))
    make_document(
        number="21/QĐ-UBND",
        issued_on=TODAY - datetime.timedelta(days=1),
        effective_on=TODAY + datetime.timedelta(days=30),
        relations=[(RelationKind.REPEALS, old)],
    )
    assert status(old) == ValidityStatus.IN_FORCE
    assert status_of(OfficialDocumentPage.objects.get(pk=old.pk), on=TODAY + datetime.timedelta(days=30)) == (
        ValidityStatus.EXPIRED
    )


def test_amended_document_is_partly_out_of_force(site_pages):
    old = make_document(number="30/QĐ-UBND", issued_on=datetime.date(2021, 1, 4))
    make_document(number="31/QĐ-UBND", relations=[(RelationKind.AMENDS, "30/qd-ubnd")])
    assert status(old) == ValidityStatus.PARTLY_EXPIRED


def test_suspended_and_explicit_statuses(site_pages):
    old = make_document(number="40/QĐ-UBND", issued_on=datetime.date(2021, 1, 4))
    make_document(number="41/QĐ-UBND", relations=[(RelationKind.SUSPENDS, old)])
    assert status(old) == ValidityStatus.SUSPENDED
    fixed = make_document(number="42/QĐ-UBND", validity_override=ValidityStatus.EXPIRED)
    assert status(fixed) == ValidityStatus.EXPIRED


def test_dates_decide_not_yet_and_expired(site_pages):
    ahead = make_document(number="50/QĐ-UBND", issued_on=TODAY, effective_on=TODAY + datetime.timedelta(days=10))
    assert status(ahead) == ValidityStatus.NOT_YET
    ended = make_document(
        number="51/QĐ-UBND", issued_on=datetime.date(2020, 1, 1), expires_on=TODAY - datetime.timedelta(days=1)
    )
    assert status(ended) == ValidityStatus.EXPIRED


def test_relation_by_number_links_when_the_document_arrives(client, site_pages):
    plan = make_document(
        number="01/KH-STC", type="ke-hoach", body="so-tai-chinh-binh-dinh", relations=[("implements", "828/QĐ-UBND")]
    )
    assert plan.relations.get().target_page is None
    assert "828/QĐ-UBND" in client.get(plan.url).content.decode()
    decision = make_document(number="828/QĐ-UBND")
    assert plan.relations.get().target_page_id == decision.pk
    html = client.get(decision.url).content.decode()
    assert re.search(rf'Được thực hiện bởi</dt>\s*<dd><a href="{plan.url}">01/KH-STC</a>', html)


def test_deleting_the_replacing_document_restores_validity(site_pages):
    old = make_document(number="60/QĐ-UBND", issued_on=datetime.date(2020, 1, 2))
    new = make_document(number="61/QĐ-UBND", relations=[(RelationKind.REPLACES, old)])
    assert status(old) == ValidityStatus.EXPIRED
    new.delete()
    assert status(old) == ValidityStatus.IN_FORCE


# --- the document page ----------------------------------------------------------------------------


def test_document_page_shows_what_the_law_asks(client, site_pages, news):
    pdf = make_file(name="Quyết định 828-QĐ-UBND.pdf", data=pdf_bytes(3))
    document = make_document(
        number="828/QĐ-UBND",
        effective_on=datetime.date(2023, 3, 19),
        signer="Nguyễn Văn A",
        signer_title="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
        main_file=pdf,
        areas=[1, 2],
        source_url="https://vbpl.vn/binhdinh/Pages/vbpq-toanvan.aspx?ItemID=1",
    )
    article = make_articles(news, 1)[0]
    article.body = [{"type": "paragraph", "value": "<p>Thực hiện Quyết định số 828/QĐ-UBND ngày 19/3/2023.</p>"}]
    article.save_revision().publish()
    html = client.get(document.url).content.decode()
    for expected in (
        "<h1>Quyết định 828/QĐ-UBND</h1>",
        "Về việc ban hành Kế hoạch truyền thông",
        "Ủy ban nhân dân tỉnh Bình Định",
        "cấp Tỉnh",
        "19/03/2023",
        "Còn hiệu lực",
        "Nguyễn Văn A",
        "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
        "Cải cách thể chế",
        "vbpl.vn",
        '<meta name="DC.identifier" content="828/QĐ-UBND">',
        '<meta name="DC.creator" content="Ủy ban nhân dân tỉnh Bình Định">',
        '<meta name="DC.date" content="2023-03-19">',
        '<meta name="DC.format" content="application/pdf">',
        f'<object class="pdf-viewer" data="{pdf.url}" type="application/pdf"',
        "3 trang",
        "PDF, ",
        "Tải về",
        f'<a href="{article.url}">{article.title}</a>',
    ):
        assert expected in html, expected


def test_attachments_are_listed(client, site_pages):
    from reform.models import DocumentAttachment

    document = make_document(number="70/QĐ-UBND")
    annex = make_file(name="Phụ lục.pdf")
    DocumentAttachment.objects.create(page=document, document=annex, label="Phụ lục I", sort_order=0)
    html = client.get(document.url).content.decode()
    assert "Phụ lục I" in html and annex.url in html


def test_by_number_route_redirects_or_404s(client, site_pages):
    document = make_document()
    base = library().url
    response = client.get(base + "so/828/qd-ubnd/")
    assert (response.status_code, response["Location"]) == (302, document.url)
    assert client.get(base + "so/999/QĐ-UBND/").status_code == 404
    assert client.get(base + "so/khong-phai-so/").status_code == 404


# --- the listing -----------------------------------------------------------------------------------


@pytest.fixture
def shelf(site_pages):
    documents = [
        make_document(
            "76/NQ-CP",
            "nghi-quyet",
            "chinh-phu",
            datetime.date(2021, 7, 15),
            "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
            areas=[1, 2, 3, 4, 5, 6],
        ),  # noqa: E501
        make_document(
            "27-NQ/TW",
            "nghi-quyet-dang",
            "ban-chap-hanh-trung-uong",
            datetime.date(2022, 11, 9),
            "Về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam",
            areas=[1],
        ),  # noqa: E501
        make_document(
            "3809/QĐ-UBND",
            "quyet-dinh",
            "ubnd-tinh-binh-dinh",
            datetime.date(2021, 9, 14),
            "Ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP",
            areas=[2],
            relations=[("implements", "76/NQ-CP")],
        ),  # noqa: E501
        make_document(
            "828/QĐ-UBND",
            "quyet-dinh",
            "ubnd-tinh-binh-dinh",
            datetime.date(2023, 3, 19),
            "Về việc ban hành Kế hoạch truyền thông về công tác cải cách hành chính năm 2023",
            areas=[2],
        ),  # noqa: E501
        make_document(
            "01/KH-STC",
            "ke-hoach",
            "so-tai-chinh-binh-dinh",
            datetime.date(2023, 3, 31),
            "Truyền thông về cải cách hành chính năm 2023",
            areas=[1, 2],
            relations=[("replaces", "3809/QĐ-UBND")],
        ),  # noqa: E501
    ]
    return {document.number: document for document in documents}


def rows(html):
    return re.findall(r'class="doc-table__number" href="[^"]*">([^<]+)</a>', html)


def test_listing_has_the_portal_columns_newest_first(client, shelf):
    html = client.get(library().url).content.decode()
    for column in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "Tình trạng"):
        assert f'<th scope="col">{column}</th>' in html
    assert rows(html) == ["01/KH-STC", "828/QĐ-UBND", "27-NQ/TW", "3809/QĐ-UBND", "76/NQ-CP"]
    assert "5 văn bản" in html
    assert 'method="get"' in html  # a plain form: no JavaScript needed


def test_filters_live_in_the_url_and_show_counts(client, shelf):
    url = library().url
    html = client.get(url + "?type=quyet-dinh").content.decode()
    assert rows(html) == ["828/QĐ-UBND", "3809/QĐ-UBND"]
    assert '<option value="quyet-dinh" selected>Quyết định (2)</option>' in html
    # Counts of the other types ignore the type filter, so the visitor can switch.
    assert '<option value="ke-hoach">Kế hoạch (1)</option>' in html
    html = client.get(url + "?level=province&year=2023").content.decode()
    assert rows(html) == ["828/QĐ-UBND"]
    assert '<option value="2021">2021 (1)</option>' in html
    html = client.get(url + "?body=chinh-phu").content.decode()
    assert rows(html) == ["76/NQ-CP"]
    html = client.get(url + "?area=cai-cach-the-che").content.decode()
    assert rows(html) == ["01/KH-STC", "27-NQ/TW", "76/NQ-CP"]
    assert re.search(r'value="cai-cach-the-che" selected>1\. Cải cách thể chế \(3\)', html)
    html = client.get(url + "?status=expired").content.decode()
    assert rows(html) == ["3809/QĐ-UBND"]
    assert '<option value="expired" selected>Hết hiệu lực toàn bộ (1)</option>' in html
    assert '<option value="in_force">Còn hiệu lực (4)</option>' in html


def test_sort_and_pagination(client, shelf, settings):
    settings.REFORM_DOCUMENT_PAGE_SIZE = 2
    url = library().url
    first = client.get(url + "?sort=oldest").content.decode()
    assert rows(first) == ["76/NQ-CP", "3809/QĐ-UBND"]
    assert 'href="?sort=oldest&amp;page=2"' in first
    assert rows(client.get(url + "?sort=oldest&page=3").content.decode()) == ["01/KH-STC"]
    assert client.get(url + "?sort=oldest&page=4").status_code == 404


def test_english_library_lists_the_vietnamese_entries(client, shelf):
    english = library().get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url).content.decode()
    assert english.url == "/en/administrative-reform/documents/"
    assert "5 documents" in html
    assert "828/QĐ-UBND" in html
    assert "Decision" in html  # type names in the visitor's language


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("type=khong-co", 404),
        ("body=%3Cscript%3E", 404),
        ("area=" + "a" * 300, 404),
        ("level=tinh", 404),
        ("status=con-hieu-luc", 404),
        ("year=20x3", 404),
        ("year=1800", 404),
        ("sort=random", 404),
        ("page=0", 404),
        ("page=abc", 404),
        ("page=99", 404),
        ("q=" + "%C3%A1" * 300, 200),
        ("q=%3Cscript%3Ealert(1)%3C/script%3E", 200),
        ("q=%25%25%5F%5F", 200),
        ("q=828%2F%2FQD", 200),
        ("q=' OR 1=1 --", 200),
        ("q=&type=&year=", 200),
        ("q=%00", 400),
        ("q=" + "a" * 5000, 400),
    ],
)
def test_bad_input_is_a_page_a_404_or_a_400_never_a_500(client, shelf, query, status):
    response = client.get(f"{library().url}?{query}")
    assert response.status_code == status, (query, response.status_code)


def test_malformed_number_paths_are_404(client, shelf):
    base = library().url
    for path in ("so/%3Cscript%3E/", "so/828%2F%2F/", "so/" + "9" * 90 + "/", "khong-co/", "rss/extra/"):
        assert client.get(base + path).status_code == 404, path


# --- feeds, sitemap, home ------------------------------------------------------------------------


def test_rss_feed_lists_new_documents(client, shelf):
    response = client.get(library().url + "rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    xml = response.content.decode()
    assert "<title>01/KH-STC: Truyền thông về cải cách hành chính năm 2023</title>" in xml
    assert xml.count("<item>") == 5


def test_documents_are_in_the_sitemap(client, shelf):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/cai-cach-hanh-chinh/van-ban/828-qd-ubnd/" in xml
    page = client.get("/so-do-trang/").content.decode()
    assert "/cai-cach-hanh-chinh/van-ban/" in page
    assert "828-qd-ubnd" not in page  # the HTML sitemap lists sections, not every entry


def test_home_shows_the_newest_documents(client, shelf):
    html = client.get("/").content.decode()
    assert "Văn bản mới" in html
    assert f'<a href="{shelf["01/KH-STC"].url}">Kế hoạch 01/KH-STC</a>' in html
    assert f'action="{library().url}"' in html


def test_relation_kinds_read_both_ways(shelf):
    from reform.documents.detail import relations_of

    outgoing, incoming, _successors = relations_of(shelf["3809/QĐ-UBND"])
    assert [label for label, _entries in outgoing] == ["Thực hiện"]
    assert [(label, [e["number"] for e in entries]) for label, entries in incoming] == [
        ("Được thay thế bởi", ["01/KH-STC"])
    ]


def test_derived_columns_follow_saves(shelf):
    document = shelf["828/QĐ-UBND"]
    assert document.library_locale_id == document.locale_id
    assert document.issued_year == 2023
    assert " 828 qd ubnd " in document.search_text and " cải cách " in document.search_exact
    document.unpublish()
    assert OfficialDocumentPage.objects.filter(pk=document.pk, library_locale__isnull=True).exists()
