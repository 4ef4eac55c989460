"""The real app on a vault: unlock, start slow work on the thread pool, press Ctrl+Q.

Run as its own process by test_gui_quit: the crash it guards against ("bool_dealloc",
SIGABRT) happens only when the interpreter shuts down after the app object is gone.
"""

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from emp_desktop.gui import app as gui_app
from emp_desktop.gui import controller
from emp_desktop.gui.workers import run_in_background

original_start = controller.AppController.start


def _slow() -> dict:
    time.sleep(0.4)
    return {"klaar": True}


def start(self) -> None:  # noqa: ANN001
    original_start(self)
    self.unlock_window.passphrase.setText(sys.argv[2])
    QTimer.singleShot(50, self.unlock_window.submit)

    def quit_once_open() -> None:
        if not self.main_window.isVisible():
            QTimer.singleShot(50, quit_once_open)
            return
        for _ in range(8):  # results still on their way when the app quits
            run_in_background(_slow, on_success=lambda _r: None, on_error=lambda _e: None)
        QTest.keyClick(self.main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(100, quit_once_open)
    QTimer.singleShot(60_000, QApplication.quit)


controller.AppController.start = start
sys.exit(gui_app.main(["emp-desktop", "--vault", sys.argv[1]]))
