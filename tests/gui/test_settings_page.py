"""Instellingen: preferences in QSettings, the organisation in the vault, maintenance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from emp_desktop.gui.dialogs import ChangePassphraseDialog
from emp_desktop.gui.main_window import Area
from emp_desktop.services import backup_service, vault_service
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.gui.conftest import unlock_with


def _page(controller):  # noqa: ANN001, ANN202
    controller.main_window.show_area(Area.SETTINGS)
    return controller.main_window.settings_page


def test_preferences_are_stored_in_qsettings(unlocked, private_settings: Path) -> None:  # noqa: ANN001
    page = _page(unlocked)
    assert page.idle_minutes.value() == 3
    assert (page.idle_minutes.minimum(), page.idle_minutes.maximum()) == (1, 10)
    page.idle_minutes.setValue(7)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    assert unlocked.settings.idle_minutes == 7
    assert unlocked.settings.language == "en"
    assert "opnieuw start" in page.language_note.text()
    unlocked.settings.sync()
    ini = Path(unlocked.settings.store.fileName())
    assert ini.is_relative_to(private_settings)
    assert "idle_minutes=7" in ini.read_text()


def test_idle_minutes_reach_the_idle_timer(qtbot, test_vault, settings, dutch) -> None:  # noqa: ANN001
    from emp_desktop.gui.controller import AppController

    controller = AppController(test_vault.folder, settings)  # no test override of the timer
    qtbot.addWidget(controller.unlock_window)
    qtbot.addWidget(controller.main_window)
    try:
        assert controller.idle.timeout_ms == 3 * 60_000
        controller.main_window.settings_page.idle_minutes.setValue(1)
        assert controller.idle.timeout_ms == 60_000
    finally:
        controller.shutdown()


def test_the_organisation_name_is_kept_in_the_vault(qtbot, unlocked) -> None:  # noqa: ANN001
    page = _page(unlocked)
    page.organisation.setText("  GGD Brabant-Zuidoost ")
    page.save_organisation.click()
    assert vault_service.organisation_name(unlocked.session.vault) == "GGD Brabant-Zuidoost"
    assert "opgeslagen" in page.organisation_message.text()
    unlocked.lock()
    assert page.organisation.text() == ""
    unlock_with(qtbot, unlocked)
    assert page.organisation.text() == "GGD Brabant-Zuidoost"


def test_a_backup_is_made_off_thread_and_restores(
    qtbot, unlocked, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    page = _page(unlocked)
    target = tmp_path / "kopie"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.backup_button.click()
    qtbot.waitUntil(page.backup_button.isEnabled, timeout=15_000)
    made = target.with_suffix(".empbak")
    assert made.exists()
    assert "Back-up opgeslagen" in page.vault_message.text()
    assert page.progress is None
    restored = backup_service.restore_backup(made, tmp_path / "terug", PASSPHRASE)
    vault_service.lock(restored)


def test_check_vault_reports_in_dutch(qtbot, unlocked) -> None:  # noqa: ANN001
    page = _page(unlocked)
    page.verify_button.click()
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)
    assert "De kluis is in orde" in page.vault_message.text()


def test_change_passphrase_dialog(qtbot, unlocked) -> None:  # noqa: ANN001
    page = _page(unlocked)
    page.change_button.click()
    dialog = page.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.current.setText("niet-de-huidige-wachtwoordzin")
    dialog.form.first.setText(NEW_PASSPHRASE)
    dialog.form.repeat.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert "Wachtwoordzin onjuist" in dialog.message.text()
    dialog.current.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "gewijzigd" in page.vault_message.text()
    unlocked.lock()
    unlock_with(qtbot, unlocked, NEW_PASSPHRASE)


def test_locking_closes_open_dialogs(qtbot, unlocked) -> None:  # noqa: ANN001
    page = _page(unlocked)
    page.change_button.click()
    dialog = page.findChild(ChangePassphraseDialog)
    dialog.current.setText(PASSPHRASE)
    unlocked.lock()
    assert not dialog.isVisible()
