"""Municipal geometry and count classes, pure Python: shared by the PDF map (geo_map) and
the Qt map widget, so both draw the same shapes with the same classes and colours.

The geometry is the CBS municipal boundaries shipped in resources/geo (see its README).
Projection: equirectangular around a fixed latitude (x scaled by cos(LAT0)), in
kilometres, y growing northwards (a Qt widget flips y). At the scale of the Netherlands the
error against a conformal projection is under 2 %, invisible on a choropleth.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType

from emp_desktop.locations import resources_dir
from emp_desktop.reports.dto import Figure

Ring = tuple[tuple[float, float], ...]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1

LAT0, LON0 = 52.0, 5.3
EARTH_KM = 6371.0
# The wording the data's README prescribes (CC BY 4.0 requires it, and says "modified").
ATTRIBUTION = (
    "Gemeentegrenzen: © CBS / Kadaster – CBS Gebiedsindelingen (via PDOK), CC BY 4.0. Bewerkt."
)

# Class label, lowest value, colour (ColorBrewer "Purples", colour-blind safe, prints in grey).
CLASSES: tuple[tuple[str, int, str], ...] = (
    ("0", 0, "#f4f3f8"),
    ("1–4", 1, "#d6d2e8"),
    ("5–9", 5, "#a9a2cf"),
    ("10–24", 10, "#7a6cb3"),
    ("25+", 25, "#4a2a8c"),
)
# Not a size class: a hidden cell may be small or hidden to protect another one, and a
# folded municipality is counted only together with the others in "Overige regiogemeenten".
HIDDEN_CLASS = "niet gepubliceerd"
FOLDED_CLASS = "samengevoegd"
CLASS_HEX = {label: hex_ for label, _, hex_ in CLASSES} | {
    HIDDEN_CLASS: "#f1e4c6",
    FOLDED_CLASS: "#c7dedb",
}
CONTEXT_HEX = "#e9e9ec"  # municipalities outside the region, drawn as context
FOLDED_TEXT = "overig"  # on a map instead of a figure: counted in Overige regiogemeenten


def count_class(value: int | None) -> str:
    """The class label of one count; None (hidden) has a class of its own."""
    if value is None:
        return HIDDEN_CLASS
    if value < 0:
        raise ValueError("a count cannot be negative")
    return [label for label, lowest, _ in CLASSES if value >= lowest][-1]


def map_classes(
    counts: Mapping[str, Figure | int | None], folded: Iterable[str] = ()
) -> dict[str, str]:
    """Class label per code. Accepts Figures or plain ints (None = hidden); codes in
    `folded` are in the folded class whatever their figure."""
    classes = {code: count_class(_value(count)) for code, count in counts.items()}
    return classes | {code: FOLDED_CLASS for code in folded}


def legend_classes(used: set[str]) -> list[str]:
    """The classes a legend lists: every size class a published figure can have (1–4 only
    if drawn: published counts are never that small), then hidden and folded where used."""
    sizes = [label for label, _, _ in CLASSES if label != "1–4" or label in used]
    return sizes + [c for c in (HIDDEN_CLASS, FOLDED_CLASS) if c in used]


def _value(count: Figure | int | None) -> int | None:
    return count.value if isinstance(count, Figure) else count


def project(lon: float, lat: float) -> tuple[float, float]:
    x = EARTH_KM * math.radians(lon - LON0) * math.cos(math.radians(LAT0))
    return x, EARTH_KM * math.radians(lat - LAT0)


@cache
def _geojson() -> dict:
    with open(resources_dir() / "geo" / "nl_gemeenten.geojson", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def municipality_paths() -> Mapping[str, tuple[Ring, ...]]:
    """Projected rings per CBS code: exteriors and holes alike, to be filled even-odd.
    Read and projected once per process (about 41,000 vertices)."""
    paths: dict[str, tuple[Ring, ...]] = {}
    for feature in _geojson()["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        paths[feature["properties"]["code"]] = tuple(
            tuple(project(lon, lat) for lon, lat in ring)
            for polygon in polygons
            for ring in polygon
        )
    return MappingProxyType(paths)


def bounds(codes: Iterable[str]) -> Box:
    paths = municipality_paths()
    xs = [x for code in codes for ring in paths[code] for x, _ in ring]
    ys = [y for code in codes for ring in paths[code] for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def intersects(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@cache
def code_bounds() -> Mapping[str, Box]:
    return MappingProxyType({code: bounds([code]) for code in municipality_paths()})


@cache
def label_point(code: str) -> tuple[float, float]:
    """An interior point far from the border (a coarse "pole of inaccessibility"): a
    centroid can fall outside a C-shaped municipality such as Eersel. Grid search,
    refined twice around the best cell; cached per code."""
    rings = municipality_paths()[code]
    x0, y0, x1, y1 = code_bounds()[code]
    best, step = ((x0 + x1) / 2, (y0 + y1) / 2), max(x1 - x0, y1 - y0) / 10
    candidates = [
        (x0 + (i + 0.5) * (x1 - x0) / 10, y0 + (j + 0.5) * (y1 - y0) / 10)
        for i in range(10)
        for j in range(10)
    ]
    for _ in range(3):
        score, point = max((inside_distance(p, rings), p) for p in candidates)
        if score > 0:
            best = point
        step /= 2.5
        candidates = [
            (best[0] + i * step, best[1] + j * step) for i in range(-2, 3) for j in range(-2, 3)
        ]
    return best


def inside_distance(point: tuple[float, float], rings: tuple[Ring, ...]) -> float:
    """Distance to the nearest border if the point is inside (even-odd), else -1."""
    px, py = point
    inside, nearest = False, math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
                inside = not inside
            nearest = min(nearest, _segment_distance(px, py, ax, ay, bx, by))
    return nearest if inside else -1.0


def _segment_distance(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)
