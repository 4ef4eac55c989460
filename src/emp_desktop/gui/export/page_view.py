"""The annual report's pages as images, made in memory and shown one at a time.

The PDF is rendered and rasterised on a worker thread (pdfium via pypdfium2, straight
from the bytes): no temp file is ever written, and the GUI only turns finished QImages
into pixmaps. QImage, unlike QPixmap, may be made off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.services import report_service

RENDER_SCALE = 1.4  # 595 pt wide → about 830 px: sharp at the usual preview width
LAYOUT_SHARE = 80  # of 100 progress steps: laying out the PDF; the rest is rasterising


@dataclass(frozen=True)
class RenderedReport:
    year: int
    pdf: bytes
    pages: tuple[QImage, ...]
    rendering: object = None  # report_service.AnnualRendering: recorded when saved


def page_images(pdf: bytes, progress: Callable[[int, int], None] | None = None) -> list[QImage]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        count = len(document)
        for number in range(count):
            picture = document[number].render(scale=RENDER_SCALE).to_pil().convert("RGB")
            width, height = picture.size
            data = picture.tobytes("raw", "RGB")
            # copy(): the QImage must own its pixels once `data` goes away
            images.append(
                QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
            )
            if progress is not None:
                progress(LAYOUT_SHARE + (100 - LAYOUT_SHARE) * (number + 1) // count, 100)
        return images
    finally:
        document.close()


def render_report(
    opened: object, year: int, correction: bool, progress: Callable[[int, int], None]
) -> RenderedReport:
    """Runs on the worker: report_service.prepare_annual, then every page to an image."""

    def layout_progress(done: int, total: int) -> None:
        progress(LAYOUT_SHARE * done // max(total, 1), 100)

    # A preview is not a release: it is recorded only when the PDF is saved.
    rendering = report_service.prepare_annual(opened, year, layout_progress, correction)  # type: ignore[arg-type]
    pdf = rendering.pdf
    return RenderedReport(year, pdf, tuple(page_images(pdf, progress)), rendering)


class PageView(QWidget):
    """One page at a time, scaled to the width available, with previous/next buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: tuple[QImage, ...] = ()
        self.current = 0
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setAccessibleName(self.tr("Page of the annual report"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Preview of the annual report"))
        # A grey desk around the white page, so its edges show as on paper.
        self.image.setStyleSheet("QLabel { background: #8a8d96; color: white; padding: 10px; }")
        self.previous_button = QPushButton(self.tr("&Previous page"), self)
        self.next_button = QPushButton(self.tr("&Next page"), self)
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Page number"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current + 1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.scroll)
        self.set_pages(())

    def set_pages(self, pages: tuple[QImage, ...]) -> None:
        self.pages = pages
        self.show_page(0)

    def show_page(self, number: int) -> None:
        if not self.pages:
            self.current = 0
            self.image.clear()
            self.image.setText(self.tr("No preview yet."))
            self.position.setText("")
            self._enable_buttons()
            return
        self.current = max(0, min(number, len(self.pages) - 1))
        self._draw()
        self.position.setText(
            QCoreApplication.translate("PageView", "Page %1 of %2")
            .replace("%1", str(self.current + 1))
            .replace("%2", str(len(self.pages)))
        )
        self.image.setAccessibleDescription(self.position.text())
        self._enable_buttons()
        self.scroll.verticalScrollBar().setValue(0)

    def _enable_buttons(self) -> None:
        self.previous_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.pages) - 1)

    def _draw(self) -> None:
        width = max(200, self.scroll.viewport().width() - 24)
        page = self.pages[self.current]
        scaled = page.scaledToWidth(
            min(width, page.width()), Qt.TransformationMode.SmoothTransformation
        )
        self.image.setPixmap(QPixmap.fromImage(scaled))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.pages:
            self._draw()
