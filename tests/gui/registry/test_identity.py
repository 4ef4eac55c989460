"""Identity: hidden until asked, every showing audited, editable, never copyable."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from emp_desktop.gui.registry.secret import edit_menu
from emp_desktop.services import registry_service, vault_service
from tests.conftest import CANARY


def _revealed(registry):  # noqa: ANN001, ANN202
    page = registry.page
    assert page.open_person(registry.refs[0].id)
    tab = page.detail.identity
    page.detail.tabs.setCurrentWidget(tab)
    assert not tab.is_shown and tab.edits["first_name"].text() == ""
    return tab


def _audit_actions(registry) -> list[str]:  # noqa: ANN001
    lines = registry.call(vault_service.audit_log, None, registry.refs[0].code)
    return [line.action for line in lines]


def test_showing_the_identity_is_audited(qtbot, registry) -> None:  # noqa: ANN001
    tab = _revealed(registry)
    assert "identity_revealed" not in _audit_actions(registry)
    tab.reveal_button.click()  # no reason given: not shown, and said so
    assert not tab.is_shown and tab.message.text().startswith("Geef eerst een reden")
    assert "identity_revealed" not in _audit_actions(registry)
    tab.reason.setCurrentIndex(1)
    tab.reveal_button.click()
    assert tab.is_shown and tab.edits["first_name"].text() == CANARY
    assert tab.edits["surname"].text() == "Testpersoon"
    assert _audit_actions(registry)[0] == "identity_revealed"
    newest = registry.call(vault_service.audit_log, 1, registry.refs[0].code)[0]
    assert newest.detail["reden"] == tab.reason.itemText(1)
    detail = registry.page.detail
    assert detail.audit_model.index(0, 2).data() == "Identiteit getoond"
    assert registry.window.windowTitle() == "EMP Desktop"
    tab.hide_button.click()
    assert not tab.is_shown and tab.edits["first_name"].text() == ""


def test_the_identity_is_edited_with_per_field_errors(qtbot, registry) -> None:  # noqa: ANN001
    tab = _revealed(registry)
    tab.reveal("controle")
    tab.edits["phone"].setText("06-bel-mij")
    tab.date_of_birth.setText("01-01-1850")
    assert not tab.save()
    assert tab.form.error_text("phone").startswith("Alleen cijfers")
    assert tab.form.error_text("date_of_birth").startswith("Geboortedatum moet tussen")
    assert "identity_changed" not in _audit_actions(registry)
    tab.edits["phone"].setText("06-12345678")
    tab.date_of_birth.setText("02-03-2009")
    tab.edits["surname"].setText("Nieuwenhuis")
    tab.save_button.click()
    shown = registry.call(registry_service.reveal_identity, registry.refs[0].id)
    assert shown.surname == "Nieuwenhuis" and shown.phone == "06-12345678"
    assert shown.date_of_birth.isoformat() == "2009-03-02"
    assert tab.message.text() == "Identiteit opgeslagen."


def _put_on_clipboard(text: str) -> None:
    data = QMimeData()
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(data)


def test_identity_fields_cannot_be_copied_or_cut(qtbot, registry) -> None:  # noqa: ANN001
    tab = _revealed(registry)
    tab.reveal("controle")
    clipboard = QGuiApplication.clipboard()
    for edit in (tab.edits["first_name"], tab.date_of_birth, tab.estimated_age.lineEdit()):
        _put_on_clipboard("niets geheims")
        text = edit.text()
        edit.selectAll()
        for key in (Qt.Key.Key_C, Qt.Key.Key_X, Qt.Key.Key_Insert):
            qtbot.keyClick(edit, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)  # cut
        assert clipboard.text() == "niets geheims"
        assert edit.text() == text  # a refused cut removes nothing either
        assert not edit.dragEnabled()
        assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = edit_menu(tab.edits["first_name"])
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["&Ongedaan maken", "Op&nieuw", "&Plakken", "Verwijderen", "Alles selecteren"]


def test_pasting_into_an_identity_field_still_works(qtbot, registry) -> None:  # noqa: ANN001
    tab = _revealed(registry)
    tab.reveal("controle")
    edit = tab.edits["aliases"]
    _put_on_clipboard("Roos")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Roos"


def test_other_fields_copy_as_usual(qtbot, registry) -> None:  # noqa: ANN001
    page = registry.page
    _put_on_clipboard("")
    page.filters.search.setText("EMP-2025")
    page.filters.search.selectAll()
    qtbot.keyClick(page.filters.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "EMP-2025"
