"""Tab 'Identiteit': hidden until asked for, every showing written to the audit trail."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import (
    IdentityInput,
    InvalidInput,
    require_valid,
    validate_identity,
)
from emp_desktop.gui.registry.fields import AgeBox, DateField, FieldForm, not_saved_text
from emp_desktop.gui.registry.secret import protect_from_copy
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import IdentityView

TEXT_FIELDS = ("first_name", "tussenvoegsel", "surname", "aliases", "phone", "address")


class IdentityTab(QWidget):
    edited = Signal()
    revealed = Signal()  # an audit entry was written
    saved = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._hidden_page())
        self.pages.addWidget(self._shown_page())
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _hidden_page(self) -> QWidget:
        page = QWidget(self)
        self.hidden_note = QLabel(
            self.tr(
                "The identity is hidden. Showing it is recorded in the audit trail with "
                "your name and the time."
            ),
            page,
        )
        self.hidden_note.setWordWrap(True)
        self.reason = self._reason_box(page)
        reason_label = QLabel(self.tr("Re&ason:"), page)
        reason_label.setBuddy(self.reason)
        self.reveal_button = QPushButton(self.tr("Sho&w identity"), page)
        self.reveal_button.clicked.connect(lambda: self.reveal())
        column = QVBoxLayout(page)
        column.addWidget(self.hidden_note)
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _reason_box(self, parent: QWidget) -> QComboBox:
        """Why the name is needed: chosen from the usual reasons or typed; it goes into the
        audit trail beside the coordinator's name."""
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("")
        for reason in (
            self.tr("Contact with the client"),
            self.tr("Referral or handover to a partner"),
            self.tr("Correcting the identity"),
            self.tr("Request of the client (subject access)"),
        ):
            box.addItem(reason)
        box.lineEdit().setPlaceholderText(self.tr("choose or type why the name is needed"))
        box.setAccessibleName(self.tr("Reason for showing the identity"))
        box.setMaxCount(20)
        return box

    def _shown_page(self) -> QWidget:
        page = QWidget(self)
        self.form = FieldForm(page)
        texts = {
            "first_name": self.tr("&First name:"),
            "tussenvoegsel": self.tr("&Prefix (tussenvoegsel):"),
            "surname": self.tr("&Surname:"),
            "aliases": self.tr("&Aliases:"),
            "phone": self.tr("P&hone:"),
            "address": self.tr("Add&ress:"),
        }
        self.edits = {name: QLineEdit(page) for name in TEXT_FIELDS}
        self.date_of_birth = DateField(page)
        self.estimated_age = AgeBox(page)
        for name in ("first_name", "tussenvoegsel", "surname", "aliases"):
            self.form.add(name, texts[name], self.edits[name])
        self.form.add("date_of_birth", self.tr("&Date of birth:"), self.date_of_birth)
        self.form.add("estimated_age", self.tr("Age &estimate (no date):"), self.estimated_age)
        for name in ("phone", "address"):
            self.form.add(name, texts[name], self.edits[name])
        for edit in [*self.edits.values(), self.date_of_birth, self.estimated_age.lineEdit()]:
            protect_from_copy(edit)
            edit.textEdited.connect(self.edited)
        self.estimated_age.valueChanged.connect(self.edited)
        self.save_button = QPushButton(self.tr("Save i&dentity"), page)
        self.save_button.clicked.connect(self.save)
        self.hide_button = QPushButton(self.tr("Hi&de identity"), page)
        self.hide_button.clicked.connect(self.conceal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(self.form)
        column.addLayout(buttons)
        chain = [*self.inputs(), self.save_button, self.hide_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    def inputs(self) -> list[QWidget]:
        edits = self.edits
        return [
            edits["first_name"],
            edits["tussenvoegsel"],
            edits["surname"],
            edits["aliases"],
            self.date_of_birth,
            self.estimated_age,
            edits["phone"],
            edits["address"],
        ]

    @property
    def is_shown(self) -> bool:
        return self.pages.currentIndex() == 1

    def set_person(self, person_id: int | None) -> None:
        self.conceal()
        self.person_id = person_id

    def reveal(self, reason: str | None = None) -> bool:
        """Asks the vault for the identity; the service writes the audit entry, with the
        reason (`reason`, or what the reason field says; none given: not shown)."""
        if self.person_id is None or not self.isEnabled():
            return False
        reason = (self.reason.currentText() if reason is None else reason).strip()
        if not reason:
            self.message.show_error(self.tr("Give a reason for showing the identity first."))
            self.reason.setFocus()
            return False
        try:
            identity = self.session.call(
                registry_service.reveal_identity, self.person_id, reason
            )
        except Exception as error:  # noqa: BLE001 - shown as a translated message
            self.message.show_error(error_message(error))
            return False
        self._show(identity)
        self.revealed.emit()
        return True

    def _show(self, identity: IdentityView | None) -> None:
        blocker = QSignalBlocker(self)  # filled from the vault: not an edit
        for name, edit in self.edits.items():
            edit.setText(getattr(identity, name) if identity else "")
        self.date_of_birth.set_value(identity.date_of_birth if identity else None)
        self.estimated_age.set_age(identity.estimated_age if identity else None)
        blocker.unblock()
        self.form.clear_errors()
        self.message.clear_message()
        if identity is None:
            self.message.show_info(self.tr("No identity recorded yet: this is a signal."))
        self.pages.setCurrentIndex(1)
        self.edits["first_name"].setFocus()

    def conceal(self) -> None:
        """Hides and empties the fields: a shown name must not linger in a widget."""
        blocker = QSignalBlocker(self)
        for edit in self.edits.values():
            edit.clear()
        self.date_of_birth.clear()
        self.estimated_age.set_age(None)
        blocker.unblock()
        self.form.clear_errors()
        self.message.clear_message()
        self.reason.setCurrentIndex(0)  # each showing asks again
        self.reason.clearEditText()
        self.pages.setCurrentIndex(0)

    def collect(self) -> IdentityInput:
        dob, problem = self.date_of_birth.value()
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        identity = IdentityInput(
            **values, date_of_birth=dob, estimated_age=self.estimated_age.age()
        )
        require_valid(
            {"date_of_birth": problem} if problem else {}, validate_identity(identity, date.today())
        )
        return identity

    def save(self) -> bool:
        if self.person_id is None or not self.is_shown:
            return True
        try:
            identity = self.collect()
            self.session.call(registry_service.set_identity, self.person_id, identity)
        except InvalidInput as invalid:
            self.form.show_errors(invalid.errors)
            self.message.show_error(not_saved_text())
            return False
        self.form.clear_errors()
        self.message.show_info(self.tr("Identity saved."))
        self.saved.emit()
        return True

    def draft(self) -> dict | None:
        if not self.is_shown:
            return None
        typed = {name: edit.text() for name, edit in self.edits.items()}
        return {
            **typed,
            "date_of_birth": self.date_of_birth.text(),
            "age": self.estimated_age.age(),
        }

    def restore(self, saved: dict) -> None:
        """Only after `reveal()`: restoring typed identity is showing it, so it is audited."""
        for name, edit in self.edits.items():
            edit.setText(saved.get(name, ""))
        self.date_of_birth.setText(saved.get("date_of_birth", ""))
        self.estimated_age.set_age(saved.get("age"))
