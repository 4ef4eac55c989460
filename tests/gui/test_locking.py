"""Locking: on idle, on Ctrl+L, on minimise; views cleared; back to the same page."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from emp_desktop.gui.main_window import Area
from tests.gui.conftest import unlock_with

if TYPE_CHECKING:  # not imported at run time: pytest would try to collect it
    from tests.conftest import TestVault


def _assert_locked(controller, vault) -> None:  # noqa: ANN001
    assert not vault.is_open  # engine disposed, key dropped
    assert not controller.session.is_open
    assert controller.unlock_window.isVisible()
    assert not controller.main_window.isVisible()
    assert controller.main_window.audit_page.model.rowCount() == 0
    assert controller.main_window.settings_page.organisation.text() == ""


def test_idle_locks_and_unlocking_returns_to_the_same_page(
    qtbot, test_vault: TestVault, make_controller, dutch
) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder, idle_ms=200)
    controller.start()
    unlock_with(qtbot, controller)
    controller.main_window.show_area(Area.AUDIT)
    assert controller.main_window.audit_page.model.rowCount() > 0
    vault = controller.session.vault
    qtbot.waitUntil(lambda: not vault.is_open, timeout=3000)
    _assert_locked(controller, vault)
    assert controller.main_window.state_label.text() == "Vergrendeld"
    unlock_with(qtbot, controller)
    assert controller.main_window.current_area == Area.AUDIT
    assert controller.main_window.stack.currentWidget() is controller.main_window.audit_page
    assert controller.main_window.audit_page.model.rowCount() > 0


def test_input_keeps_the_vault_open(qtbot, test_vault: TestVault, make_controller) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder, idle_ms=300)
    controller.start()
    unlock_with(qtbot, controller)
    for _ in range(6):  # 600 ms in all, never 300 ms without a key press
        qtbot.wait(100)
        qtbot.keyClick(controller.main_window.navigation, Qt.Key.Key_Down)
    assert controller.session.is_open
    qtbot.waitUntil(lambda: not controller.session.is_open, timeout=3000)


def test_ctrl_l_locks_at_once(qtbot, unlocked) -> None:  # noqa: ANN001
    vault = unlocked.session.vault
    window = unlocked.main_window
    unlocked.main_window.show_area(Area.SETTINGS)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(unlocked, vault)
    unlock_with(qtbot, unlocked)
    assert window.current_area == Area.SETTINGS


def test_minimising_locks_when_the_setting_says_so(qtbot, unlocked) -> None:  # noqa: ANN001
    vault = unlocked.session.vault
    assert unlocked.settings.lock_on_minimise  # the default
    unlocked.main_window.showMinimized()
    qtbot.waitUntil(lambda: not vault.is_open, timeout=2000)
    _assert_locked(unlocked, vault)


def test_minimising_does_not_lock_when_switched_off(qtbot, unlocked) -> None:  # noqa: ANN001
    unlocked.main_window.settings_page.lock_on_minimise.setChecked(False)
    assert unlocked.settings.lock_on_minimise is False
    unlocked.main_window.showMinimized()
    qtbot.wait(100)
    assert unlocked.session.is_open


def test_a_lock_waits_for_running_work(qtbot, unlocked) -> None:  # noqa: ANN001
    release = threading.Event()
    results: list[object] = []
    unlocked.session.run(
        lambda _vault: release.wait(5), on_success=results.append, on_error=results.append
    )
    unlocked.lock()
    assert unlocked.session.is_open  # the database is not pulled away mid-task
    release.set()
    qtbot.waitUntil(lambda: not unlocked.session.is_open, timeout=5000)
    assert results == [True]
    assert unlocked.unlock_window.isVisible()


def test_ctrl_l_locks_from_a_modal_dialog_too(qtbot, unlocked) -> None:  # noqa: ANN001
    from emp_desktop.gui.dialogs import ChangePassphraseDialog

    page = unlocked.main_window.settings_page
    unlocked.main_window.show_area(Area.SETTINGS)
    page.change_button.click()
    dialog = page.findChild(ChangePassphraseDialog)
    dialog.current.setText("iets")
    qtbot.keyClick(dialog.current, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not unlocked.session.is_open
    assert not dialog.isVisible()
    assert unlocked.unlock_window.isVisible()
