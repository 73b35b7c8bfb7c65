"""The document library: search, validity, uploads, citations, import, feeds and views.

The models live in reform/models/documents.py; document numbers in reform/numbering.py.
"""
