"""The self-test's one-page PDF: the same fonts, frame and build as every real report."""

from __future__ import annotations

from emp_desktop.reports.layout import PdfMeta, build_pdf, heading, para


def self_test_page() -> bytes:
    meta = PdfMeta(
        title="EMP Desktop – zelftest",
        author="EMP Desktop",
        subject="Proefpagina van de zelftest",
        footer="Zelftest",
    )
    story = [
        heading("Zelftest"),
        para("Deze pagina bewijst dat PDF-opmaak en ingesloten lettertypen werken: é ë ï ö ü – €."),
    ]
    return build_pdf(story, meta)
