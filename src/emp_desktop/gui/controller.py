"""Which window is on screen, and the lock: the one place that opens and closes the vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence

from emp_desktop.gui.idle import LOCK_SHORTCUT, IdleWatcher, LockKeyFilter
from emp_desktop.gui.safekeeping.auto_backup import AutoBackup
from emp_desktop.gui.safekeeping.retention_check import RetentionCheck
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings
from emp_desktop.gui.unlock import UnlockWindow
from emp_desktop.gui.wizard import CreateVaultWizard
from emp_desktop.gui.workers import finish_all
from emp_desktop.services import vault_service

if TYPE_CHECKING:
    from emp_desktop.gui.main_window import MainWindow

MINUTE_MS = 60_000


class AppController(QObject):
    """`idle_ms` and `kdf` exist for the test suite; the app passes neither."""

    def __init__(
        self,
        folder: Path,
        settings: Settings,
        *,
        idle_ms: int | None = None,
        kdf: object = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self._kdf = kdf
        self._fixed_idle = idle_ms is not None
        self._lock_pending = False
        self.session = VaultSession(self)
        self.unlock_window = UnlockWindow(folder)
        self._main_window: MainWindow | None = None
        self.wizard: CreateVaultWizard | None = None
        self.idle = IdleWatcher(idle_ms or settings.idle_minutes * MINUTE_MS, self)
        self.unlock_window.unlocked.connect(self.enter)
        self.unlock_window.demo_requested.connect(self.open_demo)
        self.idle.idle.connect(self.lock)
        self.lock_key = LockKeyFilter(QKeySequence(LOCK_SHORTCUT), self)
        self.lock_key.pressed.connect(self.lock)
        self.session.tasks_done.connect(self._tasks_done)
        # Backups by themselves at lock and close; the retention preview after unlock.
        self.auto_backup = AutoBackup(self.session, self)
        self.retention_check: RetentionCheck | None = None
        self._quit_pending = False

    @property
    def main_window(self) -> MainWindow:
        """Built on first use: at start-up only once the unlock window has been painted
        (its imports and nine pages cost more than the unlock window itself), and so
        while the user types the passphrase, not before the first window appears."""
        if self._main_window is None:
            from emp_desktop.gui.main_window import MainWindow

            window = MainWindow(self.folder, self.settings, self.session)
            window.lock_requested.connect(self.lock)
            window.settings_page.idle_minutes_changed.connect(self._idle_minutes)
            self.idle.warning.connect(window.warn_idle_lock)
            self.idle.resumed.connect(window.idle_lock_cancelled)
            self.auto_backup.finished.connect(window.backup_status.refresh)
            self.retention_check = RetentionCheck(self.session, window)
            window.installEventFilter(self)
            self._main_window = window
        return self._main_window

    def start(self) -> None:
        if vault_service.vault_exists(self.folder):
            self.show_unlock()
            self.unlock_window.installEventFilter(self)
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        self.wizard = CreateVaultWizard(self.folder, kdf=self._kdf)
        self.wizard.vault_ready.connect(self.enter)
        self.wizard.abandoned.connect(QCoreApplication.quit)
        self.wizard.show()

    def open_demo(self) -> None:
        """The demo vault (synthetic data, its own folder); locking returns to the real one."""
        from emp_desktop.gui.registry.demo_dialog import DemoVaultDialog

        dialog = DemoVaultDialog(parent=self.unlock_window, kdf=self._kdf)
        dialog.opened.connect(self.enter)
        dialog.open()
        self.demo_dialog = dialog

    def show_unlock(self) -> None:
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def enter(self, opened: object) -> None:
        """Unlocked (or just created): back to the page the user was on."""
        self.session.open(opened)  # type: ignore[arg-type]
        self.main_window.attach()
        self.main_window.setWindowState(
            self.main_window.windowState() & ~Qt.WindowState.WindowMinimized
        )
        self.main_window.show()
        self.main_window.raise_()
        self.main_window.activateWindow()
        self.unlock_window.hide()
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.idle.start()
        if self.retention_check is not None:
            self.retention_check.after_unlock()

    def lock(self) -> None:
        if not self.session.is_open:
            return
        if self.session.busy:
            # A backup or check is using the database; lock the moment it reports back.
            self._lock_pending = True
            return
        if self._backup_first():
            self._lock_pending = True  # locks the moment the backup reports back
            return
        self._lock_pending = False
        self.idle.stop()
        self.main_window.clear()
        self.main_window.hide()
        self.session.close()
        self.show_unlock()

    def _backup_first(self) -> bool:
        """Nothing stays on screen while the automatic backup runs behind its dialog."""
        if not self.auto_backup.start():
            return False
        self.idle.stop()
        self.main_window.clear()
        self.main_window.hide()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """After the unlock window's first paint: build the main window in the next turn
        of the event loop (keys typed meanwhile wait in the queue, none is lost). Closing
        the main window: the automatic backup first."""
        if watched is self.unlock_window and event.type() == QEvent.Type.Paint:
            self.unlock_window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.main_window)
            return False
        if (
            watched is self._main_window
            and event.type() == QEvent.Type.Close
            and self.session.is_open
            and not self.session.busy
            and self._backup_first()
        ):
            self._quit_pending = True  # close for real once the backup is done
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _tasks_done(self) -> None:
        if self._quit_pending:
            self._quit_pending = False
            self.main_window.close()
            QCoreApplication.quit()
        elif self._lock_pending:
            self.lock()

    def _idle_minutes(self, minutes: int) -> None:
        if not self._fixed_idle:
            self.idle.set_timeout_ms(minutes * MINUTE_MS)

    def shutdown(self) -> None:
        """The app quits: let running work end, then close the vault without showing anything."""
        self.idle.stop()
        finish_all()  # a backup or query still running must not lose its vault under it
        self.lock_key.remove()
        window = self._main_window
        if window is not None:
            if window.isVisible():
                window.save_geometry()
            window.clear()
        self.session.close()
        self.settings.sync()

    def dispose(self) -> None:
        """Deletes the top-level windows now, while the application object still exists."""
        import shiboken6

        # `_main_window`, not the property: a main window never built is not built now.
        for window in (self.wizard, self.unlock_window, self._main_window):
            if window is not None and shiboken6.isValid(window):
                shiboken6.delete(window)
        self.wizard = None
