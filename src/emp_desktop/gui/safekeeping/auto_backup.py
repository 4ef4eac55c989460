"""The backup the app makes by itself at lock and at close, when a target is reachable.

It runs off the GUI thread (the session's task runner) behind an application-modal
progress dialog, so nothing can be typed into the vault while it is copied. A target
that was full or whose test-restore failed is said in a message, never swallowed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.services import backup_schedule


class AutoBackup(QObject):
    finished = Signal(object)  # the outcomes, or the error

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.progress: QProgressDialog | None = None
        self.problem: QMessageBox | None = None
        self._ran = False
        session.opened.connect(self._new_round)

    def _new_round(self) -> None:
        self._ran = False  # one automatic backup per unlock, at its lock or close

    def start(self) -> bool:
        """Starts the backup; False when it already ran or no target is reachable."""
        if self._ran or not self.session.is_open:
            return False
        targets = self.session.call(backup_schedule.reachable_targets)
        if not targets:
            return False
        self._ran = True
        self.progress = self._dialog()
        self.session.run(
            backup_schedule.auto_backup,
            targets,
            on_success=self._done,
            on_error=self._done,
            on_progress=self._step,
        )
        return True

    def _dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Making the automatic backup…"), "", 0, 1000)
        dialog.setCancelButton(None)  # stopping halfway would leave nothing useful
        dialog.setWindowTitle(APP_TITLE)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        return dialog

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(done * 1000 / total))

    def _done(self, result: object) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        message = self._problem_text(result)
        if message:
            self.problem = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message)
            self.problem.open()
        self.finished.emit(result)

    def _problem_text(self, result: object) -> str:
        if isinstance(result, Exception):
            return error_message(result)
        lines = [
            f"{o.target}: {error_message(o.error)}"
            for o in result  # type: ignore[attr-defined]
            if o.status in ("full", "failed") and o.error is not None
        ]
        return "\n".join(lines)
