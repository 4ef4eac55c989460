"""Screenshots for the manual, made from a fresh demo vault (synthetic data only).

Re-run after a GUI change so the manual shows the app as it is:

    make screenshots      (or: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_screenshots.py)

Every screen is drawn offscreen with QWidget.grab() in Dutch at 1100×720, scaled to the
width the manual shows and saved as a palette PNG, so that the committed images stay
small (the whole set well under a few hundred kB). Nothing is written outside a temp
folder except docs/handleiding/img/.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from emp_desktop.gui.areas import Area  # noqa: E402
from emp_desktop.gui.controller import AppController  # noqa: E402
from emp_desktop.gui.settings import Settings, open_store  # noqa: E402
from emp_desktop.gui.translation import install_translators  # noqa: E402
from emp_desktop.gui.wizard import CreateVaultWizard  # noqa: E402
from emp_desktop.services import demo_service  # noqa: E402
from emp_desktop.storage.keyslots import KdfParams  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "handleiding" / "img"
WIDTH = 820  # what the in-app viewer and an A4 page both show without scaling up
PERSONS = 400  # enough for full lists and a dashboard; fast to make
CHEAP = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)  # a throw-away vault


def settle(seconds: float = 0.6) -> None:
    """Lets background queries finish and their results reach the widgets."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    settle()
    widget.grab()  # the first paint makes lazy lists ask for their rows
    settle(2.5)  # charts and maps are drawn off the GUI thread
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    palette = QImage.Format.Format_Indexed8  # a palette PNG is a quarter of the size
    image = image.convertToFormat(palette, Qt.ImageConversionFlag.ThresholdDither)
    OUT.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT / f"{name}.png"), "PNG", 9)
    print(f"{name}.png  {(OUT / f'{name}.png').stat().st_size // 1024} kB")


def area_shots(controller: AppController) -> list[tuple[str, Callable[[], QWidget]]]:
    window = controller.main_window

    def area(which: Area) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.show_area(which)
            return window

        return show

    def trajectory() -> QWidget:
        # The newest demo person: a recent case, so its trajectory has goals and referrals.
        window.navigate(Area.TRAJECTORY, person_id=PERSONS)
        return window

    def quick_entry() -> QWidget:
        window.show_area(Area.CLIENTS)
        return _quick(window)

    return [
        ("dashboard", area(Area.DASHBOARD)),
        ("clienten", area(Area.CLIENTS)),
        ("contacten", area(Area.CONTACTS)),
        ("adviesvragen", area(Area.ADVICE)),
        ("snelle-invoer", quick_entry),
        ("traject", trajectory),
        ("netwerk", area(Area.NETWORK)),
        ("preventie", area(Area.PREVENTION)),
        ("export", area(Area.EXPORT)),
        ("audit", area(Area.AUDIT)),
        ("instellingen", area(Area.SETTINGS)),
    ]


def _quick(window: QWidget) -> QWidget:
    clients = window.page(Area.CLIENTS)  # type: ignore[attr-defined]
    dialog = clients.quick_entry.open()
    return dialog


def main() -> int:
    # A fixed folder, so the path in the status bar (and thus each image) is the same on
    # every run; removed before and after.
    work = Path(tempfile.gettempdir()) / "emp-handleiding"
    shutil.rmtree(work, ignore_errors=True)
    try:
        return _shoot(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _shoot(work: Path) -> int:
    work.mkdir(parents=True)
    tmp = str(work)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, tmp)
    app = QApplication(sys.argv[:1])
    install_translators(app, "nl")
    wizard = CreateVaultWizard(Path(tmp) / "kluis", kdf=CHEAP)
    wizard.resize(700, 420)
    wizard.show()
    save(wizard, "eerste-start")
    wizard.close()
    folder = Path(tmp) / "kluis"
    opened = demo_service.open_demo_vault(folder, PERSONS, kdf=CHEAP)
    controller = AppController(folder, Settings(open_store()), kdf=CHEAP)
    controller.main_window.resize(1100, 720)
    controller.enter(opened)
    for name, show in area_shots(controller):
        save(show(), name)
    quick = controller.main_window.page(Area.CLIENTS).quick_entry.dialog
    if quick is not None:
        quick.hide()
    controller.lock()
    save(controller.unlock_window, "ontgrendelen")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
