"""The open vault as the GUI holds it: an opaque handle passed to services, nothing more.

Pages never see ORM objects or the handle itself; they ask the session to call a
service function with it, synchronously for quick reads or on the thread pool for slow
work. The session counts running tasks so that a lock waits for a backup to finish
instead of pulling the database away from under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from emp_desktop.domain.errors import VaultLocked
from emp_desktop.gui.workers import Task, run_in_background
from emp_desktop.services import vault_service

if TYPE_CHECKING:  # the handle's type only; the GUI reaches storage through services
    from emp_desktop.services.vault_service import OpenVault


class VaultSession(QObject):
    opened = Signal()
    closed = Signal()
    tasks_done = Signal()  # the last running task reported back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._running = 0

    @property
    def vault(self) -> OpenVault | None:
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def busy(self) -> bool:
        return self._running > 0

    def open(self, vault: OpenVault) -> None:
        self._vault = vault
        self.opened.emit()

    def close(self) -> None:
        """Disposes the engine and drops the key (vault_service.lock)."""
        vault, self._vault = self._vault, None
        if vault is not None:
            vault_service.lock(vault)
            self.closed.emit()

    def call(self, fn: Callable[..., Any], *args: object) -> Any:
        """A quick service call on the GUI thread: `fn(vault, *args)`."""
        if self._vault is None:
            raise VaultLocked()
        return fn(self._vault, *args)

    def run(
        self,
        fn: Callable[..., Any],
        *args: object,
        on_success: Callable[[object], None],
        on_error: Callable[[object], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Slow work on the thread pool: `fn(vault, *args)`, results back on the GUI thread."""
        if self._vault is None:
            raise VaultLocked()
        self._running += 1
        task = run_in_background(
            fn,
            self._vault,
            *args,
            on_success=on_success,
            on_error=on_error,
            on_progress=on_progress,
        )
        task.finished.connect(self._task_finished)
        return task

    def _task_finished(self) -> None:
        self._running -= 1
        if self._running == 0:
            self.tasks_done.emit()
