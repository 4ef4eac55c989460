"""The unlock window: the only thing on screen while the vault is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from emp_desktop.gui.dialogs import RecoveryDialog
from emp_desktop.gui.help import FIRST_START, install_help_key
from emp_desktop.gui.translation import error_message, titled
from emp_desktop.gui.widgets import MessageLabel, busy_bar, heading
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import vault_service


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # OpenVault
    demo_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._busy = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.setWindowTitle(titled(self.tr("Locked")))
        self._build()
        self.setMinimumWidth(520)
        self.help_key = install_help_key(self, lambda: FIRST_START)

    def _build(self) -> None:
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(300)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(
            self.tr("Forgotten your passphrase? Use the &recovery code"), self
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("text-decoration: underline; text-align: left;")
        self.demo_button = QPushButton(self.tr("Try the &demo vault (synthetic data)…"), self)
        self.demo_button.setFlat(True)
        self.demo_button.setStyleSheet("text-decoration: underline; text-align: left;")
        self.busy = busy_bar(self)
        self.message = MessageLabel(self)
        folder = QLabel(self.tr("Vault: %1").replace("%1", str(self.folder)), self)
        folder.setWordWrap(True)
        folder.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(heading(self.tr("The vault is locked"), self))
        layout.addWidget(QLabel(self.tr("Type your passphrase to open the vault."), self))
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(folder)
        QWidget.setTabOrder(self.passphrase, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.demo_button)
        self.demo_button.clicked.connect(self.demo_requested)
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.forgot_button.clicked.connect(self.open_recovery)

    def reset(self) -> None:
        """Fresh state each time the vault is locked; a pending back-off is honoured."""
        self.passphrase.clear()
        self.message.clear_message()
        self._refresh_wait()
        self.passphrase.setFocus()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        self.passphrase.setFocus()

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0

    def submit(self) -> None:
        if self._busy or self.waiting or not self.passphrase.text():
            return
        self._set_busy(True)
        self.message.clear_message()
        run_in_background(
            vault_service.unlock,
            self.folder,
            self.passphrase.text(),
            on_success=self._unlocked,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.waiting)
        self.forgot_button.setEnabled(not busy)

    def _unlocked(self, opened: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(opened)

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]
        self._refresh_wait()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _refresh_wait(self) -> None:
        self._wait_left = vault_service.seconds_until_next_attempt(self.folder)
        if self._wait_left > 0:
            self._countdown.start()
        else:
            self._countdown.stop()
        self._show_wait()

    def _tick(self) -> None:
        # Asked again each second rather than counted down here: timers drift, and the
        # back-off file is the truth (another attempt may have failed meanwhile).
        self._refresh_wait()

    def _show_wait(self) -> None:
        if self.waiting:
            self.unlock_button.setText(
                self.tr("Try again in %1 s").replace("%1", str(self._wait_left))
            )
        else:
            self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setEnabled(not self.waiting and not self._busy)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.folder, self)
        dialog.recovered.connect(self._unlocked)
        dialog.open()  # window-modal, but never blocks the event loop
