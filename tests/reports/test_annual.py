"""The annual report, read back from the real PDF with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from PIL import Image
from pypdf.generic import ContentStream
from reportlab.graphics import renderPDF

from emp_desktop.domain.errors import LogoUnreadable
from emp_desktop.reports.annual import render_annual_report
from emp_desktop.reports.charts import nice_step, year_chart
from emp_desktop.reports.dto import HIDDEN_LEGEND, HIDDEN_MARK, CountTable, Figure
from emp_desktop.reports.geo_map import ATTRIBUTION
from emp_desktop.reports.sample import sample_annual_report_data
from tests.reports.pdftext import CANARY, all_text, metadata_text, page_texts, reader


def test_holds_the_expected_figures(annual_pdf: bytes) -> None:
    text = all_text(annual_pdf)
    for expected in (
        "Jaarverslag",
        "Zorgcoördinatie mensenhandel",
        "2025",
        "Expertisecentrum Mensenhandel en (jeugd)Prostitutie",
        "318 meldingen (vermoedelijke) slachtoffers",
        "4.876 contactmomenten",
        "1.203 waarvan outreachend",
        "3.412 mensen bereikt",
        "87 (68%)",
        "Seksuele uitbuiting 171",
        "Politie / AVIM 62",
        "Eindhoven 182",
        "Overig Noord-Brabant 34",
    ):
        assert expected in text, expected


def test_historic_years_continue_into_the_system_years(annual_pdf: bytes) -> None:
    chart_page = next(
        t for t in page_texts(annual_pdf) if "Meldingen per jaar" in t and "2015" in t
    )
    numbers = re.sub(r"\s+", " ", chart_page)
    for year, count in ((2015, 66), (2016, 97), (2017, 176), (2024, 305), (2025, 318)):
        assert str(year) in numbers and str(count) in numbers


def test_dutch_characters_survive(annual_pdf: bytes) -> None:
    text = all_text(annual_pdf)
    for word in ("coördinatie", "creëren", "continuïteit", "Naïeve", "financiële", "één"):
        assert word in text, word


def _fonts_showing_text(pdf: bytes) -> set[str]:
    """BaseFont names of the fonts that actually show text (Tj/TJ). A Tf without text
    (ReportLab's drawings reset the state to Helvetica) renders no glyph."""
    used: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"Tf":
                current = str(fonts[operands[0]].get_object()["/BaseFont"])
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current:
                used.add(current)
    return used


def test_text_is_shown_only_in_the_embedded_truetype_font(annual_pdf: bytes) -> None:
    used = _fonts_showing_text(annual_pdf)
    assert used and all("DejaVuSans" in name for name in used), used
    for page in reader(annual_pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if str(font["/BaseFont"]) in used:
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor  # the TrueType program is in the file


def test_hidden_figures_print_as_the_marker_never_a_number(annual_pdf: bytes) -> None:
    text = all_text(annual_pdf)
    # In the sample these cells are hidden (Figure(None)); each prints "·", no digit, and
    # never a false bound: a hidden cell may be large (hidden to protect another).
    for label in ("Gedwongen orgaanverwijdering", "Koninklijke Marechaussee", "X / anders"):
        assert re.search(re.escape(label) + r" ·", text), label
    assert re.search(r"Waalre ·", text)  # a map label
    assert re.search(r"Onbekend ·", text)  # the totals box beside the map
    assert "<5" not in text and "<10" not in text
    assert text.count(HIDDEN_LEGEND) >= 3  # beside the tables, the map and in the introduction


def test_a_hidden_class_label_is_printed_as_given() -> None:
    data = sample_annual_report_data(2025)
    forms = CountTable.one_way(
        "Vormen van uitbuiting",
        "Vorm",
        {"Seksuele uitbuiting": Figure(40), "Arbeidsuitbuiting": Figure(None, "1–9")},
    )
    pdf = render_annual_report(replace(data, forms=forms))
    assert "Arbeidsuitbuiting 1–9" in all_text(pdf)


def test_hidden_year_in_the_chart_prints_the_label() -> None:
    data = sample_annual_report_data(2025)
    years = {**data.registrations_per_year, 2014: Figure(None)}
    text = all_text(render_annual_report(replace(data, registrations_per_year=years)))
    assert "2014" in text and HIDDEN_LEGEND in text and "<5" not in text


def test_metadata_names_the_organisation_and_year_only() -> None:
    data = sample_annual_report_data(2025)
    data = replace(
        data,
        introduction=f"Inleiding met {CANARY}.",
        development_points=f"- Ontwikkelpunt {CANARY}",
    )
    pdf = render_annual_report(data)
    assert CANARY in all_text(pdf)  # the body does print the free text …
    meta = reader(pdf).metadata
    assert CANARY not in metadata_text(pdf)  # … the document properties never do
    assert meta.title == "Jaarverslag zorgcoördinatie mensenhandel 2025"
    assert meta.author == data.organisation_name
    assert meta.creator == "EMP Desktop"
    assert not (meta.get("/Keywords") or "").strip()


def test_document_language_outline_and_display_title(annual_pdf: bytes) -> None:
    pdf = reader(annual_pdf)
    root = pdf.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = [item.title for item in pdf.outline if not isinstance(item, list)]
    assert titles[:3] == ["Inleiding", "De vier taken van de zorgcoördinator", "Meldingen per jaar"]


def test_contents_and_page_numbers_agree(annual_pdf: bytes) -> None:
    pdf = reader(annual_pdf)
    texts = page_texts(annual_pdf)
    total = len(texts)
    assert "Pagina" not in texts[0]  # the cover has no number
    for number, text in enumerate(texts[1:], start=2):
        assert f"Pagina {number} van {total}" in text
    contents = re.sub(r"[\s.]+", " ", texts[1])
    for item in pdf.outline:
        if isinstance(item, list):
            continue
        page = pdf.get_destination_page_number(item) + 1
        assert re.search(re.escape(item.title) + rf" {page}\b", contents), item.title


def test_charts_and_map_are_vectors(annual_pdf: bytes) -> None:
    for page in reader(annual_pdf).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not xobjects  # no raster images without a logo


def test_map_carries_the_attribution(annual_pdf: bytes) -> None:
    assert ATTRIBUTION in all_text(annual_pdf)


def test_logo_is_placed_on_the_cover() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (106, 61, 154)).save(buffer, format="PNG")
    data = replace(sample_annual_report_data(2025), logo_png=buffer.getvalue())
    cover = reader(render_annual_report(data)).pages[0]
    assert cover["/Resources"]["/XObject"]


def test_an_unreadable_logo_is_a_clear_error() -> None:
    data = replace(sample_annual_report_data(2025), logo_png=b"not a png")
    with pytest.raises(LogoUnreadable):
        render_annual_report(data)


def test_progress_rises_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    render_annual_report(sample_annual_report_data(2025), lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1] == (100, 100) and len(calls) > 5


def test_figure_refuses_negative_and_unlabelled_hidden_values() -> None:
    with pytest.raises(ValueError):
        Figure(-1)
    with pytest.raises(ValueError):
        Figure(None, " ")
    assert Figure(12345).text() == "12.345"
    assert Figure(None).text() == HIDDEN_MARK


@pytest.mark.parametrize(
    ("maximum", "step"), [(0, 1), (4.4, 1), (72.6, 20), (220, 50), (610.5, 100), (13580, 2000)]
)
def test_axis_steps_are_round_and_few(maximum: float, step: int) -> None:
    assert nice_step(maximum) == step


def test_a_long_history_keeps_every_year_on_the_chart() -> None:
    years = {y: Figure(100 + y % 50) for y in range(2005, 2036)}
    text = all_text(renderPDF.drawToString(year_chart(years, 482, highlight=2025)))
    assert all(str(year) in text for year in years)
