"""A page for an area that is not built yet, so the navigation already shows the whole app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from emp_desktop.gui.widgets import heading


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(self.tr("Coming in a later version."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, self))
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        """Nothing to load yet."""

    def clear(self) -> None:
        """Nothing shown that needs clearing."""
