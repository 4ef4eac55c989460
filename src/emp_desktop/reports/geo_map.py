"""Choropleth of residence municipalities, as a reportlab.graphics Drawing.

The geometry is CBS municipal boundaries shipped in resources/geo (see its README). The
pure parts — projected rings per municipality and the count classes — are public so the
Qt map widget draws the same map with the same classes.

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

from reportlab.graphics.shapes import FILL_EVEN_ODD, Drawing, Group, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString
from reportlab.pdfbase.pdfmetrics import stringWidth

from emp_desktop.domain import municipalities
from emp_desktop.locations import resources_dir
from emp_desktop.reports.dto import Figure, LabelledFigure
from emp_desktop.reports.layout import FONT, FONT_BOLD, INK, MUTED, register_fonts

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
HIDDEN_CLASS = "1–4"  # a suppressed count (None) is by construction below the threshold 5
CLASS_COLOURS = {label: colors.HexColor(hex_) for label, _, hex_ in CLASSES}
CONTEXT_FILL = colors.HexColor("#e9e9ec")
BORDER = colors.white


def count_class(value: int | None) -> str:
    """The class label of one count; None (hidden) falls in 1–4."""
    if value is None:
        return HIDDEN_CLASS
    if value < 0:
        raise ValueError("a count cannot be negative")
    return [label for label, lowest, _ in CLASSES if value >= lowest][-1]


def map_classes(counts: Mapping[str, Figure | int | None]) -> dict[str, str]:
    """Class label per code. Accepts Figures or plain ints (None = hidden)."""
    return {code: count_class(_value(count)) for code, count in counts.items()}


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
            tuple(project(lon, lat) for lon, lat in ring) for polygon in polygons
            for ring in polygon
        )
    return MappingProxyType(paths)


def bounds(codes: Iterable[str]) -> Box:
    paths = municipality_paths()
    xs = [x for code in codes for ring in paths[code] for x, _ in ring]
    ys = [y for code in codes for ring in paths[code] for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _intersects(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


@cache
def _code_bounds() -> Mapping[str, Box]:
    return MappingProxyType({code: bounds([code]) for code in municipality_paths()})


@cache
def label_point(code: str) -> tuple[float, float]:
    """An interior point far from the border (a coarse "pole of inaccessibility"): a
    centroid can fall outside a C-shaped municipality such as Eersel. Grid search,
    refined twice around the best cell; cached per code."""
    rings = municipality_paths()[code]
    x0, y0, x1, y1 = _code_bounds()[code]
    best, step = ((x0 + x1) / 2, (y0 + y1) / 2), max(x1 - x0, y1 - y0) / 10
    candidates = [(x0 + (i + 0.5) * (x1 - x0) / 10, y0 + (j + 0.5) * (y1 - y0) / 10)
                  for i in range(10) for j in range(10)]
    for _ in range(3):
        score, point = max((_inside_distance(p, rings), p) for p in candidates)
        if score > 0:
            best = point
        step /= 2.5
        candidates = [(best[0] + i * step, best[1] + j * step)
                      for i in range(-2, 3) for j in range(-2, 3)]
    return best


def _inside_distance(point: tuple[float, float], rings: tuple[Ring, ...]) -> float:
    """Distance to the nearest border if the point is inside (even-odd), else -1."""
    px, py = point
    inside, nearest = False, math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > py) != (by > py) and px < ax + (py - ay) * (bx - ax) / (by - ay):
                inside = not inside
            nearest = min(nearest, _segment_distance(px, py, ax, ay, bx, by))
    return nearest if inside else -1.0


def _segment_distance(px: float, py: float, ax: float, ay: float, bx: float,
                      by: float) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


class Viewport:
    """Maps a box in kilometres onto a rectangle in points, keeping the aspect ratio."""

    def __init__(self, box: Box, x: float, y: float, width: float, height: float) -> None:
        span_x, span_y = box[2] - box[0], box[3] - box[1]
        self.scale = min(width / span_x, height / span_y)
        self.ox = x + (width - span_x * self.scale) / 2 - box[0] * self.scale
        self.oy = y + (height - span_y * self.scale) / 2 - box[1] * self.scale
        self.box = box

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.ox + x * self.scale, self.oy + y * self.scale


class MunicipalityPath(Path):
    """A Path that remembers its CBS code, so a drawing can be checked shape by shape."""

    _attrMap = AttrMap(BASE=Path, municipality_code=AttrMapValue(isString))


def municipality_shape(code: str, view: Viewport, fill: colors.Color,
                       stroke: colors.Color = BORDER, stroke_width: float = 0.4) -> Path:
    """All rings of one municipality as one path, filled even-odd so that holes (the
    Baarle-Hertog enclaves in Baarle-Nassau) stay open."""
    path = MunicipalityPath(fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width,
                            fillMode=FILL_EVEN_ODD, strokeLineJoin=1, municipality_code=code)
    for ring in municipality_paths()[code]:
        points = [view.point(x, y) for x, y in ring]
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.closePath()
    return path


def _fill(code: str, classes: Mapping[str, str]) -> colors.Color:
    return CLASS_COLOURS[classes.get(code, "0")]


def _clip(view: Viewport, x: float, y: float, w: float, h: float) -> Group:
    group = Group()
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(x, y)
    clip.lineTo(x + w, y)
    clip.lineTo(x + w, y + h)
    clip.lineTo(x, y + h)
    clip.closePath()
    group.add(clip)
    return group


def _visible_box(view: Viewport, x: float, y: float, w: float, h: float) -> Box:
    return ((x - view.ox) / view.scale, (y - view.oy) / view.scale,
            (x + w - view.ox) / view.scale, (y + h - view.oy) / view.scale)


def _padded(box: Box, fraction: float) -> Box:
    dx, dy = (box[2] - box[0]) * fraction, (box[3] - box[1]) * fraction
    return box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy


def _region_shapes(group: Group, region: Iterable[str], view: Viewport,
                   classes: Mapping[str, str]) -> None:
    """Two passes give the region a dark outer outline with white inner borders without
    computing a polygon union: the second fill covers the inner half of the dark stroke."""
    region = list(region)
    for code in region:
        group.add(municipality_shape(code, view, _fill(code, classes), INK, 1.6))
    for code in region:
        group.add(municipality_shape(code, view, _fill(code, classes), BORDER, 0.7))


def region_map(
    counts: Mapping[str, Figure],
    outside: Iterable[LabelledFigure] = (),
    width: float = 482,
    region_codes: Iterable[str] = (),
) -> Drawing:
    """The region in detail (classes and figures), its surroundings grey, an inset of
    Noord-Brabant, the legend, the totals outside the region, and the attribution."""
    register_fonts()
    region = tuple(region_codes) or tuple(municipalities.region_codes())
    classes = map_classes(counts)
    side_w = 150.0
    box = _padded(bounds(region), 0.03)
    map_w = width - side_w - 12
    height = max(330.0, 18 + map_w * (box[3] - box[1]) / (box[2] - box[0]))
    drawing = Drawing(width, height)
    rect = (0.0, 18.0, map_w, height - 18)
    view = Viewport(box, *rect)
    group = _clip(view, *rect)
    visible = _visible_box(view, *rect)
    for code, box in _code_bounds().items():
        if code not in region and _intersects(box, visible):
            group.add(municipality_shape(code, view, CONTEXT_FILL))
    _region_shapes(group, region, view, classes)
    drawing.add(group)
    drawing.add(Rect(*rect, fillColor=None, strokeColor=MUTED, strokeWidth=0.4))
    for code in region:
        _label(drawing, code, view, counts.get(code, Figure(0)))
    side_x = rect[2] + 12
    top = _inset(drawing, classes, region, visible, side_x, height, side_w)
    top = _legend(drawing, side_x, top - 10)
    _totals_box(drawing, list(outside), side_x, top - 12, side_w)
    drawing.add(String(0, 4, ATTRIBUTION, fontName=FONT, fontSize=6.5, fillColor=MUTED))
    return drawing


def _label(drawing: Drawing, code: str, view: Viewport, figure: Figure) -> None:
    """Name and figure on a translucent white tag: readable on every class colour, and
    a long name may cross a border without getting lost."""
    x, y = view.point(*label_point(code))
    name, value = municipalities.name(code), figure.text()
    width = max(stringWidth(name, FONT, 6.3), stringWidth(value, FONT_BOLD, 7.5)) + 6
    drawing.add(Rect(x - width / 2, y - 10.5, width, 19.5, rx=2, ry=2, fillColor=colors.white,
                     fillOpacity=0.8, strokeColor=None))
    drawing.add(String(x, y + 1.5, name, fontName=FONT, fontSize=6.3, fillColor=INK,
                       textAnchor="middle"))
    drawing.add(String(x, y - 7.5, value, fontName=FONT_BOLD, fontSize=7.5, fillColor=INK,
                       textAnchor="middle"))


def _inset(drawing: Drawing, classes: Mapping[str, str], region: tuple[str, ...],
           visible: Box, x: float, top: float, width: float) -> float:
    """Noord-Brabant as a whole, with a frame where the main map is; returns its bottom."""
    province = [m.code for m in municipalities.all_municipalities().values()
                if m.province == municipalities.PROVINCE]
    height = width * 0.62
    y = top - 12 - height
    drawing.add(String(x, top - 8, "Noord-Brabant", fontName=FONT_BOLD, fontSize=7.5,
                       fillColor=INK))
    view = Viewport(bounds(province), x, y, width, height)
    for code in province:
        if code not in region:
            drawing.add(municipality_shape(code, view, _fill(code, classes), BORDER, 0.25))
    group = Group()
    _region_shapes(group, region, view, classes)
    drawing.add(group)
    (x0, y0), (x1, y1) = view.point(visible[0], visible[1]), view.point(visible[2], visible[3])
    drawing.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=None, strokeColor=MUTED,
                     strokeWidth=0.5, strokeDashArray=[2, 1.5]))
    return y


def _legend(drawing: Drawing, x: float, top: float) -> float:
    drawing.add(String(x, top - 8, "Aantal meldingen per gemeente", fontName=FONT_BOLD,
                       fontSize=7.5, fillColor=INK))
    y = top - 10
    entries = [(label if label != HIDDEN_CLASS else "1–4 (getoond als <5)", CLASS_COLOURS[label])
               for label, _, _ in CLASSES]
    entries.append(("buiten de regio (zie hieronder)", CONTEXT_FILL))
    for label, colour in entries:
        y -= 12
        drawing.add(Rect(x, y, 10, 8, fillColor=colour, strokeColor=MUTED, strokeWidth=0.3))
        drawing.add(String(x + 15, y + 1, label, fontName=FONT, fontSize=7, fillColor=INK))
    return y


def _totals_box(drawing: Drawing, rows: list[LabelledFigure], x: float, top: float,
                width: float) -> None:
    if not rows:
        return
    height = 18 + 12 * len(rows)
    drawing.add(Rect(x, top - height, width, height, fillColor=colors.HexColor("#f7f6fa"),
                     strokeColor=MUTED, strokeWidth=0.3))
    drawing.add(String(x + 6, top - 12, "Buiten de regio", fontName=FONT_BOLD, fontSize=7.5,
                       fillColor=INK))
    for i, row in enumerate(rows):
        y = top - 25 - 12 * i
        drawing.add(String(x + 6, y, row.label, fontName=FONT, fontSize=7, fillColor=INK))
        drawing.add(String(x + width - 6, y, row.figure.text(), fontName=FONT_BOLD, fontSize=7,
                           fillColor=INK, textAnchor="end"))


def national_map(counts: Mapping[str, Figure | int | None], width: float = 300,
                 height: float = 360) -> Drawing:
    """All 342 municipalities coloured by class (for an appendix or the dashboard)."""
    register_fonts()
    classes = map_classes(counts)
    drawing = Drawing(width, height)
    view = Viewport(bounds(municipality_paths()), 0, 14, width, height - 14)
    for code in municipality_paths():
        drawing.add(municipality_shape(code, view, _fill(code, classes), BORDER, 0.2))
    drawing.add(String(0, 2, ATTRIBUTION, fontName=FONT, fontSize=5.5, fillColor=MUTED))
    return drawing
