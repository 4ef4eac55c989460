"""Choose a case by its pseudonym code, with completion over the codes in the vault.

The completer holds codes only. It starts with the most recent codes and, while the
user types, asks the registry for codes containing what was typed (debounced, at most
50), so it stays quick with 100,000 persons instead of loading every code.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel, name_clear_button
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import PersonQuery

RECENT = 200
MATCHES = 50
TYPING_PAUSE_MS = 250


class PersonPicker(QWidget):
    chosen = Signal(int)  # the person id

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Case code"))
        self.code.setPlaceholderText("EMP-2025-0001")
        self.code.setClearButtonEnabled(True)
        name_clear_button(self.code)
        self.code.setMaximumWidth(260)
        self.codes = QStringListModel(self)
        self.completer = QCompleter(self.codes, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code.setCompleter(self.completer)
        caption = QLabel(self.tr("Case &code:"), self)
        caption.setBuddy(self.code)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.message = MessageLabel(self)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._lookup)
        self.code.textEdited.connect(lambda _text: self._pause.start())
        self.code.returnPressed.connect(self.open_typed)
        self.completer.activated.connect(self.open_code)
        self.open_button.clicked.connect(self.open_typed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.code, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.message, 2)
        row.addStretch(1)
        QWidget.setTabOrder(self.code, self.open_button)

    def load_recent(self) -> None:
        query = PersonQuery(sort="code", descending=True)
        rows = self.session.call(registry_service.list_persons, query, RECENT)
        self.codes.setStringList([row.code for row in rows])

    def _lookup(self) -> None:
        typed = self.code.text().strip()
        if len(typed) < 2 or not self.session.is_open:
            return
        query = PersonQuery(text=typed, sort="code", descending=True)
        rows = self.session.call(registry_service.list_persons, query, MATCHES)
        self.codes.setStringList([row.code for row in rows])
        self.completer.complete()

    def open_typed(self) -> None:
        self.open_code(self.code.text())

    def open_code(self, code: str) -> None:
        self._pause.stop()
        if not code.strip():
            self.message.show_error(self.tr("Type a case code."))
            return
        try:
            found = self.session.call(registry_service.find_person, code)
        except Exception as error:  # noqa: BLE001 - shown as text
            self.message.show_error(error_message(error))
            return
        if found is None:
            self.message.show_error(self.tr("No case with code %1.").replace("%1", code.strip()))
            return
        self.message.clear_message()
        self.code.setText(found.code)
        self.chosen.emit(found.id)

    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.message.clear_message()

    def clear(self) -> None:
        self._pause.stop()
        self.code.clear()
        self.codes.setStringList([])
        self.message.clear_message()
