"""Choropleth of residence municipalities, as a reportlab.graphics Drawing: the region in
detail, its surroundings as grey context, an inset of Noord-Brabant, the legend, the
totals outside the region and the CBS/Kadaster attribution. Geometry and classes come from
geo_data (re-exported here), which the Qt map widget uses as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from reportlab.graphics.shapes import FILL_EVEN_ODD, Drawing, Group, Path, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isString
from reportlab.pdfbase.pdfmetrics import stringWidth

from emp_desktop.domain import municipalities
from emp_desktop.domain.region import Region
from emp_desktop.reports.dto import HIDDEN_MARK, Figure, LabelledFigure
from emp_desktop.reports.geo_data import (
    ATTRIBUTION,
    CLASS_HEX,
    CLASSES,
    CONTEXT_HEX,
    FOLDED_CLASS,
    FOLDED_TEXT,
    HIDDEN_CLASS,
    Box,
    bounds,
    code_bounds,
    count_class,
    inside_distance,
    intersects,
    label_point,
    legend_classes,
    map_classes,
    municipality_paths,
    project,
)
from emp_desktop.reports.layout import FONT, FONT_BOLD, INK, MUTED, register_fonts

__all__ = [
    "ATTRIBUTION",
    "CLASSES",
    "CLASS_COLOURS",
    "FOLDED_CLASS",
    "HIDDEN_CLASS",
    "MunicipalityPath",
    "Viewport",
    "bounds",
    "count_class",
    "inside_distance",
    "label_point",
    "map_classes",
    "municipality_paths",
    "municipality_shape",
    "national_map",
    "project",
    "region_map",
]

CLASS_COLOURS = {label: colors.HexColor(hex_) for label, hex_ in CLASS_HEX.items()}
CONTEXT_FILL = colors.HexColor(CONTEXT_HEX)
BORDER = colors.white
LEGEND_TEXT = {
    HIDDEN_CLASS: f"{HIDDEN_MARK} niet gepubliceerd (privacy)",
    FOLDED_CLASS: "samengevoegd (overige regio)",
}


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


def municipality_shape(
    code: str,
    view: Viewport,
    fill: colors.Color,
    stroke: colors.Color = BORDER,
    stroke_width: float = 0.4,
) -> Path:
    """All rings of one municipality as one path, filled even-odd so that holes (the
    Baarle-Hertog enclaves in Baarle-Nassau) stay open."""
    path = MunicipalityPath(
        fillColor=fill,
        strokeColor=stroke,
        strokeWidth=stroke_width,
        fillMode=FILL_EVEN_ODD,
        strokeLineJoin=1,
        municipality_code=code,
    )
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
    return (
        (x - view.ox) / view.scale,
        (y - view.oy) / view.scale,
        (x + w - view.ox) / view.scale,
        (y + h - view.oy) / view.scale,
    )


def _padded(box: Box, fraction: float) -> Box:
    dx, dy = (box[2] - box[0]) * fraction, (box[3] - box[1]) * fraction
    return box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy


def _region_shapes(
    group: Group, region: Iterable[str], view: Viewport, classes: Mapping[str, str]
) -> None:
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
    folded: Iterable[str] = (),
) -> Drawing:
    """The region in detail (classes and figures), its surroundings grey, an inset of its
    province(s), the legend, the totals outside the region, and the attribution.
    `folded` municipalities get their own class and "overig" instead of a figure."""
    register_fonts()
    region = tuple(region_codes) or tuple(municipalities.region_codes())
    folded = tuple(folded)
    classes = map_classes({c: f for c, f in counts.items() if c not in folded}, folded)
    side_w = 150.0
    box = _padded(bounds(region), 0.03)
    map_w = width - side_w - 12
    height = max(330.0, 18 + map_w * (box[3] - box[1]) / (box[2] - box[0]))
    drawing = Drawing(width, height)
    rect = (0.0, 18.0, map_w, height - 18)
    view = Viewport(box, *rect)
    group = _clip(view, *rect)
    visible = _visible_box(view, *rect)
    for code, box in code_bounds().items():
        if code not in region and intersects(box, visible):
            group.add(municipality_shape(code, view, CONTEXT_FILL))
    _region_shapes(group, region, view, classes)
    drawing.add(group)
    drawing.add(Rect(*rect, fillColor=None, strokeColor=MUTED, strokeWidth=0.4))
    for code in region:
        text = FOLDED_TEXT if code in folded else counts.get(code, Figure(0)).text()
        _label(drawing, code, view, text)
    side_x = rect[2] + 12
    top = _inset(drawing, classes, region, visible, side_x, height, side_w)
    top = _legend(drawing, side_x, top - 10, {classes.get(c, "0") for c in region})
    _totals_box(drawing, list(outside), side_x, top - 12, side_w)
    drawing.add(String(0, 4, ATTRIBUTION, fontName=FONT, fontSize=6.5, fillColor=MUTED))
    return drawing


def _label(drawing: Drawing, code: str, view: Viewport, value: str) -> None:
    """Name and figure on a translucent white tag: readable on every class colour, and
    a long name may cross a border without getting lost."""
    x, y = view.point(*label_point(code))
    name = municipalities.name(code)
    width = max(stringWidth(name, FONT, 6.3), stringWidth(value, FONT_BOLD, 7.5)) + 6
    drawing.add(
        Rect(
            x - width / 2,
            y - 10.5,
            width,
            19.5,
            rx=2,
            ry=2,
            fillColor=colors.white,
            fillOpacity=0.8,
            strokeColor=None,
        )
    )
    drawing.add(
        String(x, y + 1.5, name, fontName=FONT, fontSize=6.3, fillColor=INK, textAnchor="middle")
    )
    drawing.add(
        String(
            x, y - 7.5, value, fontName=FONT_BOLD, fontSize=7.5, fillColor=INK, textAnchor="middle"
        )
    )


def _inset(
    drawing: Drawing,
    classes: Mapping[str, str],
    region: tuple[str, ...],
    visible: Box,
    x: float,
    top: float,
    width: float,
) -> float:
    """The province(s) the region lies in, with a frame where the main map is; returns
    its bottom."""
    provinces = Region.of(region).provinces
    province = [
        m.code for m in municipalities.all_municipalities().values() if m.province in provinces
    ]
    height = width * 0.62
    y = top - 12 - height
    drawing.add(
        String(x, top - 8, " / ".join(provinces), fontName=FONT_BOLD, fontSize=7.5, fillColor=INK)
    )
    view = Viewport(bounds(province), x, y, width, height)
    for code in province:
        if code not in region:
            drawing.add(municipality_shape(code, view, _fill(code, classes), BORDER, 0.25))
    group = Group()
    _region_shapes(group, region, view, classes)
    drawing.add(group)
    drawing.add(_extent_frame(view, visible))
    return y


def _extent_frame(view: Viewport, visible: Box) -> Rect:
    """The dashed frame in the inset that shows where the main map is."""
    (x0, y0), (x1, y1) = view.point(visible[0], visible[1]), view.point(visible[2], visible[3])
    return Rect(
        x0,
        y0,
        x1 - x0,
        y1 - y0,
        fillColor=None,
        strokeColor=MUTED,
        strokeWidth=0.5,
        strokeDashArray=[2, 1.5],
    )


def _legend(drawing: Drawing, x: float, top: float, used: set[str]) -> float:
    drawing.add(
        String(
            x,
            top - 8,
            "Aantal meldingen per gemeente",
            fontName=FONT_BOLD,
            fontSize=7.5,
            fillColor=INK,
        )
    )
    y = top - 10
    entries = [
        (LEGEND_TEXT.get(label, label), CLASS_COLOURS[label]) for label in legend_classes(used)
    ]
    entries.append(("buiten de regio (zie hieronder)", CONTEXT_FILL))
    for label, colour in entries:
        y -= 12
        drawing.add(Rect(x, y, 10, 8, fillColor=colour, strokeColor=MUTED, strokeWidth=0.3))
        drawing.add(String(x + 15, y + 1, label, fontName=FONT, fontSize=7, fillColor=INK))
    return y


def _totals_box(
    drawing: Drawing, rows: list[LabelledFigure], x: float, top: float, width: float
) -> None:
    if not rows:
        return
    height = 18 + 12 * len(rows)
    drawing.add(
        Rect(
            x,
            top - height,
            width,
            height,
            fillColor=colors.HexColor("#f7f6fa"),
            strokeColor=MUTED,
            strokeWidth=0.3,
        )
    )
    drawing.add(
        String(x + 6, top - 12, "Buiten de regio", fontName=FONT_BOLD, fontSize=7.5, fillColor=INK)
    )
    for i, row in enumerate(rows):
        y = top - 25 - 12 * i
        drawing.add(String(x + 6, y, row.label, fontName=FONT, fontSize=7, fillColor=INK))
        drawing.add(
            String(
                x + width - 6,
                y,
                row.figure.text(),
                fontName=FONT_BOLD,
                fontSize=7,
                fillColor=INK,
                textAnchor="end",
            )
        )


def national_map(
    counts: Mapping[str, Figure | int | None], width: float = 300, height: float = 360
) -> Drawing:
    """All 342 municipalities coloured by class (for an appendix or the dashboard)."""
    register_fonts()
    classes = map_classes(counts)
    drawing = Drawing(width, height)
    view = Viewport(bounds(municipality_paths()), 0, 14, width, height - 14)
    for code in municipality_paths():
        drawing.add(municipality_shape(code, view, _fill(code, classes), BORDER, 0.2))
    drawing.add(String(0, 2, ATTRIBUTION, fontName=FONT, fontSize=5.5, fillColor=MUTED))
    return drawing
