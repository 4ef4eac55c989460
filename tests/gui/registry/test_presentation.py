"""Presentation mode hides ages, age groups, notes and identities; titles never a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.contact_model import Col as ContactCol
from emp_desktop.gui.registry.person_model import Col
from emp_desktop.services import registry_service
from tests.gui.registry.conftest import wait_loaded


def _toggle(qtbot, registry) -> None:  # noqa: ANN001
    window = registry.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P, modifiers)


def test_presentation_mode_hides_ages_and_identity(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    assert page.model.index(0, Col.AGE_GROUP).data() != ""
    page.open_person(registry.refs[0].id)
    detail = page.detail
    detail.identity.reveal("controle")
    _toggle(qtbot, registry)
    assert page.presentation.active
    assert page.table.isColumnHidden(Col.AGE_GROUP)
    assert all(page.model.index(r, Col.AGE_GROUP).data() == "" for r in range(3))
    assert not detail.tabs.isTabEnabled(1)
    assert not detail.identity.is_shown and detail.identity.edits["first_name"].text() == ""
    assert not detail.identity.reveal("controle")  # refused while presenting
    assert detail.registration.age.isHidden() and detail.registration.age_label.isHidden()
    state = registry.window.statusBar().findChildren(type(page.count_label))
    assert "Presentatiemodus aan" in [label.text() for label in state]
    assert page.presentation_label.text().startswith("Presentatiemodus")
    assert registry.window.windowTitle() == "EMP Desktop"
    _toggle(qtbot, registry)
    assert not page.presentation.active
    assert not page.table.isColumnHidden(Col.AGE_GROUP)
    assert detail.tabs.isTabEnabled(1) and not detail.registration.age.isHidden()


def test_presentation_mode_hides_contact_notes(qtbot, registry) -> None:  # noqa: ANN001
    from datetime import datetime

    from emp_desktop.domain.registry import ContactInput

    contact = ContactInput(datetime(2025, 3, 2, 9, 30), "telefoon", "moeder", 10, "Zorgen thuis")
    registry.call(registry_service.add_contact, registry.refs[1].id, contact)
    registry.window.show_area(Area.CONTACTS)
    contacts = registry.window.page(Area.CONTACTS)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=3000)
    assert contacts.model.index(0, ContactCol.NOTE).data() == "Zorgen thuis"
    registry.page.presentation.set_active(True)
    assert contacts.table.isColumnHidden(ContactCol.NOTE)
    assert contacts.model.index(0, ContactCol.NOTE).data() == ""
    assert contacts.model.index(0, ContactCol.WITH_WHOM).data() == ""
    assert contacts.model.index(0, ContactCol.CODE).data() == registry.refs[1].code
    wait_loaded(qtbot, registry.page)


def test_identity_edits_survive_presentation_mode_unseen(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    page.open_person(registry.refs[0].id)
    detail = page.detail
    detail.identity.reveal("controle")
    qtbot.keyClicks(detail.identity.edits["aliases"], "Roosje")
    page.presentation.set_active(True)
    assert detail.identity.edits["aliases"].text() == ""
    assert detail.draft()["identity"]["aliases"] == "Roosje"
    assert not detail.save_all()  # never saved while nobody can see it
    assert detail.message.text().startswith("De identiteit heeft niet-opgeslagen wijzigingen")
    page.presentation.set_active(False)
    detail.identity.reason.setEditText("draft terugzetten")
    detail.identity.reveal_button.click()
    assert detail.identity.edits["aliases"].text() == "Roosje"
    assert detail.save_all()
    shown = registry.call(registry_service.reveal_identity, registry.refs[0].id)
    assert shown.aliases == "Roosje"
