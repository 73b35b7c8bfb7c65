"""Saved periodic reports: a snapshot of the report screen's figures with the Office's narrative,
approved by the department's leadership (docs/saved-reports.md)."""
