"""All 342 municipalities on one map, to pick a region by clicking: a click adds or removes
a municipality (`toggled`), the chosen ones are filled, the mouse wheel zooms around the
pointer and `zoom_to` frames the choice. The geometry is the shipped CBS division
(reports.geo_data): read and projected on a worker thread (pure Python), then turned into
Qt paths on the GUI thread, one polygon per ring, once per process. Building 41,000
QPainterPath points from a worker thread crashed shiboken (the refcount of None raced
with the GUI thread), so no Qt object is made off the GUI thread here."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from emp_desktop.domain import municipalities
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.workers import run_in_background
from emp_desktop.reports import geo_data

CHOSEN = QColor("#5b2a86")
OTHER = QColor(geo_data.CONTEXT_HEX)
HOVER = QColor("#e08a00")
MUTED = QColor("#5b6170")
PAD = 0.04


@cache
def country_paths() -> dict[str, QPainterPath]:
    """On the GUI thread: one even-odd path per municipality, kilometres, y pointing down."""
    paths = {}
    for code, rings in geo_data.municipality_paths().items():
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in rings:
            path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in ring]))
            path.closeSubpath()
        paths[code] = path
    return paths


def _padded(rect: QRectF) -> QRectF:
    dx, dy = rect.width() * PAD + 2, rect.height() * PAD + 2  # km: a lone village too
    return rect.adjusted(-dx, -dy, dx, dy)


class CountryMap(QWidget):
    toggled = Signal(str)  # a CBS code was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: dict[str, QPainterPath] = {}
        self.chosen: set[str] = set()
        # The chosen and the other municipalities as one path each, rebuilt when the choice
        # changes, so that a repaint is a handful of Qt calls rather than a thousand.
        self._layers = (QPainterPath(), QPainterPath())
        self.view: QRectF | None = None  # the visible box in km; None: the whole country
        self.hover: str | None = None
        self.problem = ""
        self._pending_zoom: tuple[str, ...] | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the list is the keyboard's way in
        self.setAccessibleName(self.tr("Map of all municipalities"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 260)
        run_in_background(
            geo_data.municipality_paths, on_success=self._projected, on_error=self._failed
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 460)

    def _projected(self, _rings: object) -> None:
        self.paths = country_paths()
        self._build_layers()
        if self._pending_zoom is not None:
            self.zoom_to(self._pending_zoom)
        self.update()

    def _failed(self, error: object) -> None:
        self.problem = error_message(error)  # type: ignore[arg-type]
        self.update()

    def ready(self) -> bool:
        return bool(self.paths)

    def set_chosen(self, codes: Iterable[str]) -> None:
        codes = list(codes)
        self.chosen = set(codes)
        self.setAccessibleDescription(", ".join(municipalities.name(c) for c in codes))
        self._build_layers()
        self.update()

    def _build_layers(self) -> None:
        chosen, other = QPainterPath(), QPainterPath()
        for path in (chosen, other):
            path.setFillRule(Qt.FillRule.OddEvenFill)  # no two municipalities overlap
        for code, path in self.paths.items():
            (chosen if code in self.chosen else other).addPath(path)
        self._layers = (chosen, other)

    # --- view -------------------------------------------------------------------------

    def whole_country(self) -> QRectF:
        box = QRectF()
        for path in self.paths.values():
            box = box.united(path.boundingRect())
        return _padded(box)

    def zoom_to(self, codes: Iterable[str]) -> None:
        """Frames these municipalities (the whole country when there are none)."""
        codes = tuple(c for c in codes)
        if not self.paths:
            self._pending_zoom = codes
            return
        box = QRectF()
        for code in codes:
            if code in self.paths:
                box = box.united(self.paths[code].boundingRect())
        self.view = _padded(box) if codes and not box.isEmpty() else None
        self.update()

    def visible_box(self) -> QRectF:
        return self.view if self.view is not None else self.whole_country()

    def transform(self) -> QTransform:
        box, rect = self.visible_box(), QRectF(self.rect()).adjusted(4, 4, -4, -18)
        scale = min(rect.width() / box.width(), rect.height() / box.height())
        dx = rect.left() + (rect.width() - box.width() * scale) / 2 - box.left() * scale
        dy = rect.top() + (rect.height() - box.height() * scale) / 2 - box.top() * scale
        return QTransform(scale, 0, 0, scale, dx, dy)

    def widget_point(self, code: str) -> QPointF:
        """A point inside `code`, in widget pixels (tests click it)."""
        x, y = geo_data.label_point(code)
        return self.transform().map(QPointF(x, -y))

    def code_at(self, point: QPointF) -> str | None:
        inverse, invertible = self.transform().inverted()
        if not invertible:
            return None
        here = inverse.map(point)
        for code, path in self.paths.items():
            if path.boundingRect().contains(here) and path.contains(here):
                return code
        return None

    # --- interaction ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        code = self.code_at(event.position()) if self.paths else None
        if event.button() == Qt.MouseButton.LeftButton and code is not None:
            self.toggled.emit(code)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        code = self.code_at(event.position()) if self.paths else None
        if code != self.hover:
            self.hover = code
            self.update()
        if code is None:
            QToolTip.hideText()
            return
        action = self.tr("click to remove") if code in self.chosen else self.tr("click to add")
        where = f"{municipalities.name(code)} ({municipalities.province(code)}): {action}"
        QToolTip.showText(event.globalPosition().toPoint(), where, self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if not self.paths:
            return
        factor = 0.8 if event.angleDelta().y() > 0 else 1.25
        inverse, _ = self.transform().inverted()
        centre, box = inverse.map(event.position()), self.visible_box()
        width, height = box.width() * factor, box.height() * factor
        if width >= self.whole_country().width():
            self.view = None
        else:
            fx = (centre.x() - box.left()) / box.width()
            fy = (centre.y() - box.top()) / box.height()
            self.view = QRectF(centre.x() - fx * width, centre.y() - fy * height, width, height)
        self.update()

    # --- painting ---------------------------------------------------------------------

    def _paint_names(self, painter: QPainter) -> None:
        """The chosen municipalities' names, when the map is zoomed in enough to hold them."""
        if len(self.chosen) > 40 or self.view is None:
            return
        painter.setPen(QColor("white"))
        for code in self.chosen:
            if code in self.paths:
                at = self.widget_point(code)
                box = QRectF(at.x() - 60, at.y() - 8, 120, 16)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, municipalities.name(code))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.paths:
            painter.setPen(MUTED)
            text = self.problem or self.tr("Loading the map…")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            return
        painter.save()
        painter.setTransform(self.transform())
        painter.setPen(QPen(QColor("white"), 0))  # cosmetic: one pixel at any zoom
        chosen, other = self._layers
        for layer, colour in ((other, OTHER), (chosen, CHOSEN)):
            painter.setBrush(colour)
            painter.drawPath(layer)
        if self.hover in self.paths:
            outline = QPen(HOVER, 2)
            outline.setCosmetic(True)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.paths[self.hover])
        painter.restore()
        self._paint_names(painter)
        painter.setPen(MUTED)
        font = painter.font()
        font.setPointSizeF(7)
        painter.setFont(font)
        footer = QRectF(4, self.height() - 16, self.width() - 8, 14)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft, geo_data.ATTRIBUTION)
        painter.end()
