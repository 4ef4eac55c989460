"""Tab 'Toestemming': consent per purpose, who signed it, and its withdrawal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import InvalidInput
from emp_desktop.domain.vocabulary import CONSENT_PURPOSES, CONSENT_SIGNERS
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.fields import DateField, FieldForm, VocabCombo, not_saved_text
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import ConsentView, PersonDetail

PARENT_SIGNS_BELOW = 16


class ConsentTab(QWidget):
    changed = Signal()  # a consent was given or withdrawn: the detail reloads

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: PersonDetail | None = None
        self.table = self._table()
        self.give_form = FieldForm(self)
        self.purpose = VocabCombo(CONSENT_PURPOSES, self)
        self.given_on = DateField(self, required=True)
        self.signer = VocabCombo(CONSENT_SIGNERS, self)
        self.give_form.add("purpose", self.tr("&Purpose:"), self.purpose)
        self.give_form.add("given_on", self.tr("&Given on:"), self.given_on)
        self.give_form.add("signer", self.tr("Sig&ned by:"), self.signer)
        self.give_button = QPushButton(self.tr("R&ecord consent"), self)
        self.give_button.clicked.connect(self.give)
        self.withdraw_form = FieldForm(self)
        self.withdrawn_on = DateField(self, required=True)
        self.withdraw_form.add("withdrawn_on", self.tr("&Withdrawn on:"), self.withdrawn_on)
        self.withdraw_button = QPushButton(self.tr("Wi&thdraw selected consent"), self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.message = MessageLabel(self)
        self._layout()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Purpose"), self.tr("Given on"), self.tr("Signed by"), self.tr("Withdrawn on")]
        )
        table.setAccessibleName(self.tr("Consents"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _layout(self) -> None:
        give = QGroupBox(self.tr("Record consent"), self)
        give_column = QVBoxLayout(give)
        give_column.addWidget(self.give_form)
        give_column.addWidget(self.give_button, 0, Qt.AlignmentFlag.AlignLeft)
        withdraw = QGroupBox(self.tr("Withdraw consent"), self)
        withdraw_column = QVBoxLayout(withdraw)
        withdraw_column.addWidget(self.withdraw_form)
        withdraw_column.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        boxes = QHBoxLayout()
        boxes.addWidget(give, 1)
        boxes.addWidget(withdraw, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        chain = [
            self.table,
            self.purpose,
            self.given_on,
            self.signer,
            self.give_button,
            self.withdrawn_on,
            self.withdraw_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def show_detail(self, detail: PersonDetail) -> None:
        self.detail = detail
        self.table.setRowCount(0)
        for consent in detail.consents:
            self._add_row(consent)
        self.table.resizeColumnsToContents()
        self.given_on.set_value(date.today())
        self.withdrawn_on.set_value(date.today())
        young = detail.age is not None and detail.age < PARENT_SIGNS_BELOW
        self.signer.set_code("ouder" if young else "client")

    def _add_row(self, consent: ConsentView) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        withdrawn = display.date_text(consent.withdrawn_on) or self.tr("active")
        cells = (
            display.label(CONSENT_PURPOSES, consent.purpose),
            display.date_text(consent.given_on),
            display.label(CONSENT_SIGNERS, consent.signer),
            withdrawn,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, consent.id)
            self.table.setItem(row, column, item)

    def _signer_problem(self) -> dict[str, str]:
        age = self.detail.age if self.detail else None
        if age is not None and age < PARENT_SIGNS_BELOW and self.signer.code() == "client":
            return {"signer": self.tr("Under 16 a parent or guardian signs.")}
        return {}

    def give(self) -> bool:
        if self.detail is None:
            return False
        self.give_form.clear_errors()
        given_on, problem = self.given_on.value()
        if problem:
            return self._invalid(self.give_form, {"given_on": problem})
        signer_problem = self._signer_problem()
        if signer_problem:
            self.give_form.error_labels["signer"].setText(signer_problem["signer"])
            self.give_form.error_labels["signer"].show()
            self.message.show_error(not_saved_text())
            return False
        try:
            self.session.call(
                registry_service.give_consent,
                self.detail.id,
                self.purpose.code(),
                given_on,
                self.signer.code(),
            )
        except InvalidInput as invalid:
            return self._invalid(self.give_form, invalid.errors)
        self.message.show_info(self.tr("Consent recorded."))
        self.changed.emit()
        return True

    def withdraw(self) -> bool:
        self.withdraw_form.clear_errors()
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            self.message.show_error(self.tr("Select the consent to withdraw first."))
            return False
        on, problem = self.withdrawn_on.value()
        if problem:
            return self._invalid(self.withdraw_form, {"withdrawn_on": problem})
        consent_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.session.call(registry_service.withdraw_consent, consent_id, on)
        except InvalidInput as invalid:
            return self._invalid(self.withdraw_form, invalid.errors)
        self.message.show_info(self.tr("Consent withdrawn."))
        self.changed.emit()
        return True

    def _invalid(self, form: FieldForm, errors: dict[str, str]) -> bool:
        form.show_errors(errors)
        self.message.show_error(not_saved_text())
        return False

    def clear(self) -> None:
        self.detail = None
        self.table.setRowCount(0)
        self.given_on.clear()
        self.withdrawn_on.clear()
        self.give_form.clear_errors()
        self.withdraw_form.clear_errors()
        self.message.clear_message()
