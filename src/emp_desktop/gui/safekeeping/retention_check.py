"""The monthly retention run after unlock: first a preview (a quick dry run), then the
coordinator decides; the run itself goes off the GUI thread. Declining asks again at
the next unlock, so expired data is never kept silently."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import APP_TITLE, error_message
from emp_desktop.services import retention_service
from emp_desktop.services.retention_service import RetentionReport

DELAY_MS = 4000  # after unlock, once the first page has been drawn


class RetentionCheck(QObject):
    def __init__(self, session: VaultSession, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self.session, self.window = session, parent_window
        self.box: QMessageBox | None = None

    def after_unlock(self, delay_ms: int = DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.check)  # never after the window is gone

    def check(self) -> None:
        if not self.session.is_open or not self.session.call(retention_service.is_run_due):
            return
        # The dry run is a few indexed queries: on the GUI thread, so that it never makes
        # a lock wait (a background task would hold the lock until it reported back).
        try:
            report = self.session.call(
                lambda vault: retention_service.run_retention(vault, dry_run=True)
            )
        except Exception as error:  # noqa: BLE001 - typed errors become Dutch text
            self._failed(error)
            return
        self._previewed(report)

    def _previewed(self, report: object) -> None:
        assert isinstance(report, RetentionReport)
        if not self.session.is_open:
            return
        if report.anonymised == 0:
            self.session.call(retention_service.mark_checked)
            return
        self.box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE, self._preview_text(report))
        self.box.setParent(self.window, self.box.windowFlags())
        run = self.box.addButton(self.tr("&Anonymise now"), QMessageBox.ButtonRole.AcceptRole)
        self.box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        run.clicked.connect(self.run)
        self.box.open()

    def _preview_text(self, report: RetentionReport) -> str:
        tiers = report.tiers
        return (
            self.tr(
                "The retention period has passed for %1 clients, %2 signals and %3 advice "
                "questions. Anonymising removes their identity and free text; the coded "
                "registration stays for the statistics."
            )
            .replace("%1", str(tiers["client"]["anonymised"]))
            .replace("%2", str(tiers["signaal"]["anonymised"]))
            .replace("%3", str(tiers["adviesvraag"]["anonymised"]))
        )

    def run(self) -> None:
        if self.session.is_open:
            self.session.run(
                retention_service.run_retention, on_success=self._ran, on_error=self._failed
            )

    def _ran(self, report: object) -> None:
        assert isinstance(report, RetentionReport)
        self.box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_TITLE,
            self.tr("%1 records anonymised.").replace("%1", str(report.anonymised)),
        )
        self.box.open()

    def _failed(self, error: object) -> None:
        self.box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, error_message(error))  # type: ignore[arg-type]
        self.box.open()
