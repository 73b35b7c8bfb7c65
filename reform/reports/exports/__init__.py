"""Exports of a report's figures dict: DOCX (Nghị định 30/2020 layout), XLSX and CSV.

Each takes the dict reform.reports.figures.compute() returns (or a saved snapshot of it) and
returns the file's content; none reads the database.
"""

from .csv import build_csv
from .docx import build_docx
from .xlsx import build_xlsx

__all__ = ["build_csv", "build_docx", "build_xlsx"]
