"""Area Contacten: the latest contact moments across all persons, newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.contact_model import CODE_ROLE, Col, ContactModel
from emp_desktop.gui.registry.lazy_model import lazy_table
from emp_desktop.gui.registry.presentation import PresentationMode
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, heading

COLUMN_CHARS = {Col.CODE: 17, Col.AT: 17, Col.MODE: 14, Col.WITH_WHOM: 18, Col.DURATION: 8}


class ContactsPage(QWidget):
    def __init__(
        self,
        session: VaultSession,
        presentation: PresentationMode,
        navigate: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.navigate = navigate
        self.quick_entry = None  # set by build_pages: QuickEntry
        self.model = ContactModel(session, self)
        self.table = self._table()
        self.message = MessageLabel(self)
        self.presentation_label = QLabel(self)
        self.presentation_label.setStyleSheet("font-weight: bold;")
        self.open_button = QPushButton(self.tr("&Open person"), self)
        self.new_button = QPushButton(self.tr("&New contact… (Ctrl+N)"), self)
        self._layout()
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.new_button.clicked.connect(self._new)
        self.model.failed.connect(lambda error: self.message.show_error(error_message(error)))
        presentation.changed.connect(self.set_presentation)
        self.set_presentation(presentation.active)

    def _table(self) -> QTableView:
        return lazy_table(self, self.model, self.tr("Recent contact moments"), COLUMN_CHARS)

    def _layout(self) -> None:
        intro = QLabel(
            self.tr("Contact moments of all persons, newest first. Enter opens the person."),
            self,
        )
        intro.setWordWrap(True)
        title = QHBoxLayout()
        title.addWidget(heading(self.tr("Contacts"), self))
        title.addStretch(1)
        title.addWidget(self.presentation_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.new_button)

    def _open(self, row: int) -> None:
        code = self.model.data(self.model.index(row, Col.CODE), CODE_ROLE) if row >= 0 else None
        if code:
            self.navigate(Area.CLIENTS, code=code)

    def _new(self) -> None:
        if self.quick_entry is not None:
            self.quick_entry.open()

    def set_presentation(self, active: bool) -> None:
        self.model.set_hide_private(active)
        for col in (Col.WITH_WHOM, Col.NOTE):
            self.table.setColumnHidden(col, active)
        text = self.tr("Presentation mode: notes hidden")
        self.presentation_label.setText(text if active else "")

    def refresh(self) -> None:
        if self.session.is_open:
            self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self.message.clear_message()
