"""One advice question opened from the list: correct it, or delete it with a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.registry.fields import not_saved_text
from emp_desktop.gui.registry.quick_forms import AdviceForm
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import advice_service
from emp_desktop.services.advice_service import MAX_REASON, AdviceView


class AdviceDialog(QDialog):
    changed = Signal(str)  # what happened, for the list's message line

    def __init__(self, session: VaultSession, advice: AdviceView, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.advice_id = advice.id
        self.setWindowTitle(self.tr("Advice question — %1").replace("%1", APP_TITLE))
        self.form = AdviceForm(session, self, advice_id=advice.id)
        self.form.load(advice)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("why it is deleted (required)"))
        self.reason.setAccessibleName(self.tr("Reason for deleting"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("Save &changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        self._layout()

    def _layout(self) -> None:
        deletion = QFormLayout()
        caption = QLabel(self.tr("&Reason for deleting:"), self)
        caption.setBuddy(self.reason)
        deletion.addRow(caption, self.reason)
        deletion.addRow("", self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Advice question"), self))
        layout.addWidget(self.form)
        layout.addLayout(deletion)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        chain = [*self.form.inputs, self.save_button, self.reason, self.delete_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def save(self) -> None:
        try:
            done = self.form.submit()
        except Exception as error:  # noqa: BLE001 - shown as a translated message
            self.message.show_error(error_message(error))
            return
        if done is None:
            self.message.show_error(not_saved_text())
            return
        self.accept()
        self.changed.emit(done)

    def delete(self) -> None:
        try:
            self.session.call(advice_service.delete_advice, self.advice_id, self.reason.text())
        except Exception as error:  # noqa: BLE001 - shown as a translated message
            self.message.show_error(error_message(error))
            self.reason.setFocus()
            return
        self.accept()
        self.changed.emit(self.tr("Advice question deleted; the reason is in the audit trail."))
