"""Import documents from a UTF-8 CSV file and a folder of files: all rows or none.

Columns (header row required; see docs/documents.md):

    so_ky_hieu*  loai_van_ban*  co_quan_ban_hanh*  ngay_ban_hanh*  trich_yeu*
    ngay_hieu_luc  ngay_het_hieu_luc  tinh_trang  nguoi_ky  chuc_danh  linh_vuc
    tep  tep_dinh_kem  lien_quan  nguon  ghi_chu  ten

Every row is checked first (number, type, body, dates, files by content, relations) and every
problem is reported with its row number in Vietnamese; if there is any, nothing is written.
A row whose number and issuing body match an entry of the library updates it, so running the
same file again changes nothing and duplicates nothing.
"""

import csv
import datetime
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from .. import numbering
from ..csvimport import ImportFailed, RowImporter
from ..enums import RelationKind, ValidityStatus
from ..text import fold, slugify_vi
from .uploads import inspect_bytes

REQUIRED = ("so_ky_hieu", "loai_van_ban", "co_quan_ban_hanh", "ngay_ban_hanh", "trich_yeu")
OPTIONAL = (
    "ngay_hieu_luc",
    "ngay_het_hieu_luc",
    "tinh_trang",
    "nguoi_ky",
    "chuc_danh",
    "linh_vuc",
    "tep",
    "tep_dinh_kem",
    "lien_quan",
    "nguon",
    "ghi_chu",
    "ten",
)
COLUMNS = REQUIRED + OPTIONAL
MAX_ROWS = 50_000


@dataclass
class Row:
    line: int
    number: numbering.DocumentNumber
    document_type: object
    issuing_body: object
    issued_on: datetime.date
    excerpt: str
    effective_on: datetime.date | None = None
    expires_on: datetime.date | None = None
    validity_override: str = ""
    signer: str = ""
    signer_title: str = ""
    areas: list = field(default_factory=list)
    main_file: tuple | None = None  # (name, bytes)
    attachments: list = field(default_factory=list)
    relations: list = field(default_factory=list)  # (kind, canonical number)
    source_url: str = ""
    note: str = ""
    title: str = ""
    existing: object = None


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    unchanged_files: int = 0
    dry_run: bool = False


def _relation_kinds():
    kinds = {}
    for kind in RelationKind:
        kinds[kind.value] = kind.value
        kinds[slugify_vi(str(kind.label))] = kind.value
    return kinds


def parse_date(value):
    value = (value or "").strip()
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(value)


class Importer(RowImporter):
    result_class = Result

    def __init__(self, csv_path, files_dir=None, library=None):
        from ..models.taxonomy import DocumentType, IssuingBody, ReformArea

        super().__init__()
        self.csv_path = Path(csv_path)
        self.files_dir = Path(files_dir).resolve() if files_dir else None
        self.library = library or self._default_library()
        language = settings.LANGUAGE_CODE
        self.types = list(DocumentType.objects.filter(locale__language_code=language))
        self.bodies = list(IssuingBody.objects.filter(locale__language_code=language))
        self.areas = list(ReformArea.objects.filter(locale__language_code=language))
        self.kinds = _relation_kinds()

    @staticmethod
    def _default_library():
        from ..models.documents import DocumentLibraryPage

        library = DocumentLibraryPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if library is None:
            raise ImportFailed([_("Chưa có trang thư viện văn bản: hãy chạy manage.py setup_site trước.")])
        return library

    # --- reading -------------------------------------------------------------------------------

    def rows(self):
        try:
            text = self.csv_path.read_bytes().decode("utf-8-sig")
        except FileNotFoundError as exc:
            raise ImportFailed([_("Không tìm thấy tệp %(path)s.") % {"path": self.csv_path}]) from exc
        except UnicodeDecodeError as exc:
            raise ImportFailed([_("Tệp CSV phải được lưu bằng mã UTF-8.")]) from exc
        if "\x00" in text:
            raise ImportFailed([_("Tệp CSV chứa ký tự NUL: đây không phải tệp văn bản.")])
        reader = csv.DictReader(io.StringIO(text))
        headers = [(name or "").strip() for name in (reader.fieldnames or [])]
        missing = [name for name in REQUIRED if name not in headers]
        if missing:
            raise ImportFailed(
                [_("Thiếu cột bắt buộc: %(columns)s.") % {"columns": ", ".join(missing)}]
                + [_("Các cột dùng được: %(columns)s.") % {"columns": ", ".join(COLUMNS)}]
            )
        unknown = [name for name in headers if name and name not in COLUMNS]
        if unknown:
            raise ImportFailed([_("Cột không dùng được: %(columns)s.") % {"columns": ", ".join(unknown)}])
        reader.fieldnames = headers
        rows = []
        for index, raw in enumerate(reader):
            if index >= MAX_ROWS:
                raise ImportFailed([_("Tệp có quá nhiều dòng (tối đa %(max)s).") % {"max": MAX_ROWS}])
            values = {key: (value or "").strip() for key, value in raw.items() if key}
            if not any(values.values()):
                continue
            rows.append((reader.line_num, values))
        if not rows:
            raise ImportFailed([_("Tệp CSV không có dòng dữ liệu nào.")])
        return rows

    # --- lookups -------------------------------------------------------------------------------

    def _find(self, rows, value, line, what):
        key = fold(value).strip()
        by_slug = [row for row in rows if row.slug == value or row.slug == slugify_vi(value)]
        if by_slug:
            return by_slug[0]
        by_name = [row for row in rows if fold(row.name) == key]
        if len(by_name) == 1:
            return by_name[0]
        by_abbreviation = [row for row in rows if getattr(row, "abbreviation", "") and fold(row.abbreviation) == key]
        if len(by_abbreviation) == 1:
            return by_abbreviation[0]
        if len(by_abbreviation) > 1 or len(by_name) > 1:
            self.error(
                line,
                _("%(what)s “%(value)s” khớp với nhiều mục; hãy ghi đường dẫn (slug), ví dụ %(slug)s.")
                % {"what": what, "value": value, "slug": (by_abbreviation or by_name)[0].slug},
            )
            return None
        self.error(line, _("Không có %(what)s “%(value)s”.") % {"what": what, "value": value})
        return None

    def _date(self, values, column, line, label, required=False):
        try:
            value = parse_date(values.get(column))
        except ValueError:
            self.error(
                line,
                _("%(label)s “%(value)s” không đúng dạng ngày/tháng/năm (ví dụ 19/3/2023).")
                % {"label": label, "value": values.get(column)},
            )
            return None
        if value is None and required:
            self.error(line, _("Thiếu %(label)s.") % {"label": label})
        return value

    def _file(self, name, line):
        if self.files_dir is None:
            self.error(line, _("Dòng có tệp “%(name)s” nhưng chưa chỉ thư mục tệp (--files).") % {"name": name})
            return None
        path = (self.files_dir / name).resolve()
        if path.parent != self.files_dir and self.files_dir not in path.parents:
            self.error(line, _("Tệp “%(name)s” nằm ngoài thư mục tệp.") % {"name": name})
            return None
        if not path.is_file():
            self.error(line, _("Không tìm thấy tệp “%(name)s” trong %(dir)s.") % {"name": name, "dir": self.files_dir})
            return None
        data = path.read_bytes()
        try:
            inspect_bytes(data, path.name)
        except ValidationError as exc:
            self.error(line, _("Tệp “%(name)s”: %(message)s") % {"name": name, "message": " ".join(exc.messages)})
            return None
        return (path.name, data)

    # --- validation ----------------------------------------------------------------------------

    def validate(self, line, values):
        from ..models.documents import OfficialDocumentPage

        document_type = self._find(self.types, values["loai_van_ban"], line, _("loại văn bản"))
        issuing_body = self._find(self.bodies, values["co_quan_ban_hanh"], line, _("cơ quan ban hành"))
        number = None
        try:
            extra = (issuing_body.abbreviation,) if issuing_body and issuing_body.abbreviation else ()
            number = numbering.parse(values["so_ky_hieu"], extra_agencies=extra)
        except numbering.InvalidNumber as exc:
            self.error(line, _("Số ký hiệu: %(message)s") % {"message": exc})
        issued_on = self._date(values, "ngay_ban_hanh", line, _("ngày ban hành"), required=True)
        effective_on = self._date(values, "ngay_hieu_luc", line, _("ngày có hiệu lực"))
        expires_on = self._date(values, "ngay_het_hieu_luc", line, _("ngày hết hiệu lực"))
        if not values["trich_yeu"]:
            self.error(line, _("Thiếu trích yếu."))
        status = values.get("tinh_trang", "")
        override = ""
        if status:
            matches = [v for v, label in ValidityStatus.choices if status == v or fold(status) == fold(str(label))]
            if matches:
                override = matches[0]
            else:
                self.error(
                    line,
                    _("Tình trạng “%(value)s” không có; dùng một trong: %(choices)s.")
                    % {"value": status, "choices": ", ".join(str(label) for _v, label in ValidityStatus.choices)},
                )
        areas = []
        for item in filter(None, (part.strip() for part in values.get("linh_vuc", "").split(";"))):
            found = [a for a in self.areas if str(a.number) == item or a.slug == item or fold(a.name) == fold(item)]
            if found:
                areas.append(found[0])
            else:
                self.error(line, _("Không có lĩnh vực “%(value)s” (ghi số 1–6 hoặc tên).") % {"value": item})
        relations = []
        for item in filter(None, (part.strip() for part in values.get("lien_quan", "").split(";"))):
            kind_text, _sep, target = item.partition(":")
            kind = self.kinds.get(kind_text.strip()) or self.kinds.get(slugify_vi(kind_text))
            target_number = numbering.try_parse(target)
            if kind is None or target_number is None:
                self.error(
                    line,
                    _("Quan hệ “%(value)s” không hợp lệ; ghi dạng quan-he:số ký hiệu, ví dụ thuc-hien:828/QĐ-UBND.")
                    % {"value": item},
                )
            else:
                relations.append((kind, target_number.canonical))
        main_file = self._file(values["tep"], line) if values.get("tep") else None
        attachments = [
            attached
            for name in filter(None, (part.strip() for part in values.get("tep_dinh_kem", "").split(";")))
            if (attached := self._file(name, line)) is not None
        ]
        source_url = values.get("nguon", "")
        if source_url and not source_url.startswith(("http://", "https://")):
            self.error(line, _("Nguồn phải là địa chỉ bắt đầu bằng http:// hoặc https://."))
        if None in (number, document_type, issuing_body, issued_on) or not values["trich_yeu"]:
            return None
        existing = (
            OfficialDocumentPage.objects.filter(
                number=number.canonical,
                issuing_body__translation_key=issuing_body.translation_key,
                locale_id=self.library.locale_id,
            )
            .order_by("pk")
            .first()
        )
        probe = OfficialDocumentPage(
            number=number.canonical,
            document_type=document_type,
            issuing_body=issuing_body,
            issued_on=issued_on,
            effective_on=effective_on,
            expires_on=expires_on,
        )
        if existing is not None:
            probe.translation_key = existing.translation_key
        for message in probe._number_consistency_errors(number).get("number", []):
            self.error(line, _("Số ký hiệu: %(message)s") % {"message": message})
        if effective_on and effective_on < issued_on:
            self.error(line, _("Ngày có hiệu lực không thể trước ngày ban hành."))
        if expires_on and expires_on < (effective_on or issued_on):
            self.error(line, _("Ngày hết hiệu lực không thể trước ngày có hiệu lực."))
        return Row(
            line=line,
            number=number,
            document_type=document_type,
            issuing_body=issuing_body,
            issued_on=issued_on,
            excerpt=values["trich_yeu"],
            effective_on=effective_on,
            expires_on=expires_on,
            validity_override=override,
            signer=values.get("nguoi_ky", ""),
            signer_title=values.get("chuc_danh", ""),
            areas=areas,
            main_file=main_file,
            attachments=attachments,
            relations=relations,
            source_url=source_url,
            note=values.get("ghi_chu", ""),
            title=values.get("ten", ""),
            existing=existing,
        )

    def row_key(self, row):
        return (row.number.canonical, row.issuing_body.pk)

    def duplicate_message(self, row, other_line):
        return _("Số ký hiệu %(number)s của %(body)s trùng với dòng %(other)s.") % {
            "number": row.number,
            "body": row.issuing_body.name,
            "other": other_line,
        }

    # --- writing -------------------------------------------------------------------------------

    def _stored_file(self, named, title, result):
        from ..models.media import ReformDocument

        name, data = named
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        existing = ReformDocument.objects.filter(file_hash=digest).order_by("pk").first()
        if existing is not None:
            result.unchanged_files += 1
            return existing
        document = ReformDocument(title=title[:255])
        document.file = ContentFile(data, name=name)
        document._set_document_file_metadata()
        document.save()
        return document

    def write(self, rows):
        from ..models.documents import DocumentAttachment, DocumentRelation, OfficialDocumentPage

        result = Result()
        for row in rows:
            page = row.existing.specific if row.existing is not None else OfficialDocumentPage()
            title = row.title or OfficialDocumentPage.compose_title(row.document_type, row.number)
            page.title = title
            page.number = row.number.canonical
            page.document_type = row.document_type
            page.issuing_body = row.issuing_body
            page.issued_on = row.issued_on
            page.excerpt = row.excerpt
            page.effective_on = row.effective_on
            page.expires_on = row.expires_on
            page.validity_override = row.validity_override
            page.signer = row.signer
            page.signer_title = row.signer_title
            page.source_url = row.source_url
            page.note = row.note
            page.reform_areas = row.areas
            if row.main_file is not None:
                page.main_file = self._stored_file(row.main_file, title, result)
            page.attachments = [
                DocumentAttachment(document=self._stored_file(named, f"{title} — {named[0]}", result), sort_order=i)
                for i, named in enumerate(row.attachments)
            ]
            page.relations = [
                DocumentRelation(kind=kind, target_number=target, sort_order=i)
                for i, (kind, target) in enumerate(row.relations)
            ]
            if row.existing is None:
                self.library.add_child(instance=page)
                result.created += 1
            else:
                result.updated += 1
            page.save_revision().publish()
        return result
