"""What makes the app lock by itself: no input for a while, or the lock key anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

LOCK_SHORTCUT = "Ctrl+L"  # the panic key: locks from every window of the app
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.HoverMove,
        QEvent.Type.InputMethod,
    }
)


WARNING_LEAD_MS = 30_000


class IdleWatcher(QObject):
    """Emits `idle` once `timeout_ms` pass without user input while it is running, and
    `warning(ms_left)` 30 s before (half-way for very short timeouts), so that nobody is
    surprised by a lock in the middle of typing; `resumed` when input follows a warning."""

    idle = Signal()
    warning = Signal(int)
    resumed = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._warn_timer = QTimer(self)
        self._warn_timer.setSingleShot(True)
        self._warn_timer.timeout.connect(self._warn)
        self._warned = False
        self._set_intervals(timeout_ms)
        self._installed = False

    def _set_intervals(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        self._warn_timer.setInterval(timeout_ms - self.warning_lead_ms(timeout_ms))

    @staticmethod
    def warning_lead_ms(timeout_ms: int) -> int:
        return min(WARNING_LEAD_MS, timeout_ms // 2)

    def _restart(self) -> None:
        self._timer.start()
        self._warn_timer.start()
        if self._warned:
            self._warned = False
            self.resumed.emit()

    def _warn(self) -> None:
        self._warned = True
        self.warning.emit(self.warning_lead_ms(self._timer.interval()))

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._set_intervals(timeout_ms)
        if self._timer.isActive():
            self._restart()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)  # sees input to every window, dialogs included
            self._installed = True
        self._restart()

    def stop(self) -> None:
        self._timer.stop()
        self._warn_timer.stop()
        self._warned = False
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _fire(self) -> None:
        self._warn_timer.stop()
        self._warned = False
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._restart()  # restarts the countdown
        return False


class LockKeyFilter(QObject):
    """The lock key from any window of the app, modal dialogs included.

    The main window's QShortcut does not fire while a window-modal dialog (change
    passphrase, backup progress) blocks it; this application-wide filter does.
    """

    pressed = Signal()

    def __init__(self, sequence: QKeySequence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sequence = sequence
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._sequence
        ):
            self.pressed.emit()
            return True  # handled: the key press goes no further
        return False
