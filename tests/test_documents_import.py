"""manage.py import_documents: row-numbered Vietnamese errors, all or nothing, and re-runs that update."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command

from reform.enums import ValidityStatus
from reform.models import OfficialDocumentPage, ReformDocument
from tests.document_factories import pdf_bytes

pytestmark = pytest.mark.django_db

HEADER = ["so_ky_hieu", "loai_van_ban", "co_quan_ban_hanh", "ngay_ban_hanh", "trich_yeu", "ngay_hieu_luc",
          "linh_vuc", "tep", "lien_quan", "nguoi_ky", "chuc_danh", "tinh_trang"]  # fmt: skip
ROWS = [
    ["76/NQ-CP", "nghi-quyet", "Chính phủ", "15/7/2021", "Ban hành Chương trình tổng thể CCHC giai đoạn 2021 - 2030",
     "", "1;2;3;4;5;6", "76-nq-cp.pdf", "", "", "", ""],
    ["3809/qd-ubnd", "Quyết định", "UBND", "14/09/2021", "Ban hành Kế hoạch thực hiện Nghị quyết số 76/NQ-CP",
     "2021-09-14", "2", "Quyết định 3809.pdf", "thuc-hien:76/NQ-CP", "Nguyễn Văn A", "KT. CHỦ TỊCH", ""],
    ["01/KH-STC", "ke-hoach", "so-tai-chinh-binh-dinh", "31/3/2023", "Truyền thông về cải cách hành chính năm 2023",
     "", "Cải cách thủ tục hành chính", "", "thay-the:3809/QĐ-UBND; dan-chieu:27-NQ/TW", "", "", ""],
]  # fmt: skip


def write(tmp_path, rows, header=HEADER, name="van-ban.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "tep"
    folder.mkdir()
    (folder / "76-nq-cp.pdf").write_bytes(pdf_bytes(2))
    (folder / "Quyết định 3809.pdf").write_bytes(pdf_bytes(1))
    (folder / "trang.pdf").write_bytes(b"<html><script>alert(1)</script></html>")
    return folder


def run(*args):
    call_command("import_documents", *map(str, args), stdout=io.StringIO())


def test_import_creates_entries_with_files_and_relations(tmp_path, files, site_pages):
    run(write(tmp_path, ROWS), "--files", files)
    assert OfficialDocumentPage.objects.count() == 3
    decision = OfficialDocumentPage.objects.get(number="3809/QĐ-UBND")
    assert decision.live and decision.signer == "Nguyễn Văn A"
    assert decision.main_file.page_count == 1 and decision.main_file.mime_type == "application/pdf"
    assert decision.relations.get().target_page.number == "76/NQ-CP"
    assert decision.validity == ValidityStatus.EXPIRED  # the plan replaces it
    plan = OfficialDocumentPage.objects.get(number="01/KH-STC")
    assert [r.target_number for r in plan.relations.order_by("sort_order")] == ["3809/QĐ-UBND", "27-NQ/TW"]
    assert plan.reform_areas.get().number == 2


def test_running_again_updates_instead_of_duplicating(tmp_path, files, site_pages):
    path = write(tmp_path, ROWS)
    run(path, "--files", files)
    changed = [row[:] for row in ROWS]
    changed[0][4] = "Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"
    run(write(tmp_path, changed, name="lan-2.csv"), "--files", files)
    assert OfficialDocumentPage.objects.count() == 3
    assert ReformDocument.objects.count() == 2  # the same files are not stored twice
    assert OfficialDocumentPage.objects.get(number="76/NQ-CP").excerpt.startswith("Ban hành Chương trình tổng thể cải")


def test_dry_run_writes_nothing(tmp_path, files, site_pages):
    run(write(tmp_path, ROWS), "--files", files, "--dry-run")
    assert not OfficialDocumentPage.objects.exists()
    assert not ReformDocument.objects.exists()


def test_errors_name_their_rows_and_nothing_is_written(tmp_path, files, site_pages):
    rows = [
        ROWS[0],
        ["828//QD", "quyet-dinh", "ubnd-tinh-binh-dinh", "19/3/2023", "Kế hoạch", "", "", "", "", "", "", ""],
        ["828/QĐ-UBND", "khong-co", "ubnd-tinh-binh-dinh", "31/2/2023", "", "", "7", "khong-co.pdf", "x:1", "", "",
         "sap-het"],
        ["829/QĐ-UBND", "quyet-dinh", "ubnd-tinh-binh-dinh", "19/3/2023", "Kế hoạch", "", "", "trang.pdf", "", "",
         "", ""],
        ROWS[0],
    ]  # fmt: skip
    with pytest.raises(CommandError) as error:
        run(write(tmp_path, rows), "--files", files)
    message = str(error.value)
    assert "chưa ghi dòng nào" in message
    for expected in (
        "Dòng 3: Số ký hiệu: Số ký hiệu «828//QD» không đúng mẫu",
        "Dòng 4: Không có loại văn bản “khong-co”",
        "Dòng 4: ngày ban hành “31/2/2023” không đúng dạng",
        "Dòng 4: Thiếu trích yếu",
        "Dòng 4: Không có lĩnh vực “7”",
        "Dòng 4: Không tìm thấy tệp “khong-co.pdf”",
        "Dòng 4: Quan hệ “x:1” không hợp lệ",
        "Dòng 4: Tình trạng “sap-het” không có",
        "Dòng 5: Tệp “trang.pdf”: Không nhận tệp HTML, SVG hay mã lệnh",
        "Dòng 6: Số ký hiệu 76/NQ-CP của Chính phủ trùng với dòng 2",
    ):
        assert expected in message, expected
    assert not OfficialDocumentPage.objects.exists()


def test_file_format_problems_are_reported(tmp_path, site_pages):
    bad_encoding = tmp_path / "latin.csv"
    bad_encoding.write_bytes("so_ky_hieu,loai_van_ban\n828/QĐ-UBND,x\n".encode("cp1258", "replace") + b"\xff\xfe")
    with pytest.raises(CommandError, match="UTF-8"):
        run(bad_encoding)
    with pytest.raises(CommandError, match="Thiếu cột bắt buộc: ngay_ban_hanh, trich_yeu"):
        run(write(tmp_path, [], header=["so_ky_hieu", "loai_van_ban", "co_quan_ban_hanh"]))
    with pytest.raises(CommandError, match="Cột không dùng được: ghi_chu_khac"):
        run(write(tmp_path, [], header=[*HEADER, "ghi_chu_khac"]))
    with pytest.raises(CommandError, match="không có dòng dữ liệu"):
        run(write(tmp_path, []))
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        run(tmp_path / "khong-co.csv")
