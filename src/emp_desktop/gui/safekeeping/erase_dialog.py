"""Erasure on request (AVG art. 17): a confirmation that names what goes and what stays,
how long automatic backups can still hold it, and a reason for the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel, busy_bar
from emp_desktop.services import erasure_service
from emp_desktop.services.erasure_service import ErasurePlan


def _bullets(items: tuple[str, ...]) -> str:
    return "".join(f"<li>{item}</li>" for item in items)


class EraseDialog(QDialog):
    erased = Signal(str)  # the code

    def __init__(self, session: VaultSession, plan: ErasurePlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)
        self.session, self.plan = session, plan
        # A read-only text view, not a label: it always shows (or scrolls to) every line.
        self.summary = QTextBrowser(self)
        self.summary.setHtml(self._summary_html())
        self.summary.setAccessibleName(self.tr("What is erased and what stays"))
        self.summary.setMinimumSize(600, 330)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(erasure_service.REASON_MAX)
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        reason_label = QLabel(self.tr("&Reason (kept in the audit trail, no names):"), self)
        reason_label.setBuddy(self.reason)
        self.message = MessageLabel(self)
        self.busy = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.summary, reason_label, self.reason, self.message, self.busy):
            column.addWidget(widget)
        column.addWidget(self.buttons)
        self.reason.setFocus()

    def _summary_html(self) -> str:
        return (
            "<p><b>"
            + self.tr("Erase %1 on request?").replace("%1", self.plan.code)
            + "</b></p><p>"
            + self.tr("Removed for good:")
            + f"</p><ul>{_bullets(self.plan.goes)}</ul><p>"
            + self.tr("Stays, as an anonymous record:")
            + f"</p><ul>{_bullets(self.plan.stays)}</ul><p>{self.plan.backup_horizon}</p>"
        )

    def confirm(self) -> None:
        self.erase_button.setEnabled(False)
        self.busy.show()
        self.session.run(
            erasure_service.erase_person,
            self.plan.code,
            self.reason.text(),
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, result: object) -> None:
        self.busy.hide()
        self.erased.emit(self.plan.code)
        self.accept()

    def _failed(self, error: object) -> None:
        self.busy.hide()
        self.erase_button.setEnabled(True)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]


def open_erase_dialog(session: VaultSession, code: str, parent: QWidget) -> EraseDialog | None:
    """The dialog for this person, or None (with the reason shown) when it cannot be erased."""
    try:
        plan = session.call(erasure_service.erasure_plan, code)
    except Exception as error:  # noqa: BLE001 - already erased: say so
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, APP_TITLE, error_message(error), parent=parent
        )
        box.open()
        return None
    dialog = EraseDialog(session, plan, parent)
    dialog.open()
    return dialog
