"""Tab 'Contacten': the person's contact moments and a form to add one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import (
    MAX_TEXT,
    ContactInput,
    InvalidInput,
    require_valid,
    validate_contact,
)
from emp_desktop.domain.vocabulary import CONTACT_MODES
from emp_desktop.gui.registry.contact_model import Col, ContactModel
from emp_desktop.gui.registry.fields import (
    DateTimeField,
    FieldForm,
    VocabCombo,
    duration_box,
    not_saved_text,
)
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import registry_service


class ContactsTab(QWidget):
    edited = Signal()
    saved = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.code = ""
        self.model = ContactModel(session, self)
        self.table = self._table()
        self.form = FieldForm(self)
        self.at = DateTimeField(self)
        self.mode = VocabCombo(CONTACT_MODES, self)
        self.with_whom = QLineEdit(self)
        self.with_whom.setMaxLength(MAX_TEXT["short"])
        self.duration = duration_box(self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)  # Tab leaves the note, as in every other field
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.form.add("at", self.tr("Date and &time:"), self.at)
        self.form.add("mode", self.tr("&Mode:"), self.mode)
        self.form.add("with_whom", self.tr("&With whom:"), self.with_whom)
        self.form.add("duration_minutes", self.tr("Duration:"), self.duration)
        self.form.add("note", self.tr("&Note:"), self.note)
        self.add_button = QPushButton(self.tr("&Add contact"), self)
        self.add_button.clicked.connect(self.save)
        self.message = MessageLabel(self)
        self._layout()
        for signal in (
            self.at.textEdited,
            self.with_whom.textEdited,
            self.note.textChanged,
            self.duration.valueChanged,
            self.mode.currentIndexChanged,
        ):
            signal.connect(self._edited)
        self._loading = False

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Contact moments"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.hideColumn(Col.CODE)  # always this person
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        chain = [self.table, self.at, self.mode, self.with_whom, self.duration, self.note]
        chain.append(self.add_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_person(self, person_id: int | None, code: str) -> None:
        self.person_id, self.code = person_id, code
        self.reset_form()
        self.load()

    def load(self) -> None:
        if self.person_id is None:
            self.model.set_rows([])
            return
        contacts = self.session.call(registry_service.contacts_of, self.person_id)
        self.model.set_rows([(self.code, c) for c in contacts])
        self.table.resizeColumnsToContents()

    def reset_form(self) -> None:
        self._loading = True
        self.at.set_now()
        self.mode.setCurrentIndex(0)
        self.with_whom.clear()
        self.duration.setValue(0)
        self.note.clear()
        self.form.clear_errors()
        self.message.clear_message()
        self._loading = False

    def has_input(self) -> bool:
        return bool(self.with_whom.text().strip() or self.note.toPlainText().strip())

    def collect(self) -> ContactInput:
        at, problem = self.at.value()
        contact = ContactInput(
            at=at or datetime.now(),
            mode=self.mode.code() or "",
            with_whom=self.with_whom.text().strip(),
            duration_minutes=self.duration.value(),
            note=self.note.toPlainText().strip(),
        )
        require_valid({"at": problem} if problem else {}, validate_contact(contact, datetime.now()))
        return contact

    def save(self) -> bool:
        if self.person_id is None:
            return True
        try:
            contact = self.collect()
            self.session.call(registry_service.add_contact, self.person_id, contact)
        except InvalidInput as invalid:
            self.form.show_errors(invalid.errors)
            self.message.show_error(not_saved_text())
            return False
        self.reset_form()
        self.message.show_info(self.tr("Contact added."))
        self.load()
        self.saved.emit()
        return True

    def set_hide_private(self, hide: bool) -> None:
        self.model.set_hide_private(hide)
        for col in (Col.WITH_WHOM, Col.NOTE):
            self.table.setColumnHidden(col, hide)

    def draft(self) -> dict | None:
        if not self.has_input():
            return None
        return {
            "at": self.at.text(),
            "mode": self.mode.code(),
            "with_whom": self.with_whom.text(),
            "duration": self.duration.value(),
            "note": self.note.toPlainText(),
        }

    def restore(self, saved: dict) -> None:
        self.at.setText(saved.get("at", ""))
        self.mode.set_code(saved.get("mode"))
        self.with_whom.setText(saved.get("with_whom", ""))
        self.duration.setValue(int(saved.get("duration", 0)))
        self.note.setPlainText(saved.get("note", ""))

    def clear(self) -> None:
        self.person_id, self.code = None, ""
        self.model.set_rows([])
        self.reset_form()
        self.at.clear()
