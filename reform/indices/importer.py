"""Import index results from CSV: one parser for `manage.py import_indices` and the admin upload.

Columns (header row required; English or Vietnamese names, see docs/indices.md):

    index*  year*  subject  subject_name*  score*  maximum  rank  rank_of  grade
    source_note  source_url  source_document  is_sample  components  note

UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), separated by ";" or "," (read
from the header line), text normalised to NFC. Every row is checked first and every problem is
reported with its row number in Vietnamese; if there is any, nothing is written. A row updates
the result of the same index, year and subject, so importing a file again changes nothing.
"""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .. import numbering
from ..csvimport import ImportFailed, RowImporter
from ..text import nfc
from . import parsing

# canonical column → the other names accepted in the header (folded by parsing.key).
COLUMNS = {
    "index": ("chi_so", "ten_chi_so"),
    "year": ("nam", "nam_danh_gia"),
    "subject": ("doi_tuong",),
    "subject_name": ("ten_doi_tuong", "don_vi"),
    "score": ("diem", "ty_le", "ket_qua"),
    "maximum": ("toi_da", "thang_diem", "diem_toi_da"),
    "rank": ("xep_hang", "thu_hang"),
    "rank_of": ("tren_tong_so", "tong_so"),
    "grade": ("xep_loai",),
    "source_note": ("nguon",),
    "source_url": ("duong_dan_nguon", "duong_dan"),
    "source_document": ("van_ban_cong_bo", "van_ban", "so_ky_hieu"),
    "is_sample": ("du_lieu_mau", "so_lieu_mau", "mau"),
    "components": ("chi_so_thanh_phan", "thanh_phan"),
    "note": ("ghi_chu",),
}
REQUIRED = ("index", "year", "subject_name", "score")
MAX_ROWS = 5_000
MAX_BYTES = 2 * 1024 * 1024


@dataclass
class Row:
    line: int
    fields: dict
    components: list = field(default_factory=list)  # (name, score, maximum)
    existing: object = None


@dataclass
class Result:
    created: int = 0
    updated: int = 0
    dry_run: bool = False
    rows: list = field(default_factory=list)


def _header_names():
    names = {}
    for canonical, aliases in COLUMNS.items():
        for name in (canonical, *aliases):
            names[parsing.key(name)] = canonical
    return names


def decode(data):
    """Bytes of a CSV file → NFC text; ImportFailed for anything that is not UTF-8 text."""
    if len(data) > MAX_BYTES:
        raise ImportFailed([_("Tệp quá lớn (tối đa 2 MB).")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFailed([_("Tệp CSV phải được lưu bằng mã UTF-8 (trong Excel: Lưu thành… “CSV UTF-8”).")]) from None
    if "\x00" in text:
        raise ImportFailed([_("Tệp CSV chứa ký tự NUL: đây không phải tệp văn bản.")])
    return nfc(text)


def _records(reader):
    try:
        yield from reader
    except csv.Error:
        raise ImportFailed(
            [_("Dòng %(line)s: không đọc được tệp CSV (dấu ngoặc kép chưa đóng?).") % {"line": reader.line_num}]
        ) from None


def read_rows(text):
    """(line number, {canonical column: value}) for every non-empty row."""
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([_("Tệp CSV trống.")]) from None
    known = _header_names()
    columns, unknown = [], []
    for name in header:
        canonical = known.get(parsing.key(name))
        if name.strip() and canonical is None:
            unknown.append(name.strip())
        columns.append(canonical)
    errors = []
    if unknown:
        errors.append(_("Cột không dùng được: %(columns)s.") % {"columns": ", ".join(unknown)})
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        errors.append(_("Thiếu cột bắt buộc: %(columns)s.") % {"columns": ", ".join(missing)})
    if errors:
        raise ImportFailed([*errors, _("Các cột dùng được: %(columns)s.") % {"columns": ", ".join(COLUMNS)}])
    rows = []
    # Row numbers as a spreadsheet shows them: the header is row 1, whatever line breaks cells hold.
    for number, cells in enumerate(_records(reader), start=2):
        if len(rows) >= MAX_ROWS:
            raise ImportFailed([_("Tệp có quá nhiều dòng (tối đa %(max)s).") % {"max": MAX_ROWS}])
        if any(cell.strip() for cell in cells[len(columns) :]):
            errors.append(
                _("Dòng %(line)s: có nhiều ô hơn số cột ở dòng đầu; ô có dấu “%(delimiter)s” phải nằm trong ngoặc kép.")
                % {"line": number, "delimiter": delimiter}
            )
            continue
        values = {column: cell.strip() for column, cell in zip(columns, cells, strict=False) if column}
        if any(values.values()):
            rows.append((number, values))
    if errors:
        raise ImportFailed(errors)
    if not rows:
        raise ImportFailed([_("Tệp CSV không có dòng dữ liệu nào.")])
    return rows


class Importer(RowImporter):
    """Checks every row, then writes all of them in one transaction, or none."""

    result_class = Result

    def __init__(self, data):
        super().__init__()
        self.data = data

    def rows(self):
        return read_rows(decode(self.data))

    def row_key(self, row):
        return (row.fields["index"], row.fields["year"], row.fields["subject"])

    def duplicate_message(self, row, other_line):
        return _("Kết quả này trùng chỉ số, năm và đối tượng với dòng %(other)s.") % {"other": other_line}

    def _parse(self, line, values, name, parser, *args, failed):
        try:
            return parser(values.get(name, ""), *args)
        except ValueError as error:
            self.error(line, str(error))
            failed.add(name)
            return None

    def _source_document(self, line, text):
        from ..models.documents import OfficialDocumentPage

        if not text:
            return None
        number = numbering.try_parse(text)
        if number is None:
            self.error(line, _("Văn bản công bố “%(value)s” không phải số ký hiệu văn bản.") % {"value": text})
            return None
        # Several bodies may use the same number: the newest entry wins, as on /van-ban/so/….
        document = (
            OfficialDocumentPage.objects.filter(number_key=number.key, locale__language_code=settings.LANGUAGE_CODE)
            .order_by("-issued_on", "-pk")
            .first()
        )
        if document is None:
            self.error(
                line,
                _("Chưa có văn bản %(number)s trong thư viện văn bản; hãy đăng văn bản trước hoặc ghi đường dẫn nguồn.")
                % {"number": number.canonical},
            )
        return document

    def validate(self, line, values):
        """A Row, or None after recording every problem of the row (not only the first)."""
        from ..models.indices import IndexComponent, IndexResult

        errors_before, failed = len(self.errors), set()

        def parse(name, parser, *args):
            return self._parse(line, values, name, parser, *args, failed=failed)

        index = parse("index", parsing.index_kind)
        fields = {
            "index": index,
            "year": parse("year", parsing.year),
            "subject": parse("subject", parsing.subject),
            "subject_name": values.get("subject_name", ""),
            "score": parse("score", parsing.decimal, _("Điểm")),
            "maximum": parse("maximum", parsing.decimal, _("Thang điểm tối đa")),
            "grade": values.get("grade", ""),
            "source_note": values.get("source_note", ""),
            "source_url": parse("source_url", parsing.url),
            "source_document": self._source_document(line, values.get("source_document", "")),
            "is_sample": parse("is_sample", parsing.flag),
            "note": values.get("note", ""),
        }
        try:
            fields["rank"], fields["rank_of"] = parsing.rank(values.get("rank", ""), values.get("rank_of", ""))
        except ValueError as error:
            self.error(line, str(error))
            fields["rank"] = fields["rank_of"] = None
            failed.update({"rank", "rank_of"})
        if fields["score"] is None and "score" not in failed:
            self.error(line, _("Thiếu điểm."))
            failed.add("score")
        if fields["maximum"] is None and index:
            fields["maximum"] = parsing.DEFAULT_MAXIMUM[index]
        elif fields["maximum"] is None:
            failed.add("maximum")  # unknown index: no scale to fall back on, its error is already there
        if (values.get("source_document") and fields["source_document"] is None) or "is_sample" in failed:
            failed.add("source_note")  # a source was given; its own error says what is wrong with it
        if fields["is_sample"] is None:
            fields["is_sample"] = False
        components = parse("components", parsing.components) or []
        # The model's rules on what could be read, so one upload reports every problem of the row.
        self._model_errors(line, IndexResult(**fields), exclude=["id", *failed], skip=failed)
        for name, score, maximum in components:
            self._model_errors(line, IndexComponent(name=name, score=score, maximum=maximum), exclude=["result", "id"])
        if len(self.errors) > errors_before:
            return None
        existing = IndexResult.objects.filter(index=index, year=fields["year"], subject=fields["subject"]).first()
        return Row(line=line, fields=fields, components=components, existing=existing)

    def _model_errors(self, line, instance, exclude, skip=()):
        """The model's own rules (score ≤ maximum, rank ≤ rank_of, a source or the sample flag…)."""
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                if name in skip:
                    continue
                label = "" if name == "__all__" else f"{instance._meta.get_field(name).verbose_name}: "
                for message in messages:
                    self.error(line, f"{label}{message}")

    def write(self, rows):
        from ..models.indices import IndexComponent, IndexResult

        result = Result()
        for row in rows:
            instance = row.existing or IndexResult()
            for name, value in row.fields.items():
                setattr(instance, name, value)
            instance.save()
            IndexComponent.objects.filter(result=instance).delete()
            IndexComponent.objects.bulk_create(
                IndexComponent(result=instance, name=name, score=score, maximum=maximum, sort_order=order)
                for order, (name, score, maximum) in enumerate(row.components)
            )
            if row.existing is None:
                result.created += 1
            else:
                result.updated += 1
            result.rows.append(instance)
        return result
