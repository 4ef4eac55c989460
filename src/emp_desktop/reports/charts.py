"""Vector charts (reportlab.graphics) drawn by hand from a few shapes.

Hand-drawn rather than ReportLab's chart classes because a hidden figure needs special
treatment those classes do not offer: it gets no bar at all (a bar of any height would
reveal the order of magnitude) but a dashed stub and the marker "·".
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from emp_desktop.reports.dto import CountTable, Figure
from emp_desktop.reports.layout import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts

BAR = ACCENT
BAR_CURRENT = colors.HexColor("#3f1d6b")
HIDDEN_STUB = 6.0  # points; the same for every hidden bar, so it says nothing


def nice_step(maximum: float, max_ticks: int = 7) -> int:
    """The smallest round axis step (1, 2, 5 × 10^n) that reaches `maximum` in at most
    `max_ticks` gridlines."""
    if maximum <= 0:
        return 1
    magnitude = 10 ** max(0, math.floor(math.log10(maximum / max_ticks)))
    for factor in (1, 2, 5, 10, 20):
        step = factor * magnitude
        if math.ceil(maximum / step) <= max_ticks:
            return int(step)
    return int(20 * magnitude)


def year_chart(
    per_year: Mapping[int, Figure],
    width: float,
    height: float = 190,
    highlight: int | None = None,
) -> Drawing:
    """Registrations per year as vertical bars, value on top, the report year darker.
    Many years (a long history) shrink the labels rather than let them overlap."""
    register_fonts()
    drawing = Drawing(width, height)
    years = sorted(per_year)
    left, bottom = 34.0, 22.0
    plot_w, plot_h = width - left - 6, height - bottom - 6
    maximum = max((f.value or 0 for f in per_year.values()), default=0)
    step = nice_step(maximum * 1.1)
    # 10 % headroom keeps the value label of the highest bar inside the drawing.
    axis_max = max(step, math.ceil(maximum * 1.1 / step) * step)
    _y_axis(drawing, left, bottom, plot_w, plot_h, axis_max, step)
    slot = plot_w / max(1, len(years))
    bar_w, size = min(46.0, slot * 0.62), max(5.0, min(8.0, slot / 3.1))
    for i, year in enumerate(years):
        x = left + i * slot + (slot - bar_w) / 2
        fill = BAR_CURRENT if year == highlight else BAR
        _vertical_bar(drawing, (x, bottom, bar_w, plot_h), per_year[year], axis_max, fill, size)
        drawing.add(
            String(
                x + bar_w / 2,
                bottom - 12,
                str(year),
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing


def _y_axis(
    d: Drawing, left: float, bottom: float, w: float, h: float, top: int, step: int
) -> None:
    for value in range(0, top + 1, step):
        y = bottom + h * value / top
        d.add(Line(left, y, left + w, y, strokeColor=RULE, strokeWidth=0.4))
        d.add(
            String(
                left - 4,
                y - 3,
                _dutch_int(value),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )


def _vertical_bar(
    d: Drawing,
    box: tuple[float, float, float, float],
    figure: Figure,
    axis_max: int,
    fill: colors.Color,
    size: float,
) -> None:
    x, bottom, w, h = box
    if figure.hidden:
        d.add(
            Rect(
                x,
                bottom,
                w,
                HIDDEN_STUB,
                fillColor=None,
                strokeColor=fill,
                strokeWidth=0.8,
                strokeDashArray=[2, 2],
            )
        )
        bar_h = HIDDEN_STUB
    else:
        bar_h = h * (figure.value or 0) / axis_max
        d.add(Rect(x, bottom, w, bar_h, fillColor=fill, strokeColor=None))
    d.add(
        String(
            x + w / 2,
            bottom + bar_h + 3,
            figure.text(),
            fontName=FONT_BOLD,
            fontSize=size,
            fillColor=INK,
            textAnchor="middle",
        )
    )


def bar_rows(table: CountTable, width: float, measure: int = 0) -> Drawing:
    """A one-way table as horizontal bars, in the table's own row order."""
    register_fonts()
    rows = [(row.labels[0], row.figures[measure]) for row in table.rows]
    row_h, label_w = 16.0, min(190.0, width * 0.42)
    drawing = Drawing(width, row_h * len(rows) + 4)
    maximum = max((f.value or 0 for _, f in rows), default=0) or 1
    plot_w = width - label_w - 40
    for i, (label, figure) in enumerate(rows):
        y = drawing.height - (i + 1) * row_h
        drawing.add(
            String(
                label_w - 6,
                y + 4,
                _fit(label, label_w - 8, 8),
                fontName=FONT,
                fontSize=8,
                fillColor=INK,
                textAnchor="end",
            )
        )
        _horizontal_bar(drawing, label_w, y + 2, plot_w, row_h - 5, figure, maximum)
    return drawing


def _horizontal_bar(
    d: Drawing, x: float, y: float, w: float, h: float, figure: Figure, maximum: int
) -> None:
    if figure.hidden:
        d.add(
            Rect(
                x,
                y,
                HIDDEN_STUB,
                h,
                fillColor=None,
                strokeColor=BAR,
                strokeWidth=0.8,
                strokeDashArray=[2, 2],
            )
        )
        length = HIDDEN_STUB
    else:
        length = w * (figure.value or 0) / maximum
        if length > 0:
            d.add(Rect(x, y, length, h, fillColor=BAR, strokeColor=None))
    d.add(
        String(
            x + length + 4, y + 2.5, figure.text(), fontName=FONT_BOLD, fontSize=8, fillColor=INK
        )
    )


def _fit(text: str, width: float, size: float) -> str:
    """Shorten a label with an ellipsis rather than let it run into the bars."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _dutch_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def legend_swatches(
    items: Sequence[tuple[str, colors.Color]],
    x: float,
    y: float,
    drawing: Drawing,
    size: float = 9,
    gap: float = 13,
) -> float:
    """Draw a vertical legend from the top (x, y) down; returns the y below it."""
    for label, colour in items:
        y -= gap
        drawing.add(Rect(x, y, size, size, fillColor=colour, strokeColor=MUTED, strokeWidth=0.3))
        drawing.add(
            String(x + size + 5, y + 1.5, label, fontName=FONT, fontSize=7.5, fillColor=INK)
        )
    return y
