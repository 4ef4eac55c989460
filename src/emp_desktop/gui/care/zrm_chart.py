"""ZRM progress as small multiples: one line chart per domain, drawn with QPainter.

All panels share one date axis (first to last assessment) and the scale 1..5, so a
glance across the grid compares domains fairly. Everything is vector drawing, sharp at
any zoom, and the same figures are in the accessible description for screen readers.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from emp_desktop.domain.care import ZRM_DOMAINS
from emp_desktop.gui.care.common import show_date

COLUMNS = 4
CELL_HEIGHT = 132
LINE = QColor("#6a3d9a")  # the organisation's purple, as in the PDF reports
GRID = QColor("#d6d1e0")
INK = QColor("#1f2a44")
MUTED = QColor("#5b6170")
BAND = (
    QColor("#fbe3e1"),
    QColor("#fdeede"),
    QColor("#fdf8dc"),
    QColor("#eef6e4"),
    QColor("#e3f1e3"),
)

Series = dict[str, list[tuple[str, int]]]


def ordered_domains(series: Series) -> list[str]:
    """The 2017 domains in the instrument's order, then any from older editions."""
    known = [d for d in ZRM_DOMAINS["2017"] if d in series]
    return known + sorted(d for d in series if d not in known)


class ZrmChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: Series = {}
        self.setAccessibleName(self.tr("ZRM progress per domain"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(COLUMNS * 150)
        self._update_height()

    def set_series(self, series: Series) -> None:
        self.series = {d: sorted(points) for d, points in series.items()}
        summary = "; ".join(
            f"{d}: " + " → ".join(str(s) for _, s in self.series[d])
            for d in ordered_domains(self.series)
        )
        self.setAccessibleDescription(summary or self.tr("No ZRM assessments yet."))
        self._update_height()
        self.update()

    def _update_height(self) -> None:
        rows = max(1, math.ceil(len(self.series) / COLUMNS))
        self.setMinimumHeight(rows * CELL_HEIGHT)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(COLUMNS * 200, self.minimumHeight())

    def _date_range(self) -> tuple[int, int]:
        days = [date.fromisoformat(d).toordinal() for pts in self.series.values() for d, _ in pts]
        return min(days), max(days)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.series:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No ZRM assessments yet.")
            )
            return
        first, last = self._date_range()
        width = self.width() / COLUMNS
        for number, domain in enumerate(ordered_domains(self.series)):
            cell = QRectF(
                (number % COLUMNS) * width, (number // COLUMNS) * CELL_HEIGHT, width, CELL_HEIGHT
            )
            self._draw_cell(painter, cell.adjusted(6, 4, -6, -4), domain, first, last)
        painter.end()

    def _draw_cell(
        self, painter: QPainter, cell: QRectF, domain: str, first: int, last: int
    ) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        bold = QFont(small)
        bold.setBold(True)
        line_height = painter.fontMetrics().height()
        painter.setFont(bold)
        painter.setPen(INK)
        title = QRectF(cell.left(), cell.top(), cell.width(), line_height)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft, domain)
        plot = QRectF(cell.left() + 16, title.bottom() + 6, cell.width() - 24, 0)
        plot.setBottom(cell.bottom() - line_height - 4)
        painter.setFont(small)
        self._draw_scale(painter, plot)
        points = [
            QPointF(self._x(plot, date.fromisoformat(d).toordinal(), first, last), self._y(plot, s))
            for d, s in self.series[domain]
        ]
        self._draw_line(painter, points, [s for _, s in self.series[domain]])
        painter.setPen(MUTED)
        axis = QRectF(plot.left(), plot.bottom() + 2, plot.width(), line_height)
        painter.drawText(
            axis, Qt.AlignmentFlag.AlignLeft, show_date(date.fromordinal(first).isoformat())
        )
        if last != first:
            painter.drawText(
                axis, Qt.AlignmentFlag.AlignRight, show_date(date.fromordinal(last).isoformat())
            )

    def _draw_scale(self, painter: QPainter, plot: QRectF) -> None:
        """Light bands per score (1 acute … 5 fully self-reliant) and the numbers 1–5."""
        step = plot.height() / 5  # five bands fill the plot; _y puts each score mid-band
        for score in range(1, 6):
            y = self._y(plot, score)
            painter.fillRect(QRectF(plot.left(), y - step / 2, plot.width(), step), BAND[score - 1])
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(plot.left() - 16, y - 8, 12, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )

    def _draw_line(self, painter: QPainter, points: list[QPointF], scores: list[int]) -> None:
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(LINE)
        for point in points:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.setPen(INK)
        last = points[-1]
        painter.drawText(QPointF(last.x() - 14, last.y() - 6), str(scores[-1]))

    @staticmethod
    def _x(plot: QRectF, day: int, first: int, last: int) -> float:
        if last == first:
            return plot.center().x()
        return plot.left() + 6 + (plot.width() - 12) * (day - first) / (last - first)

    @staticmethod
    def _y(plot: QRectF, score: int) -> float:
        step = plot.height() / 5
        return plot.bottom() - step / 2 - step * (score - 1)
