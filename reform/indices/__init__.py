"""Reform indices (PAR INDEX, SIPAS, PAPI, PCI, ICT Index/DTI): public page, CSV import and export, admin.

The results themselves are reform.models.indices.IndexResult; docs/indices.md explains the indices,
the CSV columns and the sample-data rule.
"""
