"""Presentation mode: for meetings and for working where others can see the screen.

While it is on, no age, age group, contact note or identity is shown anywhere in the
registry screens (names never are). It is a state of the running app, not a stored
preference: it says nothing about a client, and every start begins from the default.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

SHORTCUT = "Ctrl+Shift+P"


class PresentationMode(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False
        self.action = QAction(self.tr("&Presentation mode"), self)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        # Application context: the key works in every window and dialog of the app.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(
            self.tr("Hides ages, age groups, contact notes and identities (%1)").replace(
                "%1", SHORTCUT
            )
        )
        self.action.toggled.connect(self.set_active)

    @property
    def active(self) -> bool:
        return self._active

    def set_active(self, active: bool) -> None:
        if active == self._active:
            return
        self._active = active
        self.action.setChecked(active)
        self.changed.emit(active)

    def toggle(self) -> None:
        self.set_active(not self._active)

    def state_text(self) -> str:
        return self.tr("Presentation mode on") if self._active else ""
