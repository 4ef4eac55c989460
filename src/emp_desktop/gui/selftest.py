"""`emp-desktop --self-test`: the core checks of the services, then Qt's own.

Qt is started on its offscreen platform plugin (no screen needed), draws a widget, finds
fonts and loads the Dutch catalogues. `--self-test-qt FILE` runs only the Qt checks and
writes them as JSON to FILE: that is how the Qt-free `emp-cli --self-test` tests Qt too
(a file, not stdout, because a windowed Windows executable has no stdout).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from emp_desktop.services import selftest_service
from emp_desktop.services.network_guard import NetworkGuard
from emp_desktop.services.selftest_service import Check, CheckFailed, CheckFunction

# A string of each kind whose Dutch is known: ours, and Qt's own standard buttons.
_PROBES = (("MainWindow", "Clients", "Cliënten"), ("QPlatformTheme", "Cancel", "Annuleren"))


def _application():  # noqa: ANN202 - QApplication, imported late (after the env is set)
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["emp-desktop"])


def _qt(_work: Path) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QLabel

    app = _application()
    label = QLabel("Zelftest")
    label.resize(200, 40)
    image = label.grab().toImage()
    label.deleteLater()
    if app.platformName() != "offscreen" or image.isNull():
        raise CheckFailed(f"platform {app.platformName()}, tekenen mislukt")
    return f"Qt {pyside_version}, platform {app.platformName()}"


def _qt_fonts(_work: Path) -> str:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    _application()
    families = QFontDatabase.families()
    if not families:
        raise CheckFailed("geen enkel lettertype")
    default = QFontInfo(_application().font()).family()
    return f"{len(families)} families, standaard {default}"


def _qt_translations(_work: Path) -> str:
    from PySide6.QtCore import QCoreApplication

    from emp_desktop.gui.translation import CATALOGUES, install_translators, remove_translators

    app = _application()
    installed = install_translators(app, "nl")
    try:
        wrong = [
            source
            for context, source, dutch in _PROBES
            if QCoreApplication.translate(context, source) != dutch
        ]
    finally:
        remove_translators(app, installed)
    expected = len(CATALOGUES) + 1  # ours plus Qt's qtbase_nl
    if len(installed) != expected or wrong:
        raise CheckFailed(f"{len(installed)} van {expected} geladen; onvertaald: {wrong}")
    return f"{len(installed)} catalogi (waarvan qtbase_nl)"


QT_CHECKS: tuple[tuple[str, CheckFunction], ...] = (
    ("qt", _qt),
    ("qt_fonts", _qt_fonts),
    ("qt_translations", _qt_translations),
)


def _qt_checks(work: Path) -> list[Check]:
    return [selftest_service.run_check(key, fn, work) for key, fn in QT_CHECKS]


def _print(line: str) -> None:
    stream = sys.stdout or sys.stderr
    if stream is not None:  # a windowed Windows executable has neither: use emp-cli
        print(line, file=stream, flush=True)


def run_self_test(lang: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists
    return selftest_service.print_run(_qt_checks, lang, _print)


def run_qt_checks_to(result_file: Path) -> int:
    """The Qt checks only, for emp-cli; includes this process's own socket verdict."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with NetworkGuard() as guard:
        checks = _qt_checks(result_file.parent)
    checks.append(Check("no_socket", not guard.attempts, ", ".join(guard.attempts)))
    result_file.write_text(json.dumps([asdict(c) for c in checks]), encoding="utf-8")
    return 0 if all(c.ok for c in checks) else 1
