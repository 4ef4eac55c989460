"""'Demo-kluis openen': a separate vault of synthetic persons for trying the app.

The shell (unlock window, first run) decides where to offer it and what to do with
the opened vault: connect `opened` to the controller's `enter`. Building the demo the
first time takes a few seconds, so it runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.gui.widgets import MessageLabel, busy_bar, heading
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import demo_service, vault_service

DEMO_PERSONS = 2000


def default_demo_folder() -> Path:
    """Beside the real vault, never inside it."""
    return vault_service.default_vault_folder().parent / "demo-kluis"


class DemoVaultDialog(QDialog):
    opened = Signal(object)  # OpenVault of the demo vault

    def __init__(
        self, folder: Path | None = None, parent: QWidget | None = None, *, kdf: object = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Demo vault — %1").replace("%1", APP_TITLE))
        self.folder = folder or default_demo_folder()
        self._kdf = kdf  # the test suite's cheap key derivation; the app passes none
        self._busy = False
        intro = QLabel(
            self.tr(
                "The demo vault holds only synthetic persons (invented names, every address "
                "on the 'Demostraat'), so you can try every screen without real client data. "
                "It is a separate vault in its own folder (%1), opened only from here; "
                "every screen shows a red DEMO banner. Never enter real client data in it."
            ).replace("%1", str(self.folder)),
            self,
        )
        intro.setWordWrap(True)
        self.busy = busy_bar(self)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open demo vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.open_demo)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Demo vault"), self))
        layout.addWidget(intro)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def open_demo(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.busy.show()
        self.open_button.setEnabled(False)
        first_time = not vault_service.vault_exists(self.folder)
        if first_time:
            self.message.show_info(self.tr("Building the demo vault, this takes a moment…"))
        run_in_background(
            _open, self.folder, self._kdf, on_success=self._done, on_error=self._failed
        )

    def _done(self, vault: object) -> None:
        self._busy = False
        self.busy.hide()
        self.accept()
        self.opened.emit(vault)

    def _failed(self, error: object) -> None:
        self._busy = False
        self.busy.hide()
        self.open_button.setEnabled(True)
        self.message.show_error(error_message(error))  # type: ignore[arg-type]

    def reject(self) -> None:
        if not self._busy:  # a vault being built finishes first
            super().reject()


def _open(folder: Path, kdf: object) -> object:
    return demo_service.open_demo_vault(folder, DEMO_PERSONS, kdf=kdf)
