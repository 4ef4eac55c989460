"""The status bar's "laatste geverifieerde back-up: 2 dagen geleden", with a warning
in words (not colour alone) once it is older than the configured number of days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWidget

from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import ElidedLabel
from emp_desktop.services import backup_schedule

_WARNING_STYLE = "color: #a00000; font-weight: bold;"


class BackupStatusLabel(ElidedLabel):
    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__("", parent)
        self.session, self.clock = session, clock
        self.setAccessibleName(self.tr("Last verified backup"))
        session.opened.connect(self.refresh)
        session.closed.connect(self.clear)

    def refresh(self) -> None:
        if not self.session.is_open:
            self.clear()
            return
        status = self.session.call(backup_schedule.backup_status)
        now = self.clock()
        self.setText(self._age_text(status.age_days(now)))
        overdue = status.is_overdue(now)
        if overdue:
            self.setText(
                self.text()
                + " — "
                + self.tr("older than %1 days: connect a backup target").replace(
                    "%1", str(status.warn_days)
                )
            )
        self.setStyleSheet(_WARNING_STYLE if overdue else "")
        self.setAccessibleDescription(self.text())

    def _age_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("Last verified backup: never")
        if days <= 0:
            return self.tr("Last verified backup: today")
        if days == 1:
            return self.tr("Last verified backup: yesterday")
        return self.tr("Last verified backup: %1 days ago").replace("%1", str(days))
