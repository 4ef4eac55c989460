"""First run: the wizard creates a real vault, refuses weak passphrases, checks the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from emp_desktop.gui.wizard import CreateVaultWizard
from emp_desktop.services import vault_service
from tests.conftest import CHEAP_KDF, PASSPHRASE

COMMIT = QWizard.WizardButton.CommitButton


def _fill(wizard: CreateVaultWizard, passphrase: str, repeat: str | None = None) -> None:
    form = wizard.passphrase_page.form
    form.first.setText(passphrase)
    form.repeat.setText(passphrase if repeat is None else repeat)


def _create(qtbot, wizard: CreateVaultWizard) -> None:  # noqa: ANN001
    _fill(wizard, PASSPHRASE)
    wizard.button(COMMIT).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=15_000)


def _confirm(wizard: CreateVaultWizard) -> None:
    wizard.next()
    page = wizard.confirm_page
    page.written.setChecked(True)
    page.group.setText(wizard.recovery_code.split("-")[page.group_number - 1].lower())


@pytest.fixture
def wizard(qtbot, tmp_path: Path, dutch) -> CreateVaultWizard:  # noqa: ANN001
    # Not qtbot.addWidget: its close at teardown would ask the stop question, modally.
    made = CreateVaultWizard(tmp_path / "kluis", kdf=CHEAP_KDF)
    made.show()
    yield made
    if made.created is not None:
        vault_service.lock(made.created.vault)
        made.created = None
    made.close()
    made.deleteLater()


def test_wizard_creates_a_vault_that_unlocks_with_the_same_passphrase(
    qtbot, tmp_path: Path, make_controller, dutch
) -> None:  # noqa: ANN001
    folder = tmp_path / "nieuw"
    controller = make_controller(folder)
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    _create(qtbot, wizard)
    code = wizard.recovery_code
    shown = wizard.code_page.code.text().split()
    assert shown == code.split("-")  # all seven groups, on screen once
    _confirm(wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    finish.click()
    qtbot.waitUntil(controller.main_window.isVisible)
    assert controller.session.is_open
    controller.lock()
    reopened = vault_service.unlock(folder, PASSPHRASE)
    assert reopened.is_open
    vault_service.lock(reopened)


def test_a_weak_passphrase_is_refused_with_dutch_advice(wizard: CreateVaultWizard) -> None:
    _fill(wizard, "welkom123")
    wizard.button(COMMIT).click()
    message = wizard.passphrase_page.message
    assert message.isVisible()
    assert "te zwak" in message.text()
    assert "Gebruik minstens 15 tekens" in message.text()
    assert wizard.currentPage() is wizard.passphrase_page
    assert not vault_service.vault_exists(wizard.folder)
    # The live advice says the same before anything is submitted.
    assert "15 tekens" in wizard.passphrase_page.form.advice.text()
    assert wizard.passphrase_page.form.meter.word.text() in ("Zeer zwak", "Zwak")


def test_two_different_passphrases_are_refused(wizard: CreateVaultWizard) -> None:
    _fill(wizard, PASSPHRASE, PASSPHRASE + "x")
    wizard.button(COMMIT).click()
    assert "niet gelijk" in wizard.passphrase_page.message.text()
    assert not vault_service.vault_exists(wizard.folder)


def test_the_recovery_code_must_be_typed_back(qtbot, wizard: CreateVaultWizard) -> None:  # noqa: ANN001
    _create(qtbot, wizard)
    wizard.next()
    page = wizard.confirm_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    page.written.setChecked(True)
    page.group.setText("ZZZZ" if wizard.recovery_code[:4] != "ZZZZ" else "YYYY")
    assert not finish.isEnabled() or page.group_number != 1
    wrong = next(g for g in ("ZZZZ", "YYYY", "XXXX") if g not in wizard.recovery_code)
    page.group.setText(wrong)
    assert not finish.isEnabled()
    assert "klopt niet" in page.message.text()
    page.group.setText(wizard.recovery_code.split("-")[page.group_number - 1])
    page.written.setChecked(False)
    assert not finish.isEnabled()  # typing alone is not enough: the tick is the promise
    page.written.setChecked(True)
    assert finish.isEnabled()


def test_the_recovery_sheet_saves_as_pdf(
    qtbot, wizard: CreateVaultWizard, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    target = tmp_path / "herstelcode"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    _create(qtbot, wizard)
    wizard.code_page.save_button.click()
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Opgeslagen als" in wizard.code_page.message.text()


def test_stopping_after_creation_asks_first_and_then_locks(
    qtbot, wizard: CreateVaultWizard, monkeypatch
) -> None:  # noqa: ANN001
    _create(qtbot, wizard)
    created = wizard.created
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    wizard.reject()
    assert wizard.isVisible() and created.vault.is_open
    with qtbot.waitSignal(wizard.abandoned, timeout=1000):
        wizard.reject()
    assert not created.vault.is_open
    assert wizard.created is None
