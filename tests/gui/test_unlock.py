"""The unlock window: wrong passphrase, back-off, other errors, recovery, success."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from emp_desktop.domain.errors import WrongSecret
from emp_desktop.domain.messages import error_text
from emp_desktop.gui.dialogs import RecoveryDialog
from emp_desktop.services import vault_service
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.gui.conftest import unlock_with

if TYPE_CHECKING:  # not imported at run time: pytest would try to collect it
    from tests.conftest import TestVault

WRONG = "dit-is-niet-de-goede-zin-echt"


def _try(qtbot, window, passphrase: str) -> None:  # noqa: ANN001
    window.passphrase.setText(passphrase)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)  # Enter submits
    qtbot.waitUntil(lambda: window.passphrase.isEnabled(), timeout=10_000)


def test_a_wrong_passphrase_says_so_and_backs_off(
    qtbot, test_vault: TestVault, make_controller, dutch
) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder)
    controller.start()
    window = controller.unlock_window
    assert window.isVisible() and not controller.main_window.isVisible()
    for _ in range(3):  # two typos are free; the third starts the back-off
        _try(qtbot, window, WRONG)
        assert window.message.text() == error_text(WrongSecret(), "nl")
    assert "Wachtwoordzin onjuist" in window.message.text()
    assert not window.unlock_button.isEnabled()
    assert window.unlock_button.text().startswith("Opnieuw over")
    window.passphrase.setText(PASSPHRASE)
    window.submit()  # ignored while waiting
    assert not controller.session.is_open
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=10_000)
    assert window.unlock_button.text() == "&Ontgrendelen"
    unlock_with(qtbot, controller)
    assert controller.main_window.isVisible()


def test_the_right_passphrase_opens_the_main_window(unlocked) -> None:  # noqa: ANN001
    assert unlocked.main_window.isVisible()
    assert not unlocked.unlock_window.isVisible()
    assert unlocked.main_window.state_label.text() == "Ontgrendeld"
    assert unlocked.unlock_window.passphrase.text() == ""


def test_a_vault_in_use_elsewhere_is_reported_in_dutch(
    qtbot, test_vault: TestVault, make_controller, dutch
) -> None:  # noqa: ANN001
    other = vault_service.unlock(test_vault.folder, PASSPHRASE)  # holds the folder lock
    try:
        controller = make_controller(test_vault.folder)
        controller.start()
        _try(qtbot, controller.unlock_window, PASSPHRASE)
        assert "in gebruik" in controller.unlock_window.message.text()
        assert not controller.session.is_open
    finally:
        vault_service.lock(other)


def test_the_recovery_code_sets_a_new_passphrase_and_opens(
    qtbot, test_vault: TestVault, make_controller, dutch
) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder)
    controller.start()
    window = controller.unlock_window
    assert window.forgot_button.text() == "Wachtwoordzin vergeten? &Herstelcode gebruiken"
    window.forgot_button.click()
    dialog = window.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.code.setText("1234")
    dialog.submit()
    assert "geen volledige herstelcode" in dialog.message.text()
    dialog.code.setText(test_vault.recovery_code.lower().replace("-", " "))
    dialog.form.first.setText(NEW_PASSPHRASE)
    dialog.form.repeat.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: controller.session.is_open, timeout=10_000)
    assert controller.main_window.isVisible() and not dialog.isVisible()
    controller.lock()
    unlock_with(qtbot, controller, NEW_PASSPHRASE)


def test_demo_vault_opens_from_the_unlock_window(
    qtbot, make_controller, test_vault, tmp_path, monkeypatch
):  # noqa: ANN001
    from emp_desktop.gui.registry import demo_dialog

    monkeypatch.setattr(demo_dialog, "default_demo_folder", lambda: tmp_path / "demo")
    monkeypatch.setattr(
        demo_dialog.demo_service,
        "open_demo_vault",
        _small_demo(demo_dialog.demo_service.open_demo_vault),
    )
    controller = make_controller(test_vault.folder)
    controller.start()
    controller.unlock_window.demo_button.click()
    controller.demo_dialog.open_button.click()
    qtbot.waitUntil(lambda: controller.session.is_open, timeout=30_000)
    assert controller.session.vault.paths.folder == tmp_path / "demo"
    controller.lock()
    qtbot.waitUntil(controller.unlock_window.isVisible, timeout=5_000)
    assert not controller.session.is_open


def _small_demo(original):  # noqa: ANN001, ANN202
    def small(folder, persons=2000, *, kdf=None):  # noqa: ANN001, ANN202
        return original(folder, 60, kdf=kdf)

    return small
