"""GUI fixtures: preferences in a temp folder, compiled Dutch catalogue, a controller."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from emp_desktop.gui import translation
from emp_desktop.gui.controller import AppController
from emp_desktop.gui.settings import Settings, open_store
from emp_desktop.services import vault_service
from tests.conftest import CHEAP_KDF, PASSPHRASE, TestVault

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS_FILE = TS_DIR / "emp_desktop_nl.ts"


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings never touches the real home folder in a test."""
    folder = tmp_path_factory.mktemp("config")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def settings(private_settings: Path) -> Settings:
    return Settings(open_store())


def lrelease_path() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled into a temp folder, so the test does not depend on `make`."""
    folder = tmp_path_factory.mktemp("qm")
    for name in translation.CATALOGUES:
        source = TS_DIR / f"{name}.ts"
        if source.exists():
            target = folder / f"{name}.qm"
            subprocess.run(
                [lrelease_path(), "-silent", str(source), "-qm", str(target)], check=True
            )
    return folder


@pytest.fixture
def dutch(qapp: QApplication, compiled_translations: Path) -> Iterator[None]:
    installed = translation.install_translators(qapp, "nl", compiled_translations)
    yield
    translation.remove_translators(qapp, installed)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    installed = translation.install_translators(qapp, "en")
    yield
    translation.remove_translators(qapp, installed)


@pytest.fixture
def make_controller(qtbot, settings: Settings):  # noqa: ANN001, ANN201
    made: list[AppController] = []

    def make(folder: Path, idle_ms: int = 600_000) -> AppController:
        controller = AppController(folder, settings, idle_ms=idle_ms, kdf=CHEAP_KDF)
        qtbot.addWidget(controller.unlock_window)
        qtbot.addWidget(controller.main_window)
        made.append(controller)
        return controller

    yield make
    QThreadPool.globalInstance().waitForDone(10_000)
    for controller in made:
        wizard = controller.wizard
        if wizard is not None:
            if wizard.created is not None:
                vault_service.lock(wizard.created.vault)  # a wizard left open mid-way
                wizard.created = None  # so closing it asks nothing
            wizard.close()
        controller.shutdown()


def unlock_with(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> None:  # noqa: ANN001
    window = controller.unlock_window
    window.passphrase.setText(passphrase)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: controller.session.is_open, timeout=10_000)
    qtbot.waitUntil(controller.main_window.isVisible, timeout=5_000)


@pytest.fixture
def unlocked(qtbot, test_vault: TestVault, make_controller, dutch):  # noqa: ANN001, ANN201
    """A controller over a real vault, unlocked through the unlock window."""
    controller = make_controller(test_vault.folder)
    controller.start()
    unlock_with(qtbot, controller)
    return controller
