"""What every CSV import of the site shares: check every row first, then write all of them or none.

Subclasses read their file (``rows()`` → (line, values) pairs), check one row (``validate``), name what
makes two rows the same entry (``row_key`` and ``duplicate_message``) and write (``write``). Errors are
collected with the spreadsheet's line number, so an editor fixes the whole file in one pass.
"""

from abc import ABC, abstractmethod

from django.db import transaction
from django.utils.translation import gettext as _


class ImportFailed(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


class RowImporter(ABC):
    result_class = None  # each importer's dataclass with created, updated and dry_run

    def __init__(self):
        self.errors = []

    def error(self, line, message):
        self.errors.append(_("Dòng %(line)s: %(message)s") % {"line": line, "message": message})

    @abstractmethod
    def rows(self): ...

    @abstractmethod
    def validate(self, line, values): ...

    @abstractmethod
    def row_key(self, row): ...

    @abstractmethod
    def duplicate_message(self, row, other_line): ...

    @abstractmethod
    def write(self, rows): ...

    def validate_all(self):
        rows, seen = [], {}
        for line, values in self.rows():
            row = self.validate(line, values)
            if row is None:
                continue
            key = self.row_key(row)
            if key in seen:
                self.error(line, self.duplicate_message(row, seen[key]))
            seen[key] = line
            rows.append(row)
        if self.errors:
            raise ImportFailed(self.errors)
        return rows

    def run(self, dry_run=False):
        rows = self.validate_all()
        if dry_run:
            return self.result_class(
                created=sum(1 for row in rows if row.existing is None),
                updated=sum(1 for row in rows if row.existing is not None),
                dry_run=True,
            )
        with transaction.atomic():
            return self.write(rows)
