"""The one way to run slow work (Argon2id, backups, checks) off the GUI thread.

A `Task` is a QObject that lives in the GUI thread. The work runs on the global thread
pool and reports back through a private signal; because the receiver lives in the GUI
thread, Qt queues that call there, and the public signals `succeeded`, `failed` and
`progress` are always emitted on the GUI thread, whatever is connected to them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

# Tasks are kept alive here until they report back: a result such as an open vault
# must never be dropped because the widget that asked for it went away.
_running: set[Task] = set()


class Task(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; EmpError subclasses for expected failures
    progress = Signal(int, int)
    finished = Signal()

    _result = Signal(bool, object)
    _step = Signal(int, int)

    def __init__(
        self, fn: Callable[..., object], *args: object, with_progress: bool = False
    ) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._with_progress = with_progress
        self._result.connect(self._deliver)
        self._step.connect(self.progress)

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(self._work)

    def _work(self) -> None:
        kwargs = {"progress": self._step.emit} if self._with_progress else {}
        try:
            result = self._fn(*self._args, **kwargs)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread as a value
            self._result.emit(False, error)
        else:
            self._result.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        try:
            (self.succeeded if ok else self.failed).emit(value)
        finally:
            _running.discard(self)
            self.finished.emit()


def run_in_background(
    fn: Callable[..., object],
    *args: object,
    on_success: Callable[[object], None],
    on_error: Callable[[object], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Runs `fn(*args)` on the thread pool; `on_progress` adds a `progress=` argument."""
    task = Task(fn, *args, with_progress=on_progress is not None)
    task.succeeded.connect(on_success)
    task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    task.start()
    return task


def running_count() -> int:
    return len(_running)


def finish_all(timeout_ms: int = 120_000) -> bool:
    """At quit: let running work end, then drop its undelivered results.

    A task still running after the app object is gone emits into a deleted object, and a
    queued result still in the event queue is freed by Qt after Python has started to
    shut down: the crash on quit ("bool_dealloc", SIGABRT). Waiting here, while the app
    and the vault are still there, and emptying the queue makes quitting clean. The wait
    is long because a backup in progress must finish before the vault is closed.
    """
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.removePostedEvents(None, 0)
    _running.clear()
    return done
