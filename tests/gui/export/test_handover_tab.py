"""The Handover tab, the findings dialog and the while-typing underline, as real widgets
over real vaults."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QPlainTextEdit

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.gui import freetext_guard
from emp_desktop.gui.areas import Area
from emp_desktop.gui.export import handover_tab
from emp_desktop.privacy.freetext import Finding, NameContext
from emp_desktop.privacy.freetext_guard import FieldFindings, TextField
from emp_desktop.services import handover_service, registry_service, vault_service
from tests.conftest import CANARY, CHEAP_KDF, PASSPHRASE


def _tab(unlocked) -> handover_tab.HandoverTab:
    window = unlocked.main_window
    window.show_area(Area.EXPORT)
    page = window.page(Area.EXPORT)
    page.tabs.setCurrentWidget(page.handover_tab)
    return page.handover_tab


def _person(opened, note: str) -> str:
    ref = registry_service.register_person(
        opened,
        PersonInput(gender="v", municipality="GM0772"),
        RegistrationInput(date=date(2025, 2, 1), note=note),
        IdentityInput(first_name=CANARY, surname="Oosterhout"),
    )
    registry_service.give_consent(opened, ref.id, "overdracht", date(2025, 2, 2), "client")
    return ref.code


def test_key_shown_as_text_and_qr_code(unlocked, tmp_path):
    """(The screenshot in tmp_path is for looking at the tab, at 1366×768.)"""
    tab = _tab(unlocked)
    assert tab.recipient.text().startswith("age1")
    assert not tab.qr.pixmap().isNull() and tab.qr.pixmap().width() > 100
    unlocked.main_window.resize(1366, 768)
    unlocked.main_window.grab().save(str(tmp_path / "handover_tab.png"))
    assert tab.copy_button.isEnabled()


def test_export_asks_for_each_finding_then_writes(unlocked, tmp_path, monkeypatch):
    opened = unlocked.session.vault
    code = _person(opened, "Nieuw nummer 06-98765432.")
    receiver = vault_service.create_vault(tmp_path / "ander", PASSPHRASE, kdf=CHEAP_KDF).vault
    try:
        tab = _tab(unlocked)
        target = tmp_path / "o.age"
        monkeypatch.setattr(handover_tab, "choose_handover_target", lambda *_: str(target))
        seen = []

        def answer(dialog: freetext_guard.FindingsDialog) -> int:
            seen.append(
                [
                    kind.text()
                    for kind in (dialog.table.item(r, 1) for r in range(dialog.table.rowCount()))
                ]
            )
            return QDialog.DialogCode.Accepted  # the default choice: replace

        monkeypatch.setattr(freetext_guard.FindingsDialog, "exec", answer)
        tab.export_code.setText(code)
        tab.export_to.setText(handover_service.receiving_recipient(receiver))
        tab.export_button.click()
        assert seen == [["telefoonnummer"]] and target.exists(), tab.message.text()
        local, _ = handover_service.import_handover(receiver, target)
        note = registry_service.person_detail(receiver, local.id).registrations[0].note
        assert note == "Nieuw nummer [telefoon]."
    finally:
        vault_service.lock(receiver)


def test_import_previews_then_imports_and_refuses_twice(unlocked, tmp_path, monkeypatch):
    sender = vault_service.create_vault(tmp_path / "zender", PASSPHRASE, kdf=CHEAP_KDF).vault
    try:
        code = _person(sender, "")
        person = registry_service.find_person(sender, code)
        recipient = unlocked.session.call(handover_service.receiving_recipient)
        handover_service.export_handover(sender, person.id, recipient, tmp_path / "o.age", None)
    finally:
        vault_service.lock(sender)
    tab = _tab(unlocked)
    monkeypatch.setattr(handover_tab, "choose_handover_file", lambda *_: str(tmp_path / "o.age"))
    tab.choose_button.click()
    assert code in tab.preview.text() and "1 meldingen" in tab.preview.text()
    assert CANARY not in tab.preview.text() and tab.import_button.isEnabled()
    tab.import_button.click()
    assert "Ingelezen als" in tab.message.text()
    tab.choose_button.click()
    assert "al eerder" in tab.message.text() and not tab.import_button.isEnabled()


def test_underline_while_typing_and_replace_from_the_menu(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    highlighter = freetext_guard.attach(edit, NameContext(others=frozenset({"oosterhout"})))
    edit.setPlainText("Gesprek met Oosterhout, bel 06-12345678.")
    kinds = [f.kind for f in highlighter.found[0]]
    assert kinds == ["naam", "telefoon"]
    block, finding = highlighter.finding_at(30)
    freetext_guard._replace_in(edit, block, finding)
    assert edit.toPlainText() == "Gesprek met Oosterhout, bel [telefoon]."


def test_findings_dialog_needs_a_reason_to_keep(qtbot, dutch):
    field = TextField("k", "contact.notitie", "bel 06-12345678", "EMP-2025-0001")
    dialog = freetext_guard.FindingsDialog([FieldFindings(field, (Finding("telefoon", 4, 15),))])
    qtbot.addWidget(dialog)
    dialog.set_choice(0, keep=True)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "reden" in dialog.problem.text()
    dialog.set_choice(0, keep=True, reason="ontvanger belt haar")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (decision,) = dialog.resolution().decisions
    assert (decision.keep, decision.reason) == (True, "ontvanger belt haar")
