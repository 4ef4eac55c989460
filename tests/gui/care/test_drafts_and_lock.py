"""Unsaved input survives the idle lock as an encrypted draft and is offered back; the
lock leaves nothing of a case in any widget; every input is labelled for the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.common import set_combo_code
from emp_desktop.gui.care.consent_dialog import OverrideReasonDialog
from emp_desktop.services import draft_service, vault_service
from tests.conftest import PASSPHRASE
from tests.gui.care.conftest import seed
from tests.gui.conftest import unlock_with


def test_a_draft_survives_the_idle_lock(qtbot, test_vault, make_controller, dutch) -> None:  # noqa: ANN001
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    seeded = seed(opened)
    vault_service.lock(opened)
    controller = make_controller(test_vault.folder, idle_ms=200)
    controller.start()
    unlock_with(qtbot, controller)
    window = controller.main_window
    window.navigate(Area.TRAJECTORY, person_id=seeded.consented.id)
    trajectory = window.page(Area.TRAJECTORY)
    trajectory.goals.goal_form.description.setText("Dagbesteding vinden")
    prevention = window.page(Area.PREVENTION)
    set_combo_code(prevention.entry.kind, "voorlichting")
    prevention.entry.participants.setValue(33)
    qtbot.waitUntil(lambda: not controller.session.is_open, timeout=5000)
    # Locked: the widgets are empty, the typing is kept (encrypted) in the vault.
    assert trajectory.goals.goal_form.description.text() == ""
    assert trajectory.picker.code.text() == "" and trajectory.goals.model.rowCount() == 0
    assert prevention.entry.participants.value() == 0 and prevention.model.rowCount() == 0
    controller.idle.set_timeout_ms(600_000)  # no second lock while we look (set before
    unlock_with(qtbot, controller)  # unlocking: a loaded machine may take 200 ms to show it)
    assert window.current_area == Area.TRAJECTORY
    assert trajectory.banner.isVisible()
    assert trajectory.goals.goal_form.description.text() == ""  # offered, not imposed
    trajectory.banner.restore_button.click()
    assert trajectory.goals.goal_form.description.text() == "Dagbesteding vinden"
    assert trajectory.person_id == seeded.consented.id
    assert not trajectory.banner.isVisible()
    vault = controller.session.vault
    assert draft_service.load_draft(vault, "care.trajectory") is None  # taken back
    window.show_area(Area.PREVENTION)
    assert prevention.banner.isVisible()
    prevention.banner.discard_button.click()
    assert prevention.entry.participants.value() == 0
    assert draft_service.load_draft(vault, "care.prevention") is None


def test_lock_without_typing_keeps_no_draft(unlocked, seeded) -> None:  # noqa: ANN001
    window = unlocked.main_window
    window.navigate(Area.TRAJECTORY, person_id=seeded.consented.id)
    window.show_area(Area.NETWORK)
    unlocked.lock()
    reopened = vault_service.unlock(unlocked.folder, PASSPHRASE)
    try:
        assert draft_service.list_drafts(reopened) == []
    finally:
        vault_service.lock(reopened)
    network = window.page(Area.NETWORK)
    assert network.organisations.model.rowCount() == 0
    assert network.plan.plan_form.cases.count() == 0
    assert network.meetings.detail.view is None


INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox)


def _check_labelled(root: QWidget) -> int:
    buddies = {id(lbl.buddy()): lbl.text() for lbl in root.findChildren(QLabel) if lbl.buddy()}
    found = [w for kind in INPUTS for w in root.findChildren(kind)]
    inputs = [w for w in found if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]
    for widget in inputs:
        assert widget.accessibleName(), widget
        # A buddy label for each; a mnemonic where the window has a letter left for it
        # (the ZRM grid's thirteen domains take what the header leaves; test_screen_walk
        # checks that no letter is used twice).
        assert buddies.get(id(widget), "").strip(), widget.accessibleName()
    return len(inputs)


def test_every_input_has_a_label(unlocked, seeded, qtbot) -> None:  # noqa: ANN001
    window = unlocked.main_window
    for area in (Area.DASHBOARD, Area.TRAJECTORY, Area.NETWORK, Area.PREVENTION):
        window.show_area(area)
        _check_labelled(window.page(area))
    assert _check_labelled(window.page(Area.TRAJECTORY)) > 25
    dialog = OverrideReasonDialog(window)
    assert dialog.reason.accessibleName()
    _check_labelled(dialog)
