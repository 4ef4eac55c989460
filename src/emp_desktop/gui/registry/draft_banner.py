"""The offer, after unlock, of unsaved work that the lock or a close kept as a draft."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from emp_desktop.gui.pages.audit_page import local_time
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import draft_service
from emp_desktop.services.draft_service import DraftView

PERSON_PREFIX = "person:"
QUICK_ENTRY_KEY = "quick-entry"


def person_key(person_id: int) -> str:
    return f"{PERSON_PREFIX}{person_id}"


def is_ours(key: str) -> bool:
    return key.startswith(PERSON_PREFIX) or key == QUICK_ENTRY_KEY


class DraftBanner(QFrame):
    """Shows one draft at a time, newest first; restoring or discarding shows the next."""

    restore_requested = Signal(object)  # DraftView

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.current: DraftView | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("DraftBanner { background: #fff4d6; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("R&estore"), self)
        self.discard_button = QPushButton(self.tr("Disc&ard"), self)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        QWidget.setTabOrder(self.restore_button, self.discard_button)
        self.hide()

    def check(self) -> None:
        """Looks for drafts of the registry screens; shows the newest, if any."""
        if not self.session.is_open:
            return
        drafts = [d for d in self.session.call(draft_service.list_drafts) if is_ours(d.key)]
        self.current = drafts[0] if drafts else None
        if self.current is None:
            self.hide()
            return
        self.text.setText(self._describe(self.current))
        self.show()

    def _describe(self, draft: DraftView) -> str:
        kept = local_time(draft.updated_at)
        if draft.key == QUICK_ENTRY_KEY:
            text = self.tr("There is an unsaved quick entry (kept %1). Restore it or discard it?")
            return text.replace("%1", kept)
        code = str(draft.payload.get("code", ""))
        text = self.tr("There is an unsaved draft for %1 (kept %2). Restore it or discard it?")
        return text.replace("%1", code).replace("%2", kept)

    def _restore(self) -> None:
        if self.current is not None:
            self.restore_requested.emit(self.current)

    def discard(self) -> None:
        """Throws the shown draft away (also called once it has been restored)."""
        if self.current is not None and self.session.is_open:
            self.session.call(draft_service.discard_draft, self.current.key)
        self.check()

    def clear(self) -> None:
        self.current = None
        self.text.clear()
        self.hide()
