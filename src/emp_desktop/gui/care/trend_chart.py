"""Registrations per year as a bar chart, drawn with QPainter like the annual report's.

The figures are the report's own (disclosure-controlled, historic years included). A
hidden figure gets no bar — a bar of any height would reveal its size — but a dashed stub
of fixed height and its marker ("·"), exactly as in the PDF.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from emp_desktop.reports.charts import nice_step
from emp_desktop.reports.dto import Figure

BAR = QColor("#6a3d9a")  # the report's purple
BAR_CURRENT = QColor("#3f1d6b")  # this year, darker, as in the report
RULE = QColor("#c9c3d6")
INK = QColor("#1f2a44")
MUTED = QColor("#5b6170")
HIDDEN_STUB = 6.0  # pixels; the same for every hidden bar, so it says nothing


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: dict[int, Figure] = {}
        self.highlight: int | None = None
        self.problem = ""
        self.setAccessibleName(self.tr("Reports per year"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(130)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 170)

    def set_figures(self, figures: dict[int, Figure], highlight: int | None = None) -> None:
        self.figures = dict(sorted(figures.items()))
        self.highlight = highlight
        self.problem = ""
        self.setAccessibleDescription("; ".join(f"{y}: {t}" for y, t in self.bars()))
        self.update()

    def show_problem(self, text: str) -> None:
        """An error in words where the chart would be."""
        self.figures, self.problem = {}, text
        self.setAccessibleDescription(text)
        self.update()

    def clear(self) -> None:
        self.figures, self.problem = {}, ""
        self.setAccessibleDescription("")
        self.update()

    def bars(self) -> list[tuple[int, str]]:
        """(year, what its bar says) — the marker "·" for a hidden figure, never a number."""
        return [(year, figure.text()) for year, figure in self.figures.items()]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.figures:
            painter.setPen(MUTED)
            text = self.problem or self.tr("Loading…")
            painter.drawText(
                QRectF(self.rect()).adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                text,
            )
            return
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        painter.setFont(small)
        line = painter.fontMetrics().height()
        plot = QRectF(self.rect()).adjusted(34, line + 6, -6, -(line + 6))
        axis_max, step = self._axis()
        self._draw_axis(painter, plot, axis_max, step)
        slot = plot.width() / len(self.figures)
        bar_w = min(40.0, slot * 0.62)
        for number, (year, figure) in enumerate(self.figures.items()):
            x = plot.left() + number * slot + (slot - bar_w) / 2
            top = self._draw_bar(
                painter, QRectF(x, plot.top(), bar_w, plot.height()), year, figure, axis_max
            )
            label_box = QRectF(x - slot / 2, top - line - 2, bar_w + slot, line)
            painter.setPen(INK)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, figure.text())
            year_box = QRectF(x - slot / 2, plot.bottom() + 3, bar_w + slot, line)
            painter.drawText(year_box, Qt.AlignmentFlag.AlignCenter, self._year_text(year, slot))
        painter.end()

    def _axis(self) -> tuple[int, int]:
        maximum = max((f.value or 0 for f in self.figures.values()), default=0)
        step = nice_step(maximum * 1.1, max_ticks=4)
        # 10 % headroom keeps the value above the highest bar inside the widget.
        return max(step, math.ceil(maximum * 1.1 / step) * step), step

    def _draw_axis(self, painter: QPainter, plot: QRectF, axis_max: int, step: int) -> None:
        for value in range(0, axis_max + 1, step):
            y = plot.bottom() - plot.height() * value / axis_max
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - 8, plot.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:,}".replace(",", "."),
            )

    def _draw_bar(
        self, painter: QPainter, column: QRectF, year: int, figure: Figure, axis_max: int
    ) -> float:
        """Draws one bar; returns the y of its top (where the label goes)."""
        colour = BAR_CURRENT if year == self.highlight else BAR
        if figure.hidden:
            stub = QRectF(column.left(), column.bottom() - HIDDEN_STUB, column.width(), HIDDEN_STUB)
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(stub)
            return stub.top()
        height = column.height() * (figure.value or 0) / axis_max
        painter.fillRect(
            QRectF(column.left(), column.bottom() - height, column.width(), height), colour
        )
        return column.bottom() - height

    @staticmethod
    def _year_text(year: int, slot: float) -> str:
        """Narrow slots show '17 for 2017, so a long history stays readable."""
        return str(year) if slot >= 34 else f"'{year % 100:02d}"
