"""The choropleth: every municipality draws, classes are right at their edges, holes stay
open (checked on the rendered pixels, not on the path description)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import FILL_EVEN_ODD, Drawing, Group
from reportlab.graphics.shapes import Path as RLPath

from emp_desktop.domain import municipalities
from emp_desktop.locations import resources_dir
from emp_desktop.reports import geo_map
from emp_desktop.reports.dto import Figure, LabelledFigure
from emp_desktop.reports.geo_map import (
    Viewport,
    map_classes,
    municipality_paths,
    municipality_shape,
    national_map,
    region_map,
)
from tests.reports.pdftext import all_text

with open(resources_dir() / "geo" / "gemeenten.csv", encoding="utf-8", newline="") as _f:
    ALL_CODES = [row["code"] for row in csv.DictReader(_f)]


def _shapes(node: Group) -> list[RLPath]:
    found = []
    for child in node.contents:
        if isinstance(child, Group):
            found += _shapes(child)
        elif isinstance(child, geo_map.MunicipalityPath):
            found.append(child)
    return found


def test_every_municipality_has_projected_rings() -> None:
    paths = municipality_paths()
    assert len(ALL_CODES) == 342 and set(paths) == set(ALL_CODES)
    assert all(len(ring) >= 4 for rings in paths.values() for ring in rings)


def test_national_map_draws_all_342_with_their_class() -> None:
    counts = {code: Figure(i % 40 or None) for i, code in enumerate(ALL_CODES)}
    drawing = national_map(counts)
    shapes = {shape.municipality_code: shape for shape in _shapes(drawing)}
    assert set(shapes) == set(ALL_CODES)
    classes = map_classes(counts)
    for code, shape in shapes.items():
        assert shape.fillColor == geo_map.CLASS_COLOURS[classes[code]]
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")


def test_region_map_accepts_counts_for_every_code() -> None:
    counts = {code: Figure(7) for code in ALL_CODES}
    drawing = region_map(counts, (LabelledFigure("Onbekend", Figure(None)),))
    drawn = {shape.municipality_code for shape in _shapes(drawing)}
    assert set(municipalities.region_codes()) <= drawn
    pdf = renderPDF.drawToString(drawing)
    text = all_text(pdf)
    assert "Eindhoven" in text and "Onbekend ·" in text and geo_map.ATTRIBUTION in text


def test_hidden_region_count_prints_its_label() -> None:
    counts = {code: Figure(12) for code in municipalities.region_codes()}
    counts["GM0866"] = Figure(None)  # Waalre
    text = all_text(renderPDF.drawToString(region_map(counts)))
    assert "Waalre ·" in text and "Eindhoven 12" in text and "<5" not in text
    assert "niet gepubliceerd" in text  # the hidden class has its own legend entry


def test_folded_municipalities_get_their_own_class_and_legend() -> None:
    counts = {code: Figure(12) for code in municipalities.region_codes()}
    folded = ("GM0866", "GM1724")  # Waalre, Bergeijk
    drawing = region_map(counts, folded=folded)
    fills = {s.municipality_code: s.fillColor for s in _shapes(drawing)}
    assert fills["GM0866"] == fills["GM1724"] == geo_map.CLASS_COLOURS[geo_map.FOLDED_CLASS]
    assert fills["GM0772"] == geo_map.CLASS_COLOURS["10–24"]
    text = all_text(renderPDF.drawToString(drawing))
    assert "Waalre overig" in text and "samengevoegd" in text and "Waalre 12" not in text


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (0, "0"),
        (1, "1–4"),
        (4, "1–4"),
        (5, "5–9"),
        (9, "5–9"),
        (10, "10–24"),
        (24, "10–24"),
        (25, "25+"),
        (10_000, "25+"),
        (None, "niet gepubliceerd"),
    ],
)
def test_count_classes_at_their_boundaries(value: int | None, label: str) -> None:
    assert map_classes({"GM0772": value}) == {"GM0772": label}
    assert map_classes({"GM0772": Figure(value)}) == {"GM0772": label}


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError):
        geo_map.count_class(-1)


def _signed_area(ring: tuple[tuple[float, float], ...]) -> float:
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs) / 2


def test_baarle_nassau_keeps_its_holes() -> None:
    rings = municipality_paths()["GM0744"]
    holes = [ring for ring in rings if _signed_area(ring) < 0]  # RFC 7946: holes clockwise
    assert len(holes) == 12
    view = Viewport(geo_map.bounds(["GM0744"]), 0, 0, 400, 400)
    shape = municipality_shape("GM0744", view, geo_map.CLASS_COLOURS["25+"])
    assert shape.fillMode == FILL_EVEN_ODD


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_holes_render_unfilled(tmp_path: Path) -> None:
    """Rasterise Baarle-Nassau alone and look at the pixel in the middle of the largest
    enclave: it must be page white, while a point of the municipality is filled."""
    size = 600
    view = Viewport(geo_map.bounds(["GM0744"]), 0, 0, size, size)
    drawing = Drawing(size, size)
    drawing.add(municipality_shape("GM0744", view, geo_map.CLASS_COLOURS["25+"], stroke_width=0))
    pdf = tmp_path / "baarle.pdf"  # a map, no personal data
    pdf.write_bytes(renderPDF.drawToString(drawing))
    subprocess.run(
        ["pdftoppm", "-r", "72", "-png", "-singlefile", str(pdf), str(tmp_path / "baarle")],
        check=True,
    )
    image = Image.open(tmp_path / "baarle.png").convert("RGB")
    rings = municipality_paths()["GM0744"]
    hole = max((r for r in rings if _signed_area(r) < 0), key=lambda r: -_signed_area(r))
    inside_hole = _interior_point(hole)
    filled = geo_map.label_point("GM0744")
    assert _pixel(image, view, inside_hole, size) == (255, 255, 255)
    assert _pixel(image, view, filled, size) != (255, 255, 255)


def _interior_point(ring: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    grid = [
        (min(xs) + (max(xs) - min(xs)) * i / 20, min(ys) + (max(ys) - min(ys)) * j / 20)
        for i in range(1, 20)
        for j in range(1, 20)
    ]
    return max(grid, key=lambda p: geo_map.inside_distance(p, (ring,)))


def _pixel(
    image: Image.Image, view: Viewport, point: tuple[float, float], size: int
) -> tuple[int, int, int]:
    x, y = view.point(*point)
    return image.getpixel((int(x), int(size - y)))
