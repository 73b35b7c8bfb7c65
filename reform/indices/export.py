"""All index results as CSV, in the very columns the importer reads: download, edit, import again."""

import csv
import io

from django.http import HttpResponse

from .importer import COLUMNS


def plain(number):
    """Decimal("85.0300") → "85.03"; Decimal("100.0000") → "100"; None → ""."""
    if number is None:
        return ""
    return f"{number.normalize():f}"


def result_row(result, source_numbers):
    components = "; ".join(
        f"{c.name}: {plain(c.score)}" + (f"/{plain(c.maximum)}" if c.maximum is not None else "")
        for c in result.components.all()
    )
    return {
        "index": result.index,
        "year": result.year,
        "subject": result.subject,
        "subject_name": result.subject_name,
        "score": plain(result.score),
        "maximum": plain(result.maximum),
        "rank": result.rank or "",
        "rank_of": result.rank_of or "",
        "grade": result.grade,
        "source_note": result.source_note,
        "source_url": result.source_url,
        "source_document": source_numbers.get(result.source_document_id, ""),
        "is_sample": "có" if result.is_sample else "không",
        "components": components,
        "note": result.note,
    }


def results_csv(results, source_numbers):
    """UTF-8 with a byte-order mark so Excel shows the Vietnamese text; "," and decimal points."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for result in results:
        writer.writerow(result_row(result, source_numbers))
    return "\ufeff" + buffer.getvalue()


def csv_response(results, source_numbers, filename="chi-so-cai-cach-hanh-chinh.csv"):
    response = HttpResponse(results_csv(results, source_numbers), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
