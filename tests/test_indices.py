"""The reform indices page: latest results, trends as accessible charts, sample data, sources, CSV; the
admin of results and who may use it; the demo's values."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from reform.bootstrap import ensure_child, ensure_page_translation
from reform.demo import indices as demo
from reform.models import IndexComponent, IndexResult, IndicesPage
from reform.workflow import roles
from tests import test_accessibility as a11y
from tests.document_factories import make_document
from tests.rich_content import fresh_site
from tests.test_html_validity import assert_valid_html
from tests.workflow_helpers import PASSWORD, make_user

page_factory = a11y.page_factory  # the fixture: a fresh browser page of a given size
QUERY_BOUND = 15


def indices_page(column):
    en = Locale.objects.get(language_code="en")
    page = ensure_child(column, IndicesPage, "chi-so", title="Chỉ số cải cách hành chính")
    english = ensure_page_translation(page, en, title="Administrative reform indices", slug="indices")
    return page, english


def make_result(index="par_index", year=2022, subject="province", components=(), **fields):
    values = {
        "subject_name": "tỉnh Bình Định" if subject == "province" else "Sở Tài chính tỉnh Bình Định",
        "score": Decimal("85.03"),
        "maximum": Decimal(100),
        "source_note": "Bộ Nội vụ",
    }
    values.update(fields)
    result = IndexResult.objects.create(index=index, year=year, subject=subject, **values)
    for order, (name, score, maximum) in enumerate(components):
        IndexComponent.objects.create(result=result, name=name, score=score, maximum=maximum, sort_order=order)
    return result


def build_results():
    """PAR INDEX over three years (two of them sample data) citing a library entry, PCI with a link,
    a department result with components; the page and its English version."""
    decision = make_document(
        "876/QĐ-BNV",
        body="bo-noi-vu",
        issued_on=datetime.date(2022, 11, 10),
        excerpt="Phê duyệt phương pháp xác định Chỉ số cải cách hành chính",
    )
    make_result(year=2020, score=Decimal("82.40"), is_sample=True, source_note="")
    make_result(year=2021, score=Decimal("83.10"), is_sample=True, source_note="")
    make_result(year=2022, rank=33, rank_of=63, source_document=decision, source_note="Bộ Nội vụ công bố")
    make_result(
        "pci",
        2022,
        score=Decimal("66.65"),
        rank=21,
        rank_of=63,
        source_note="VCCI, Báo cáo PCI 2022",
        source_url="https://pcivietnam.vn/",
    )
    make_result(
        "department_par",
        2022,
        "department",
        score=Decimal("88.5"),
        grade="Tốt",
        is_sample=True,
        source_note="",
        components=[("Cải cách thể chế", Decimal("7.25"), Decimal(8)), ("Cải cách tài chính công", Decimal(9), None)],
    )
    return decision


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_page_shows_latest_results_trends_sample_data_and_sources(client, column):
    page, _english = indices_page(column)
    decision = build_results()
    html = soup(client.get(page.url))

    par = html.select_one("#par-index-province")
    assert par.select_one(".index-card__score").get_text() == "85,03%"
    assert "thứ 33/63" in par.get_text()
    assert "năm 2022" in par.select_one(".index-card__year").get_text()
    assert not par.select(".sample-badge")  # the latest PAR INDEX is published, not sample
    assert par.select_one(".index-card__source a")["href"] == decision.url
    trend = par.select_one("figure.chart")
    assert trend.select_one("svg[role=img]")
    rows = [[cell.get_text(strip=True) for cell in row.select("th, td")] for row in trend.select("tbody tr")]
    assert rows == [["2020", "82,4% *"], ["2021", "83,1% *"], ["2022", "85,03%"]]
    assert "Số liệu mẫu, không phải số liệu công bố" in trend.select_one(".chart__note").get_text()

    pci = html.select_one("#pci-province")
    assert pci.select_one(".index-card__score").get_text() == "66,65/100"
    link = pci.select_one("a.index-card__external")
    assert link["href"] == "https://pcivietnam.vn/" and link.get_text() == "VCCI, Báo cáo PCI 2022"
    assert not pci.select("figure.chart")  # one year: no trend to draw yet

    department = html.select_one("#department-par-department")
    assert department.find_parent("section")["aria-labelledby"] == "subject-department"
    assert department.select_one(".sample-badge").get_text() == "Số liệu mẫu"
    assert "Số liệu mẫu, không phải số liệu công bố." in department.get_text()
    components = [[c.get_text(strip=True) for c in row.select("th, td")] for row in department.select("tbody tr")]
    assert components == [["Cải cách thể chế", "7,25", "8"], ["Cải cách tài chính công", "9", "—"]]
    assert html.select_one(".indices__sample-notice")

    comparison = html.select_one("#latest-province")
    values = [row.select_one("td").get_text(strip=True) for row in comparison.select("tbody tr")]
    assert values == ["85,03%", "66,65%"]


def test_english_page_shows_the_same_data_with_english_numbers(client, column):
    page, english = indices_page(column)
    build_results()
    html = soup(client.get(english.url))
    assert html.html["lang"] == "en"
    assert html.select_one("#par-index-province .index-card__score").get_text() == "85.03%"
    # Names and notes are entered in Vietnamese: marked so screen readers switch language.
    subject = html.select_one("#par-index-province dd[lang=vi]")
    assert subject.get_text() == "tỉnh Bình Định"
    assert html.select_one("#par-index-province .index-card__source a")["lang"] == "vi"  # no English entry


def test_page_without_results_says_so(client, column):
    page, _english = indices_page(column)
    html = soup(client.get(page.url))
    assert "Chưa có kết quả chỉ số nào được đăng." in html.get_text()
    assert not html.select("figure.chart") and not html.select(".indices__download")


def test_csv_download_holds_every_result_in_the_import_columns(client, column):
    page, _english = indices_page(column)
    build_results()
    response = client.get(page.url + "?format=csv")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == IndexResult.objects.count() == 5
    latest = next(row for row in rows if row["index"] == "par_index" and row["year"] == "2022")
    assert latest["score"] == "85.03" and latest["maximum"] == "100" and latest["rank"] == "33"
    assert latest["source_document"] == "876/QĐ-BNV" and latest["is_sample"] == "không"
    department = next(row for row in rows if row["index"] == "department_par")
    assert department["components"] == "Cải cách thể chế: 7.25/8; Cải cách tài chính công: 9"
    assert client.get(page.url + "?format=pdf").status_code == 404
    assert client.get(page.url + "?format=%3Cscript%3E").status_code == 404


def test_queries_do_not_grow_with_years(client, column):
    page, english = indices_page(column)
    decision = make_document("876/QĐ-BNV", body="bo-noi-vu", issued_on=datetime.date(2022, 11, 10))
    parts = [("Cải cách thể chế", Decimal(7), Decimal(8)), ("Cải cách thủ tục hành chính", Decimal(12), Decimal(14))]

    def add_years(years):
        for year in years:
            for index in ("par_index", "sipas", "pci"):
                make_result(index, year, source_document=decision, components=parts)
            make_result("department_par", year, "department", components=parts, grade="Tốt")

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    add_years(range(2020, 2023))
    small = {url: count(url) for url in (page.url, english.url)}
    add_years(range(2023, 2050))
    assert IndexResult.objects.count() == 120
    large = {url: count(url) for url in (page.url, english.url)}
    assert large == small
    assert max(large.values()) <= QUERY_BOUND, large
    print("indices page queries (vi, en) with 120 results:", list(large.values()))


# --- admin ---------------------------------------------------------------------------------------


def test_office_group_may_edit_results_and_divisions_may_not(client, db):
    roles.setup_roles()  # idempotent: running it again grants nothing twice
    office = Group.objects.get(name=roles.OFFICE_GROUP)
    codenames = set(office.permissions.filter(content_type__model="indexresult").values_list("codename", flat=True))
    assert codenames == {"add_indexresult", "change_indexresult", "delete_indexresult", "view_indexresult"}
    writer = make_user("bientap.chiso", "writer", "quan-ly-ngan-sach")
    assert not writer.has_perm("reform.change_indexresult")
    client.force_login(writer)
    assert client.get("/admin/chi-so-cchc/").status_code in {302, 403}
    denied = client.get("/admin/chi-so-cchc/nhap-csv/")
    assert denied.status_code == 403 and "Chỉ Văn phòng Sở được nhập" in denied.content.decode()
    assert "/admin/chi-so-cchc/" not in client.get("/admin/").content.decode()  # no menu item
    client.force_login(make_user("vanphong.chiso", "office"))
    assert "/admin/chi-so-cchc/" in client.get("/admin/").content.decode()
    assert Permission.objects.filter(codename="add_indexresult").exists()


def test_admin_listing_shows_the_sample_column_and_filters(client, db):
    office = make_user("vanphong.chiso", "office")
    make_result(year=2021, is_sample=True, source_note="")
    make_result("pci", 2022, score=Decimal("66.65"), rank=21, rank_of=63)
    client.force_login(office)
    html = soup(client.get("/admin/chi-so-cchc/"))
    text = html.get_text(" ", strip=True)
    assert "Dữ liệu mẫu" in text and "Số liệu công bố" in text
    assert "66,65/100" in text or "66.65/100" in text
    assert "21/63" in text
    assert html.select_one('a[href="/admin/chi-so-cchc/nhap-csv/"]')  # the import button, for the Office
    filtered = soup(client.get("/admin/chi-so-cchc/?index=pci")).get_text(" ", strip=True)
    assert "21/63" in filtered and "85,03/100" not in filtered and "85.03/100" not in filtered
    by_year = soup(client.get("/admin/chi-so-cchc/?year=2021")).get_text(" ", strip=True)
    assert "21/63" not in by_year and "Dữ liệu mẫu" in by_year
    assert client.get("/admin/chi-so-cchc/?year=20x3").status_code == 200  # a bad filter is a form error


def test_admin_edit_form_refuses_a_score_above_the_maximum(client, db):
    office = make_user("vanphong.chiso", "office")
    client.force_login(office)
    assert client.get("/admin/chi-so-cchc/add/").status_code == 200
    data = {
        "index": "sipas",
        "year": "2022",
        "subject": "province",
        "subject_name": "tỉnh Bình Định",
        "score": "181.78",  # a number input sends a decimal point
        "maximum": "100",
        "source_note": "Bộ Nội vụ",
        "components-TOTAL_FORMS": "0",
        "components-INITIAL_FORMS": "0",
        "components-MIN_NUM_FORMS": "0",
        "components-MAX_NUM_FORMS": "1000",
    }
    response = client.post("/admin/chi-so-cchc/add/", data)
    assert response.status_code == 200
    assert "Điểm không được lớn hơn thang điểm tối đa." in response.content.decode()
    assert not IndexResult.objects.exists()
    data["score"] = "81.78"
    response = client.post("/admin/chi-so-cchc/add/", data)
    assert response.status_code == 302
    result = IndexResult.objects.get()
    assert result.score == Decimal("81.78")
    edit = client.get(f"/admin/chi-so-cchc/edit/{result.pk}/")
    assert edit.status_code == 200 and 'name="source_document"' in edit.content.decode()


def test_admin_upload_imports_for_the_office(client, db):
    office = make_user("vanphong.chiso", "office")
    client.force_login(office)
    assert client.get("/admin/chi-so-cchc/nhap-csv/").status_code == 200
    content = "\ufeffchi_so;nam;ten_doi_tuong;diem;nguon\nPAR INDEX;2022;tỉnh Bình Định;85,03;Bộ Nội vụ\n".encode()
    upload = io.BytesIO(content)
    upload.name = "chi-so.csv"
    response = client.post("/admin/chi-so-cchc/nhap-csv/", {"file": upload, "dry_run": "on"})
    assert "sẽ thêm 1 và cập nhật 0 kết quả" in response.content.decode() and not IndexResult.objects.exists()
    upload = io.BytesIO(content)
    upload.name = "chi-so.csv"
    response = client.post("/admin/chi-so-cchc/nhap-csv/", {"file": upload})
    assert response.status_code == 302 and IndexResult.objects.get().score == Decimal("85.03")
    bad = io.BytesIO("chi_so;nam;ten_doi_tuong;diem;nguon\nXYZ;20x3;tỉnh Bình Định;85,03;Bộ Nội vụ\n".encode())
    bad.name = "loi.csv"
    html = soup(client.post("/admin/chi-so-cchc/nhap-csv/", {"file": bad}))
    errors = [item.get_text() for item in html.select(".reform-import-errors li")]
    assert any(error.startswith("Dòng 2:") and "XYZ" in error for error in errors)
    assert any("20x3" in error for error in errors)
    assert IndexResult.objects.count() == 1


def test_a_division_writer_may_not_upload(client, db):
    writer = make_user("bientap.chiso", "writer", "quan-ly-ngan-sach")
    client.force_login(writer)
    upload = io.BytesIO(b"chi_so;nam;ten_doi_tuong;diem;nguon\nPCI;2022;x;1;y\n")
    upload.name = "chi-so.csv"
    assert client.post("/admin/chi-so-cchc/nhap-csv/", {"file": upload}).status_code == 403
    assert not IndexResult.objects.exists()
    assert client.login(username="bientap.chiso", password=PASSWORD)


# --- demo ----------------------------------------------------------------------------------------


def test_demo_holds_the_published_values_and_marks_the_rest_as_sample(client, column):
    en = Locale.objects.get(language_code="en")
    page = demo.ensure_indices_page(column, en)
    again = demo.ensure_indices_page(column, en)
    assert again.pk == page.pk and IndicesPage.objects.count() == 2  # Vietnamese and English, once each
    assert IndexResult.objects.count() == len(demo.RESULTS)
    published = {(r.index, r.year): r for r in IndexResult.objects.filter(is_sample=False)}
    assert set(published) == {("par_index", 2022), ("sipas", 2022), ("pci", 2022)}
    par, sipas, pci = published[("par_index", 2022)], published[("sipas", 2022)], published[("pci", 2022)]
    assert (par.score, par.rank, par.rank_of) == (Decimal("85.03"), 33, 63) and "Bộ Nội vụ" in par.source_note
    assert sipas.score == Decimal("81.78") and "Bộ Nội vụ" in sipas.source_note
    assert (pci.score, pci.rank) == (Decimal("66.65"), 21) and "VCCI" in pci.source_note
    assert not IndexResult.objects.filter(index__in=["papi", "ict", "dti"], is_sample=False).exists()
    html = soup(client.get(page.url))
    assert page.url.endswith("/cai-cach-hanh-chinh/chi-so/")
    assert html.select_one(".indices__sample-notice")
    english = page.get_translation(en)
    assert english.url.endswith("/indices/") and client.get(english.url).status_code == 200
    assert english.url in client.get("/sitemap.xml").content.decode()


# --- valid HTML and WCAG 2.1 AA ------------------------------------------------------------------


@pytest.mark.validation
def test_indices_pages_are_valid_html(client, column, tmp_path):
    page, english = indices_page(column)
    build_results()
    assert_valid_html(client, {"indices": page.url, "indices-en": english.url}, tmp_path)


@pytest.fixture
def indices_urls(transactional_db, settings):
    settings.ROOT_URLCONF = "tests.urls_with_media"
    pages = fresh_site()
    page, english = indices_page(pages["column"])
    build_results()
    return {"indices": page.url, "indices-en": english.url}


@pytest.mark.browser
@pytest.mark.parametrize("width,height", [(1280, 900), (375, 812)], ids=["desktop", "mobile"])
def test_indices_pages_have_no_wcag_violations_and_fit_a_phone(live_server, indices_urls, page_factory, width, height):
    a11y.assert_accessible_and_fitting(page_factory(width, height), live_server.url, indices_urls)
