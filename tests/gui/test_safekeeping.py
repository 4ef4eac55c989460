"""Safekeeping in the GUI on real vaults: status bar age and warning, the automatic
backup at lock and close, erasure with its confirmation, the retention preview."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.gui.safekeeping.erase_dialog import open_erase_dialog
from emp_desktop.gui.safekeeping.retention_check import RetentionCheck
from emp_desktop.gui.safekeeping.settings_section import SafekeepingSection
from emp_desktop.services import backup_schedule, erasure_service, registry_service
from emp_desktop.services.backup_schedule import ScheduleSettings
from tests.conftest import CANARY
from tests.gui.conftest import unlock_with


def _vault(controller):  # noqa: ANN001, ANN202
    return controller.session.vault


def test_status_bar_says_how_old_the_last_verified_backup_is(unlocked, tmp_path, qtbot):  # noqa: ANN001
    label = unlocked.main_window.backup_status
    assert (
        label.text()
        == "Laatste geverifieerde back-up: nog nooit — ouder dan 7 dagen: sluit een back-updoel aan"
    )
    target = tmp_path / "usb"
    target.mkdir()
    two_days_ago = datetime.now().replace(microsecond=0) - timedelta(days=2, minutes=1)
    backup_schedule.auto_backup(_vault(unlocked), [target], now=two_days_ago)
    label.refresh()
    assert label.text() == "Laatste geverifieerde back-up: 2 dagen geleden"
    label.clock = lambda: datetime.now() + timedelta(days=6)
    label.refresh()
    assert "ouder dan 7 dagen" in label.text() and "8 dagen geleden" in label.text()


def test_lock_makes_a_verified_backup_first_and_shows_nothing_meanwhile(unlocked, tmp_path, qtbot):  # noqa: ANN001
    target = tmp_path / "usb"
    target.mkdir()
    vault = _vault(unlocked)
    backup_schedule.save_schedule_settings(vault, ScheduleSettings((str(target),)))
    unlocked.lock()
    assert not unlocked.main_window.isVisible()  # hidden at once, while the backup runs
    qtbot.waitUntil(lambda: not vault.is_open, timeout=60_000)
    assert unlocked.unlock_window.isVisible()
    files = [p.name for p in target.iterdir() if p.suffix == ".empbak"]
    assert len(files) == 1 and files[0].startswith("emp-kluis-")
    assert backup_schedule.list_backups(target)[0].verified
    # The next unlock and lock make the next one; an unreachable target is simply skipped.
    unlock_with(qtbot, unlocked)
    backup_schedule.save_schedule_settings(
        _vault(unlocked), ScheduleSettings((str(tmp_path / "niet-aangesloten"),))
    )
    unlocked.lock()
    assert not unlocked.session.is_open


def test_close_makes_the_backup_then_quits(unlocked, tmp_path, qtbot, monkeypatch):  # noqa: ANN001
    target = tmp_path / "usb"
    target.mkdir()
    vault = _vault(unlocked)
    backup_schedule.save_schedule_settings(vault, ScheduleSettings((str(target),)))
    quits = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    unlocked.main_window.close()
    qtbot.waitUntil(lambda: bool(quits), timeout=60_000)
    assert any(p.suffix == ".empbak" for p in target.iterdir())


def _canary(vault, closed: date | None = None) -> str:  # noqa: ANN001
    reg = RegistrationInput(
        date=date(2003, 1, 5), closed_on=closed, closure_reason="afgerond" if closed else None
    )
    who = IdentityInput(first_name=CANARY, surname="Wisman")
    return registry_service.register_person(vault, PersonInput(), reg, who).code


def test_erase_dialog_names_what_goes_and_what_stays(unlocked, qtbot):  # noqa: ANN001
    vault = _vault(unlocked)
    code = _canary(vault)
    dialog = open_erase_dialog(unlocked.session, code, unlocked.main_window)
    text = dialog.summary.toPlainText()
    assert code in text and "identiteit" in text and "gecodeerde meldingen" in text
    assert "12 maanden" in text  # the rotation horizon
    dialog.reason.setText("")
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "reden" in dialog.message.text()
    dialog.reason.setText("verzoek betrokkene")
    with qtbot.waitSignal(dialog.erased, timeout=20_000):
        dialog.erase_button.click()
    assert {p.code: p.erased for p in erasure_service.persons_overview(vault)}[code]
    assert open_erase_dialog(unlocked.session, code, unlocked.main_window) is None  # twice


def test_retention_preview_then_anonymise(unlocked, qtbot):  # noqa: ANN001
    vault = _vault(unlocked)
    code = _canary(vault, closed=date(2004, 1, 1))
    check = RetentionCheck(unlocked.session, unlocked.main_window)
    check.check()
    qtbot.waitUntil(lambda: check.box is not None and check.box.isVisible(), timeout=20_000)
    assert "1 cliënten" in check.box.text()
    accept = next(
        b
        for b in check.box.buttons()
        if check.box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    qtbot.waitUntil(
        lambda: {p.code: p.erased for p in erasure_service.persons_overview(vault)}[code],
        timeout=20_000,
    )


def test_settings_section_keeps_targets_and_policies_in_the_vault(unlocked, tmp_path):  # noqa: ANN001
    section = unlocked.main_window.settings_page.findChild(SafekeepingSection)
    assert section.daily.value() == 7 and section.years["client"].value() == 20
    section.targets.addItem(str(tmp_path))
    section.monthly.setValue(6)
    section.years["signaal"].setValue(8)
    section.save()
    assert "opgeslagen" in section.message.text()
    stored = backup_schedule.schedule_settings(_vault(unlocked))
    assert stored.targets == (str(tmp_path),) and stored.policy.monthly == 6
    section.daily.setValue(0)
    section.weekly.setValue(0)
    section.monthly.setValue(0)
    section.save()
    assert "Ongeldige" in section.message.text()
