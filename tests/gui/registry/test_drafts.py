"""Unsaved work survives the idle lock as an encrypted draft, offered back after unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.draft_banner import QUICK_ENTRY_KEY, person_key
from emp_desktop.gui.registry.quick_entry import QuickEntryDialog
from emp_desktop.services import draft_service, registry_service, vault_service
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock_with
from tests.gui.registry.conftest import register, wait_loaded


def test_a_draft_survives_an_idle_lock_and_is_restored(
    qtbot, test_vault, make_controller, dutch
) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder, idle_ms=600_000)
    controller.start()
    unlock_with(qtbot, controller)
    ref = register(controller)
    page = controller.main_window.page(Area.CLIENTS)
    controller.main_window.show_area(Area.CLIENTS)
    wait_loaded(qtbot, page)
    assert page.open_person(ref.id)
    field = page.detail.registration.next_action
    # Short only now: a loaded machine may take longer than that to open the person.
    controller.idle.set_timeout_ms(600)
    qtbot.keyClicks(field, "Huisbezoek plannen")  # typing keeps the vault open
    vault = controller.session.vault
    qtbot.waitUntil(lambda: not vault.is_open, timeout=5000)  # then the idle lock
    assert field.text() == "" and page.stack.currentIndex() == 0
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)  # the draft is in the vault
    try:
        draft = draft_service.load_draft(opened, person_key(ref.id))
        assert draft.payload["registration"]["next_action"] == "Huisbezoek plannen"
    finally:
        vault_service.lock(opened)
    controller.idle.set_timeout_ms(600_000)
    unlock_with(qtbot, controller)
    assert controller.main_window.current_area == Area.CLIENTS
    assert page.banner.isVisible()
    assert page.banner.text.text().startswith(f"Er is een niet-opgeslagen concept van {ref.code}")
    page.banner.restore_button.click()
    assert page.stack.currentWidget() is page.detail
    assert field.text() == "Huisbezoek plannen" and page.detail.is_dirty()
    assert not page.banner.isVisible()
    assert controller.session.call(draft_service.load_draft, person_key(ref.id)) is None
    assert page.detail.save_all()
    saved = controller.session.call(registry_service.person_detail, ref.id)
    assert saved.next_action == "Huisbezoek plannen"


def test_a_draft_can_be_thrown_away(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    page.open_person(registry.refs[1].id)
    qtbot.keyClicks(page.detail.registration.next_action, "Niet nodig")
    registry.controller.lock()
    unlock_with(qtbot, registry.controller)
    assert page.banner.isVisible()
    page.banner.discard_button.click()
    assert not page.banner.isVisible()
    assert registry.call(draft_service.list_drafts) == []
    detail = registry.call(registry_service.person_detail, registry.refs[1].id)
    assert detail.next_action is None


def test_revealed_identity_edits_come_back_only_through_an_audited_reveal(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    page.open_person(registry.refs[0].id)
    identity = page.detail.identity
    identity.reveal("controle")
    qtbot.keyClicks(identity.edits["aliases"], "Roosje")
    registry.controller.lock()
    assert identity.edits["aliases"].text() == ""
    unlock_with(qtbot, registry.controller)
    reveals = len(registry.call(vault_service.audit_log, None, registry.refs[0].code))
    page.banner.restore_button.click()
    assert identity.is_shown and identity.edits["aliases"].text() == "Roosje"
    after = registry.call(vault_service.audit_log, None, registry.refs[0].code)
    assert len(after) == reveals + 1 and after[0].action == "identity_revealed"


def test_a_quick_entry_in_progress_survives_a_lock(qtbot, registry) -> None:  # noqa: ANN001
    quick = registry.page.quick_entry
    dialog = quick.open()
    dialog.set_mode(1)
    dialog.forms[1].advice.setText("Doorverwezen naar de GGD")
    qtbot.keyClick(registry.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # panic
    assert not registry.controller.session.is_open
    assert not dialog.isVisible() and dialog.forms[1].advice.text() == ""
    unlock_with(qtbot, registry.controller)
    page = registry.page
    assert page.banner.current.key == QUICK_ENTRY_KEY
    page.banner.restore_button.click()
    shown = registry.window.findChild(QuickEntryDialog)
    assert shown.isVisible() and shown.stack.currentIndex() == 1
    assert shown.forms[1].advice.text() == "Doorverwezen naar de GGD"
