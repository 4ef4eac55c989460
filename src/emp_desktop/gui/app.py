"""`emp-desktop`: start the GUI on a vault folder, in Dutch unless asked otherwise."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from emp_desktop.gui.controller import AppController
from emp_desktop.gui.settings import APPLICATION, LANGUAGES, ORGANISATION, Settings
from emp_desktop.gui.translation import install_translators
from emp_desktop.gui.workers import finish_all
from emp_desktop.services import vault_service


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="emp-desktop", description="EMP Desktop")
    parser.add_argument(
        "--vault", metavar="DIR", help="kluismap (standaard: EMP_VAULT of de gebruikersmap)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="taal van de schermen: nl of en")
    parser.add_argument(
        "--self-test", action="store_true", help="controleer de installatie (na installeren)"
    )
    parser.add_argument("--self-test-qt", metavar="FILE", help=argparse.SUPPRESS)  # emp-cli's
    # bench/bench_bundle.py: write the time the first window is on screen to FILE, then quit.
    parser.add_argument("--report-ready", metavar="FILE", help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)  # the rest is for Qt (-platform, -style …)


def _private_excepthook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Where the code failed, never the message: an exception text may hold client data."""
    frames = "".join(traceback.format_tb(tb))
    sys.stderr.write(f"EMP Desktop: onverwachte fout ({kind.__name__})\n{frames}")


def vault_folder(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    return vault_service.default_vault_folder()  # EMP_VAULT, else the user data folder


def _self_test(args: argparse.Namespace) -> int:
    from emp_desktop.gui import selftest  # only then: a normal start does not load it

    if args.self_test_qt:
        return selftest.run_qt_checks_to(Path(args.self_test_qt))
    return selftest.run_self_test(args.lang or "nl")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_args(argv[1:])
    os.umask(0o077)  # every file this process makes is the owner's only
    sys.excepthook = _private_excepthook
    if args.self_test or args.self_test_qt:
        return _self_test(args)
    # An existing instance is reused (the test suite has one); the app itself makes one.
    app = QApplication.instance() or QApplication([argv[0], *qt_args])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    settings = Settings()
    install_translators(app, args.lang or settings.language)
    controller = AppController(vault_folder(args), settings)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    if args.report_ready:
        _report_when_ready(controller, Path(args.report_ready))
    code = app.exec()
    finish_all()
    # The windows go while the app is still there, never during interpreter shutdown.
    controller.dispose()
    del controller
    gc.collect()
    return code


def _report_when_ready(controller: AppController, target: Path) -> None:
    """For the cold-start benchmark of the bundle, which cannot inject a probe."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        shown = controller.unlock_window.isVisible() or controller.wizard is not None
        if not shown:
            QTimer.singleShot(1, check)
            return
        target.write_text(repr(time.time()), encoding="utf-8")
        QApplication.instance().quit()

    QTimer.singleShot(0, check)
