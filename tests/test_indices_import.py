"""CSV import of index results: one parser for `manage.py import_indices` and the admin upload."""

import datetime
import unicodedata
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from reform.indices import parsing
from reform.indices.importer import Importer, ImportFailed
from reform.models import IndexResult
from tests.document_factories import make_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese():
    # A previous test's English request leaves English active in this thread; messages are asserted in Vietnamese.
    with translation.override("vi"):
        yield


# Excel's "CSV UTF-8" in a Vietnamese locale: byte-order mark, ";" between cells, decimal commas.
GOOD = (
    "\ufeffchỉ số;năm;đối tượng;tên đối tượng;điểm;tối đa;xếp hạng;trên tổng số;xếp loại;nguồn;"
    "văn bản công bố;dữ liệu mẫu;chỉ số thành phần\n"
    "PAR INDEX;2022;tỉnh;tỉnh Bình Định;85,03;100;33;63;;Bộ Nội vụ;876/QĐ-BNV;;"
    '"Công tác chỉ đạo, điều hành: 8,5/10; Cải cách thể chế: 9/10"\n'
    "SEPAS;2022;Tỉnh;tỉnh Bình Định;81,78%;;;;;Bộ Nội vụ;;không;\n"
    "PCI;2022;;tỉnh Bình Định;66.65;100;21/63;;;VCCI;;;\n"
    "PAR INDEX cấp sở;2021;Sở;Sở Tài chính;86;100;;;Tốt;;;có;\n"
    "DTI;2022;tỉnh;tỉnh Bình Định;1.000;1.000;;;;;;x;\n"
)


def run(text, dry_run=False, encoding="utf-8"):
    return Importer(text.encode(encoding)).run(dry_run=dry_run)


def errors_of(text):
    with pytest.raises(ImportFailed) as failure:
        run(text)
    return failure.value.errors


def test_good_file_with_bom_semicolons_and_decimal_commas():
    make_document("876/QĐ-BNV", body="bo-noi-vu", issued_on=datetime.date(2022, 11, 10))
    result = run(GOOD)
    assert (result.created, result.updated) == (5, 0)
    par = IndexResult.objects.get(index="par_index", year=2022)
    assert (par.score, par.maximum, par.rank, par.rank_of) == (Decimal("85.03"), 100, 33, 63)
    assert par.source_document.number == "876/QĐ-BNV" and not par.is_sample
    assert [(c.name, c.score, c.maximum) for c in par.components.order_by("sort_order")] == [
        ("Công tác chỉ đạo, điều hành", Decimal("8.5"), Decimal(10)),
        ("Cải cách thể chế", Decimal(9), Decimal(10)),
    ]
    sipas = IndexResult.objects.get(index="sipas")  # "SEPAS", the seed plan's spelling
    assert sipas.score == Decimal("81.78") and sipas.maximum == 100  # the index's own scale
    pci = IndexResult.objects.get(index="pci")
    assert (pci.score, pci.rank, pci.rank_of, pci.subject) == (Decimal("66.65"), 21, 63, "province")
    department = IndexResult.objects.get(index="department_par")
    assert department.subject == "department" and department.is_sample and department.grade == "Tốt"
    dti = IndexResult.objects.get(index="dti")
    assert dti.score == dti.maximum == 1000 and dti.is_sample  # "1.000" is one thousand


def test_comma_separated_file_without_bom_and_decomposed_text_is_normalised():
    text = 'index,year,subject_name,score,maximum,source_note\nICT,2020,"tỉnh Bình Định","0,5523",1,Bộ TT&TT\n'
    result = run(unicodedata.normalize("NFD", text))
    assert result.created == 1
    ict = IndexResult.objects.get()
    assert ict.index == "ict" and ict.score == Decimal("0.5523")
    assert ict.subject_name == "tỉnh Bình Định" and unicodedata.is_normalized("NFC", ict.subject_name)


def test_bad_rows_are_reported_with_row_numbers_and_nothing_is_saved():
    text = (
        "chi_so;nam;ten_doi_tuong;diem;toi_da;xep_hang;tren_tong_so;nguon\n"
        "PAR INDEX;2022;tỉnh Bình Định;85,03;100;33;63;Bộ Nội vụ\n"  # good, but not saved either
        "SIPAS;2022;tỉnh Bình Định;181,78;100;;;Bộ Nội vụ\n"
        "ABC INDEX;2022;tỉnh Bình Định;50;100;;;x\n"
        "PCI;20x3;tỉnh Bình Định;66,65;100;;;VCCI\n"
        "PAPI;2022;tỉnh Bình Định;40;80;70;63;CECODES\n"
        "DTI;2022;tỉnh Bình Định;0,5;1;;;\n"
        "PAR INDEX;2022;tỉnh Bình Định;85;100;;;Bộ Nội vụ\n"
    )
    errors = errors_of(text)
    assert not IndexResult.objects.exists()
    joined = "\n".join(errors)
    assert "Dòng 3: điểm, tỷ lệ: Điểm không được lớn hơn thang điểm tối đa." in errors
    assert any(e.startswith("Dòng 4: Không có chỉ số “ABC INDEX”") for e in errors)
    assert any(e.startswith("Dòng 5: Năm “20x3” không hợp lệ") for e in errors)
    assert "Dòng 6: xếp hạng: Thứ hạng không được lớn hơn tổng số đơn vị được xếp hạng." in errors
    assert "Dòng 7: nguồn: Hãy ghi nguồn số liệu, hoặc đánh dấu là dữ liệu mẫu." in errors
    assert "Dòng 8: Kết quả này trùng chỉ số, năm và đối tượng với dòng 2." in errors
    assert "Dòng 2" not in joined.replace("dòng 2.", "")  # the good row has no error of its own


def test_every_problem_of_a_row_is_reported_at_once():
    errors = errors_of("chi_so;nam;ten_doi_tuong;diem;toi_da;xep_hang\nPCI;20x3;tỉnh;181;100;70/63\n")
    assert errors == [
        "Dòng 2: Năm “20x3” không hợp lệ; ghi bốn chữ số, ví dụ 2023.",
        "Dòng 2: điểm, tỷ lệ: Điểm không được lớn hơn thang điểm tối đa.",
        "Dòng 2: xếp hạng: Thứ hạng không được lớn hơn tổng số đơn vị được xếp hạng.",
        "Dòng 2: nguồn: Hãy ghi nguồn số liệu, hoặc đánh dấu là dữ liệu mẫu.",
    ]


def test_rerun_updates_by_index_year_and_subject():
    text = 'chi_so;nam;ten_doi_tuong;diem;nguon;chi_so_thanh_phan\nPCI;2022;tỉnh Bình Định;66,65;VCCI;"A: 1; B: 2"\n'
    assert run(text).created == 1
    first = IndexResult.objects.get()
    again = run(text)
    assert (again.created, again.updated) == (0, 1)
    assert IndexResult.objects.get().pk == first.pk and first.components.count() == 2
    changed = run(text.replace("66,65", "67,1").replace("A: 1; B: 2", "C: 3"))
    assert changed.updated == 1
    result = IndexResult.objects.get()
    assert result.score == Decimal("67.1") and [c.name for c in result.components.all()] == ["C"]
    assert run(text, dry_run=True).updated == 1 and IndexResult.objects.get().score == Decimal("67.1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Tệp CSV trống."),
        (b"chi_so;nam\n", "Thiếu cột bắt buộc: subject_name, score."),
        (b"chi_so;nam;ten_doi_tuong;diem;mau_sac\n", "Cột không dùng được: mau_sac."),
        (b"chi_so;nam;ten_doi_tuong;diem\n;;;\n", "Tệp CSV không có dòng dữ liệu nào."),
        (
            unicodedata.normalize("NFD", "chi_so;nam;ten_doi_tuong;diem\nPCI;2022;tỉnh;66,65\n").encode("cp1258"),
            "phải được lưu bằng mã UTF-8",
        ),
        (b"chi_so;nam\x00", "ký tự NUL"),
        (
            "chi_so;nam;ten_doi_tuong;diem;thanh_phan\nPCI;2022;tỉnh;66,65;A: 1; B: 2\n".encode(),
            "Dòng 2: có nhiều ô hơn số cột ở dòng đầu; ô có dấu “;” phải nằm trong ngoặc kép.",
        ),
    ],
)
def test_unreadable_files_get_a_vietnamese_message(data, message):
    with pytest.raises(ImportFailed) as failure:
        Importer(data).run()
    assert message in "\n".join(failure.value.errors)


def test_unknown_source_document_is_an_error():
    text = "chi_so;nam;ten_doi_tuong;diem;van_ban_cong_bo\nPCI;2022;tỉnh;66,65;999/QĐ-XYZ\n"
    errors = errors_of(text)
    assert errors == [
        "Dòng 2: Chưa có văn bản 999/QĐ-XYZ trong thư viện văn bản; hãy đăng văn bản trước hoặc ghi đường dẫn nguồn."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("85,03", Decimal("85.03")),
        ("85.03", Decimal("85.03")),
        ("85,03%", Decimal("85.03")),
        ("1.000", Decimal(1000)),
        ("1 000", Decimal(1000)),
        ("1.234,5", Decimal("1234.5")),
        ("1,234.5", Decimal("1234.5")),
        ("0,552", Decimal("0.552")),
        ("", None),
    ],
)
def test_decimal_spellings(text, expected):
    assert parsing.decimal(text, "Điểm") == expected


@pytest.mark.parametrize("text", ["abc", "-5", "1,23456", "NaN", "1e9"])
def test_bad_decimals(text):
    with pytest.raises(ValueError):
        parsing.decimal(text, "Điểm")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("PAR INDEX", "par_index"),
        ("par_index", "par_index"),
        ("Chỉ số CCHC", "par_index"),
        ("SEPAS", "sipas"),
        ("sipas", "sipas"),
        ("PAPI", "papi"),
        ("PCI", "pci"),
        ("ICT Index", "ict"),
        ("DTI", "dti"),
        ("Chỉ số chuyển đổi số (DTI)", "dti"),
    ],
)
def test_index_names(name, kind):
    assert parsing.index_kind(name) == kind


def test_command_checks_and_imports(tmp_path, capsys):
    path = tmp_path / "chi-so.csv"
    path.write_bytes(
        ("\ufeffchi_so;nam;ten_doi_tuong;diem;nguon\nSIPAS;2022;tỉnh Bình Định;81,78;Bộ Nội vụ\n").encode()
    )
    call_command("import_indices", str(path), "--dry-run")
    assert "sẽ thêm 1 và cập nhật 0 kết quả" in capsys.readouterr().out and not IndexResult.objects.exists()
    call_command("import_indices", str(path))
    assert "Đã nhập: thêm 1, cập nhật 0 kết quả." in capsys.readouterr().out
    assert IndexResult.objects.get().score == Decimal("81.78")
    path.write_bytes("chi_so;nam;ten_doi_tuong;diem;nguon\nSIPAS;2022;tỉnh Bình Định;181,78;Bộ Nội vụ\n".encode())
    with pytest.raises(CommandError) as failure:
        call_command("import_indices", str(path))
    assert "Dòng 2: điểm, tỷ lệ: Điểm không được lớn hơn thang điểm tối đa." in str(failure.value)
    with pytest.raises(CommandError):
        call_command("import_indices", str(tmp_path / "khong-co.csv"))
