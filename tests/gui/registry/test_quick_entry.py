"""Quick entry: Ctrl+N from anywhere, filled and saved with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.quick_entry import QuickEntryDialog
from emp_desktop.services import registry_service
from emp_desktop.services.registry_dto import PersonQuery


def _ctrl_n(qtbot, registry) -> QuickEntryDialog:  # noqa: ANN001
    window = registry.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.findChild(QuickEntryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    assert dialog.windowTitle() == "Snelle invoer — EMP Desktop"  # never a name or a code
    return dialog


def _type(qtbot, dialog: QuickEntryDialog, *keys: str | Qt.Key) -> None:  # noqa: ANN001
    """Keys go wherever the focus is, as they would for a person at the keyboard."""
    for key in keys:
        target = dialog.focusWidget()
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def test_a_short_contact_is_saved_with_the_keyboard_only(qtbot, registry) -> None:  # noqa: ANN001
    registry.window.show_area(Area.AUDIT)  # from anywhere
    dialog = _ctrl_n(qtbot, registry)
    form = dialog.forms[0]
    assert dialog.focusWidget() is form.code
    code = registry.refs[1].code
    _type(qtbot, dialog, code.lower(), Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Down)
    _type(qtbot, dialog, Qt.Key.Key_Tab, "20", Qt.Key.Key_Tab, "Kort gesprek", Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    (contact,) = registry.call(registry_service.contacts_of, registry.refs[1].id)
    assert contact.mode == "outreach" and contact.duration_minutes == 20
    assert contact.note == "Kort gesprek"
    assert registry.window.statusBar().currentMessage() == f"Contact opgeslagen bij {code}."


def test_an_unknown_code_is_named_beside_the_field(qtbot, registry) -> None:  # noqa: ANN001
    dialog = _ctrl_n(qtbot, registry)
    _type(qtbot, dialog, "EMP-1999-9999", Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.forms[0].form.error_text("person") == "Onbekende waarde 'EMP-1999-9999'."
    assert dialog.message.text().startswith("Niet opgeslagen")
    _type(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_an_advice_question_is_saved_with_enter(qtbot, registry) -> None:  # noqa: ANN001
    dialog = _ctrl_n(qtbot, registry)
    dialog.set_mode(1)
    form = dialog.forms[1]
    assert dialog.focusWidget() is form.date
    _type(qtbot, dialog, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Tab)
    _type(qtbot, dialog, "Den Haag", Qt.Key.Key_Tab, "15", Qt.Key.Key_Tab)
    _type(qtbot, dialog, "Signalen besproken", Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert registry.call(registry_service.registry_counts).advice_questions == 1


def test_a_new_signal_needs_a_form_and_a_known_municipality(qtbot, registry) -> None:  # noqa: ANN001
    dialog = _ctrl_n(qtbot, registry)
    dialog.set_mode(2)
    form = dialog.forms[2]
    _type(
        qtbot, dialog, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, "Atlantis", Qt.Key.Key_Return
    )
    assert form.form.error_text("municipality").startswith("Onbekende gemeente")
    assert form.form.error_text("forms").startswith("Kies minstens één vorm")
    before = registry.call(registry_service.count_persons, PersonQuery())
    form.municipality.setFocus()
    form.municipality.clear()
    _type(qtbot, dialog, "Veldhoven", Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert registry.call(registry_service.count_persons, PersonQuery()) == before + 1
    message = registry.window.statusBar().currentMessage()
    assert message.startswith("Signaal geregistreerd als EMP-")
    code = message.removeprefix("Signaal geregistreerd als ").rstrip(".")
    ref = registry.call(registry_service.find_person, code)
    detail = registry.call(registry_service.person_detail, ref.id)
    assert detail.tier == "signaal" and detail.municipality == "GM0861"
    assert detail.registrations[0].forms == ("seksueel",)


def test_ctrl_n_does_nothing_while_locked(qtbot, registry) -> None:  # noqa: ANN001
    registry.controller.lock()
    window = registry.controller.unlock_window
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert registry.window.findChild(QuickEntryDialog) is None
