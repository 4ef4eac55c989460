"""The home municipalities of this year's new reports: a choropleth of the 15 region
municipalities drawn with QPainter, from the same geometry, classes and colours as the
annual report's map (reports.geo_data), with labels, a legend, the totals outside the
region and the CBS/Kadaster attribution.

Clicking a municipality — or choosing it with the arrow keys and pressing Enter — asks
for the client list filtered on it (`activated`). The geometry is read and turned into
paths on a worker thread once per widget; only painting happens on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from emp_desktop.domain import municipalities
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.workers import run_in_background
from emp_desktop.reports import geo_data
from emp_desktop.reports.dto import Figure
from emp_desktop.services.export_gui_support import ResidenceMap

INK = QColor("#1f2a44")
MUTED = QColor("#5b6170")
SELECTED = QColor("#e08a00")  # the selection outline; the tooltip and the description say it too
SIDE_WIDTH = 158
PAD = 0.03  # of the region's extent, so border strokes are not cut off


@dataclass(frozen=True)
class MapShapes:
    """Paths in kilometres with y pointing down (Qt's way); one path per municipality,
    all its rings in it, filled even-odd so holes stay open."""

    region: dict[str, QPainterPath]
    context: tuple[QPainterPath, ...]
    labels: dict[str, QPointF]
    box: QRectF


def _path(code: str) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in geo_data.municipality_paths()[code]:
        path.moveTo(ring[0][0], -ring[0][1])
        for x, y in ring[1:]:
            path.lineTo(x, -y)
        path.closeSubpath()
    return path


def load_shapes() -> MapShapes:
    """Runs on a worker: reads the geometry (cached per process) and builds the paths."""
    region = municipalities.region_codes()
    x0, y0, x1, y1 = geo_data.bounds(region)
    dx, dy = (x1 - x0) * PAD, (y1 - y0) * PAD
    box = (x0 - dx, y0 - dy, x1 + dx, y1 + dy)
    context = tuple(
        _path(code)
        for code, bounds in geo_data.code_bounds().items()
        if code not in region and geo_data.intersects(bounds, box)
    )
    points = {code: geo_data.label_point(code) for code in region}  # cached per code
    labels = {code: QPointF(x, -y) for code, (x, y) in points.items()}
    area = QRectF(box[0], -box[3], box[2] - box[0], box[3] - box[1])
    return MapShapes({code: _path(code) for code in region}, context, labels, area)


class MunicipalityMap(QWidget):
    activated = Signal(str)  # a CBS code: show the clients from there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shapes: MapShapes | None = None
        self.figures: ResidenceMap | None = None
        self.problem = ""
        self.selected: str | None = None
        self._loading = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Map of home municipalities"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 260)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 330)

    # --- data -------------------------------------------------------------------------

    def start_loading(self) -> None:
        if self.shapes is None and not self._loading:
            self._loading = True
            run_in_background(load_shapes, on_success=self._shapes_loaded, on_error=self._failed)

    def _shapes_loaded(self, shapes: object) -> None:
        assert isinstance(shapes, MapShapes)
        self.shapes, self._loading = shapes, False
        self.update()

    def _failed(self, error: object) -> None:
        self._loading = False
        self.show_problem(error_message(error))  # type: ignore[arg-type]

    def ready(self) -> bool:
        return self.shapes is not None and (self.figures is not None or bool(self.problem))

    def set_figures(self, figures: ResidenceMap) -> None:
        self.figures, self.problem = figures, ""
        self._describe()
        self.update()

    def show_problem(self, text: str) -> None:
        self.figures, self.problem = None, text
        self.setAccessibleDescription(text)
        self.update()

    def clear(self) -> None:
        self.figures, self.problem, self.selected = None, "", None
        self.setAccessibleDescription("")
        self.update()

    def figure(self, code: str) -> Figure | None:
        return self.figures.counts.get(code) if self.figures else None

    def region_paths(self) -> dict[str, QPainterPath]:
        return dict(self.shapes.region) if self.shapes else {}

    # --- geometry ---------------------------------------------------------------------

    def map_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(0, 0, self.width() - SIDE_WIDTH - 8, self.height() - 2 * line - 4)

    def transform(self) -> QTransform:
        """Kilometres → pixels, keeping the aspect ratio, centred in the map rectangle."""
        assert self.shapes is not None
        box, rect = self.shapes.box, self.map_rect()
        scale = min(rect.width() / box.width(), rect.height() / box.height())
        dx = rect.left() + (rect.width() - box.width() * scale) / 2 - box.left() * scale
        dy = rect.top() + (rect.height() - box.height() * scale) / 2 - box.top() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def widget_point(self, code: str) -> QPointF:
        """Where the label of `code` is, in widget pixels (inside the municipality)."""
        assert self.shapes is not None
        return self.transform().map(self.shapes.labels[code])

    def code_at(self, point: QPointF) -> str | None:
        if self.shapes is None:
            return None
        inverse, invertible = self.transform().inverted()
        if not invertible:
            return None
        here = inverse.map(point)
        return next((c for c, p in self.shapes.region.items() if p.contains(here)), None)

    # --- interaction ------------------------------------------------------------------

    def select(self, code: str | None) -> None:
        self.selected = code
        self._describe()
        self.update()

    def activate(self, code: str) -> None:
        self.select(code)
        self.activated.emit(code)

    def _cycle(self, step: int) -> None:
        codes = list(self.shapes.region) if self.shapes else []
        if not codes:
            return
        index = codes.index(self.selected) + step if self.selected in codes else 0
        self.select(codes[index % len(codes)])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._cycle(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._cycle(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.selected:
            self.activate(self.selected)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if self.selected is None and self.shapes is not None:
            self._cycle(0)  # a keyboard user lands on the first municipality

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        code = self.code_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and code is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.activate(code)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        code = self.code_at(event.position())
        if code is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.describe(code), self)

    def describe(self, code: str) -> str:
        figure = self.figure(code)
        return (
            self.tr("%1: %2 new reports. Click or press Enter to see its clients.")
            .replace("%1", municipalities.name(code))
            .replace("%2", figure.text() if figure else "…")
        )

    def _describe(self) -> None:
        if self.figures is None:
            return
        summary = "; ".join(
            f"{municipalities.name(code)}: {figure.text()}"
            for code, figure in self.figures.counts.items()
        )
        chosen = self.describe(self.selected) + " " if self.selected else ""
        self.setAccessibleDescription(chosen + summary)

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.shapes is None:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Loading…"))
        else:
            self._paint_shapes(painter)
            self._paint_labels(painter)
            self._paint_side(painter)
            self._paint_attribution(painter)
        if self.hasFocus():
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _fill(self, code: str) -> QColor:
        figure = self.figure(code)
        if figure is None:
            return QColor(geo_data.CONTEXT_HEX).lighter(104)  # no figures (yet): no class either
        return QColor(geo_data.CLASS_HEX[geo_data.count_class(figure.value)])

    def _paint_shapes(self, painter: QPainter) -> None:
        assert self.shapes is not None
        painter.save()
        painter.setClipRect(self.map_rect())
        painter.setTransform(self.transform())
        painter.setPen(_pen(QColor("white"), 0.6))
        painter.setBrush(QColor(geo_data.CONTEXT_HEX))
        for path in self.shapes.context:
            painter.drawPath(path)
        # Two passes give the region a dark outline and white inner borders without a
        # polygon union, as the PDF map does.
        for pen in (_pen(INK, 2.0), _pen(QColor("white"), 0.8)):
            painter.setPen(pen)
            for code, path in self.shapes.region.items():
                painter.setBrush(self._fill(code))
                painter.drawPath(path)
        if self.selected in self.shapes.region:
            painter.setPen(_pen(SELECTED, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.shapes.region[self.selected])
        painter.restore()
        painter.setPen(_pen(MUTED, 0.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.map_rect().adjusted(0.5, 0.5, -0.5, -0.5))

    def _paint_labels(self, painter: QPainter) -> None:
        """Name and figure on a translucent white tag, readable on every class colour.
        Large municipalities are labelled first; a smaller one whose tag would cover one
        already drawn is nudged, and failing that shows its figure only (the name is in the
        tooltip and the accessible description)."""
        assert self.shapes is not None
        name_font, value_font = self.small_font(0.72), self.small_font(0.85, bold=True)
        placed: list[QRectF] = []
        for code in sorted(self.shapes.region, key=self._area, reverse=True):
            figure = self.figure(code)
            value = [(figure.text(), value_font)] if figure is not None else []
            lines = [(municipalities.name(code), name_font), *value]
            box = self._free_box(code, lines, placed)
            if box is None:
                lines = value or lines
                box = self._tag_box(self.widget_point(code), lines)
            self._tag(painter, box, lines, code == self.selected)
            placed.append(box)

    def _free_box(
        self, code: str, lines: list[tuple[str, QFont]], placed: list[QRectF]
    ) -> QRectF | None:
        """The tag at the label point, or nudged up or down while its centre stays inside
        the municipality, where it covers no other tag; None if there is no such place."""
        centre = self.widget_point(code)
        box = self._tag_box(centre, lines)
        inverse = self.transform().inverted()[0]
        for dx, dy in ((0, 0), (0, -0.6), (0, 0.6), (-0.4, 0), (0.4, 0), (0, -1), (0, 1)):
            moved = box.translated(dx * box.width(), dy * box.height())
            inside = self.shapes.region[code].contains(inverse.map(moved.center()))
            if inside and not any(moved.intersects(other) for other in placed):
                return moved
        return None

    def _area(self, code: str) -> float:
        bounds = self.shapes.region[code].boundingRect()  # type: ignore[union-attr]
        return bounds.width() * bounds.height()

    @staticmethod
    def _tag_box(centre: QPointF, lines: list[tuple[str, QFont]]) -> QRectF:
        height = sum(QFontMetricsF(font).height() for _, font in lines)
        width = max(QFontMetricsF(font).horizontalAdvance(text) for text, font in lines) + 6
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    @staticmethod
    def _tag(painter: QPainter, box: QRectF, lines: list[tuple[str, QFont]], chosen: bool) -> None:
        painter.setPen(_pen(SELECTED, 1.5) if chosen else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(box, 2, 2)
        painter.setPen(INK)
        top = box.top()
        for text, font in lines:
            height = QFontMetricsF(font).height()
            painter.setFont(font)
            painter.drawText(
                QRectF(box.left(), top, box.width(), height), Qt.AlignmentFlag.AlignCenter, text
            )
            top += height

    def _paint_side(self, painter: QPainter) -> None:
        """The legend (the report's classes and colours) and the totals outside the region."""
        x = self.map_rect().right() + 10
        bold, plain = self.small_font(0.8, bold=True), self.small_font(0.8)
        row = QFontMetricsF(plain).height() + 3
        painter.setPen(INK)
        painter.setFont(bold)
        title = self.tr("New reports per municipality")
        box = painter.boundingRect(QRectF(x, 2, SIDE_WIDTH - 4, 0), Qt.TextFlag.TextWordWrap, title)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, title)
        painter.setFont(plain)
        # "<5" only where counts are hidden (a protected table); the dashboard's are true.
        counts = self.figures.counts.values() if self.figures else ()
        hidden = self.tr("1–4 (shown as <5)") if any(f.value is None for f in counts) else "1–4"
        entries = [(hidden if c == geo_data.HIDDEN_CLASS else c, h) for c, _, h in geo_data.CLASSES]
        entries.append((self.tr("outside the region"), geo_data.CONTEXT_HEX))
        y = box.bottom() + 4
        for text, colour in entries:
            painter.setPen(_pen(MUTED, 0.6))
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, y + 2, 12, row - 6))
            painter.setPen(INK)
            painter.drawText(
                QRectF(x + 18, y, SIDE_WIDTH - 20, row), Qt.AlignmentFlag.AlignVCenter, text
            )
            y += row
        self._paint_outside(painter, QRectF(x, y + 8, SIDE_WIDTH - 4, 0), row, bold, plain)

    def _paint_outside(
        self, painter: QPainter, box: QRectF, row: float, bold: QFont, plain: QFont
    ) -> None:
        if self.problem:  # in words where the totals would be; the map stays uncoloured
            painter.setPen(QColor("#a00000"))
            painter.setFont(bold)
            box.setBottom(self.map_rect().bottom())
            painter.drawText(box, Qt.TextFlag.TextWordWrap, self.problem)
            return
        outside = self.figures.outside if self.figures else ()
        box.setHeight(row * (len(outside) + 1) + 8)
        painter.setPen(_pen(MUTED, 0.6))
        painter.setBrush(QColor("#f7f6fa"))
        painter.drawRect(box)
        painter.setPen(INK)
        painter.setFont(bold)
        painter.drawText(box.adjusted(6, 4, -6, 0), self.tr("Outside the region"))
        painter.setFont(plain)
        for number, item in enumerate(outside, start=1):
            line = QRectF(box.left() + 6, box.top() + 4 + number * row, box.width() - 12, row)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, item.label)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, item.figure.text())

    def _paint_attribution(self, painter: QPainter) -> None:
        """CC BY 4.0 asks for it wherever the boundaries are shown."""
        painter.setPen(MUTED)
        painter.setFont(self.small_font(0.68))
        top = self.map_rect().bottom() + 2
        painter.drawText(
            QRectF(0, top, self.width(), self.height() - top),
            Qt.TextFlag.TextWordWrap,
            geo_data.ATTRIBUTION,
        )

    def small_font(self, factor: float = 0.8, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * factor))
        font.setBold(bold)
        return font


def _pen(colour: QColor, width: float) -> QPen:
    """A cosmetic pen: its width is in pixels whatever the kilometre transform."""
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
