"""Dialogs around the passphrase: reset with the recovery code, and change it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain import recovery_code
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message, titled
from emp_desktop.gui.widgets import MessageLabel, NewPassphraseForm, busy_bar
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import vault_service


class _PassphraseDialog(QDialog):
    """The shared frame: intro, fields, new passphrase twice, busy bar, message, buttons."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_TITLE)  # each subclass names itself in front of it
        self._busy = False
        # translate() with this class's own context: self.tr() would look the text up
        # under the subclass's name at run time.
        self.form = NewPassphraseForm(
            self,
            first_label=QCoreApplication.translate("PassphraseDialog", "&New passphrase:"),
            repeat_label=QCoreApplication.translate("PassphraseDialog", "Re&peat new passphrase:"),
        )
        self.busy = busy_bar(self)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self.message.clear_message)
        self.setMinimumWidth(560)

    def _first_problem(self) -> str | None:
        return self.form.problem()

    def submit(self) -> None:
        if self._busy:
            return
        problem = self._first_problem()
        if problem:
            self.message.show_error(problem)
            return
        self._set_busy(True)
        self._start()

    def _start(self) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.form, self.buttons):
            widget.setEnabled(not busy)

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]

    def reject(self) -> None:
        if not self._busy:  # a key derivation in flight finishes first
            super().reject()


class RecoveryDialog(_PassphraseDialog):
    """Forgotten passphrase: the recovery code from the safe opens the vault once more."""

    recovered = Signal(object)  # OpenVault

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Forgotten passphrase")))
        self.intro.setText(
            self.tr(
                "Type the recovery code from the paper kept in the organisation's safe, and "
                "choose a new passphrase. The recovery code stays valid."
            )
        )
        self.ok_button.setText(self.tr("&Reset passphrase"))
        self.folder = folder
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.form.rows.insertRow(0, self.tr("Recovery &code:"), self.code)
        QWidget.setTabOrder(self.code, self.form.first)
        QWidget.setTabOrder(self.form.first, self.form.repeat)
        self.code.setFocus()

    def _first_problem(self) -> str | None:
        if not recovery_code.looks_valid(self.code.text()):
            return self.tr(
                "This is not a complete recovery code: it has 7 groups of 4 letters and digits."
            )
        return self.form.problem()

    def _start(self) -> None:
        run_in_background(
            vault_service.recover,
            self.folder,
            self.code.text(),
            self.form.passphrase(),
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, opened: object) -> None:
        self._set_busy(False)
        self.accept()
        self.recovered.emit(opened)


class ChangePassphraseDialog(_PassphraseDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Change passphrase")))
        self.intro.setText(
            self.tr(
                "The new passphrase replaces the current one at once. The recovery code does "
                "not change."
            )
        )
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.session = session
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form.rows.insertRow(0, self.tr("C&urrent passphrase:"), self.current)
        QWidget.setTabOrder(self.current, self.form.first)
        QWidget.setTabOrder(self.form.first, self.form.repeat)
        self.current.setFocus()

    def _first_problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type the current passphrase.")
        return self.form.problem()

    def _start(self) -> None:
        self.session.run(
            vault_service.change_passphrase,
            self.current.text(),
            self.form.passphrase(),
            on_success=self._done,
            on_error=self._failed,
        )

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()
