"""ReportLab documents and charts: DTOs in, bytes out; no database, no Qt (issue 6)."""
