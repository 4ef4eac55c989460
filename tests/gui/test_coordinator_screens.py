"""What a coordinator meets: a demo vault that cannot be mistaken for hers, a warning
before the idle lock, Ctrl+N bringing back what the lock kept, advice questions that
can be found, corrected and deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from emp_desktop.domain.registry import AdviceInput
from emp_desktop.gui.areas import Area
from emp_desktop.gui.registry.demo_dialog import DemoVaultDialog
from emp_desktop.gui.registry.draft_banner import QUICK_ENTRY_KEY
from emp_desktop.gui.translation import APP_TITLE
from emp_desktop.services import (
    advice_service,
    demo_service,
    draft_service,
    registry_service,
    vault_service,
)
from emp_desktop.services.advice_service import AdviceQuery
from tests.conftest import TestVault
from tests.gui.conftest import unlock_with


def test_the_demo_dialog_never_shows_the_passphrase(qtbot, tmp_path: Path, dutch) -> None:  # noqa: ANN001
    dialog = DemoVaultDialog(tmp_path / "demo")
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert demo_service.DEMO_PASSPHRASE not in shown
    assert APP_TITLE in dialog.windowTitle() and dialog.windowTitle() != APP_TITLE


def test_a_demo_vault_shows_a_banner_its_own_folder_and_a_demo_title(qtbot, unlocked) -> None:  # noqa: ANN001
    window = unlocked.main_window
    assert not window.demo_banner.isVisible() and window.windowTitle() == APP_TITLE
    vault = unlocked.session.vault
    folder = vault_service.vault_folder(vault)
    unlocked.session.call(vault_service.mark_demo)
    window.attach()
    assert window.demo_banner.isVisible() and "DEMO" in window.demo_banner.text()
    assert "DEMO" in window.windowTitle() and APP_TITLE in window.windowTitle()
    assert str(folder) in window.folder_label.text()
    unlocked.lock()
    assert not window.demo_banner.isVisible() and window.windowTitle() == APP_TITLE


def test_the_idle_lock_is_announced_and_input_cancels_it(
    qtbot, test_vault: TestVault, make_controller, dutch
) -> None:  # noqa: ANN001
    controller = make_controller(test_vault.folder, idle_ms=1200)
    controller.start()
    unlock_with(qtbot, controller)
    window = controller.main_window
    qtbot.waitUntil(window.idle_warning.isVisible, timeout=3000)
    assert "vergrendelt over" in window.idle_warning.text()
    assert controller.session.is_open  # warned, not yet locked
    qtbot.keyClick(window, "a")
    assert not window.idle_warning.isVisible()
    qtbot.waitUntil(lambda: not controller.session.is_open, timeout=5000)


def test_ctrl_n_offers_the_kept_quick_entry_first(qtbot, unlocked) -> None:  # noqa: ANN001
    fields = {"note": "zat in de wachtkamer", "code": ""}
    unlocked.session.call(draft_service.save_draft, QUICK_ENTRY_KEY, {"mode": 0, "fields": fields})
    quick = unlocked.main_window.page(Area.CLIENTS).quick_entry
    dialog = quick.open()
    assert dialog.form.draft()["note"] == "zat in de wachtkamer"
    assert "staat weer klaar" in dialog.message.text()
    assert unlocked.session.call(draft_service.load_draft, QUICK_ENTRY_KEY) is None


def test_an_advice_question_is_corrected_and_deleted_from_its_list(qtbot, unlocked) -> None:  # noqa: ANN001
    from datetime import date

    session = unlocked.session
    session.call(
        registry_service.register_advice,
        AdviceInput(date=date.today(), organisation_type="school", topic="signalen"),
    )
    window = unlocked.main_window
    window.show_area(Area.ADVICE)
    page = window.page(Area.ADVICE)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.count_label.text() == "1 adviesvragen"
    dialog = page.open_row(0)
    dialog.form.organisation.set_code("zorg")
    dialog.save()
    assert session.call(advice_service.list_advice, AdviceQuery())[0].organisation_type == "zorg"
    dialog = page.open_row(0)
    dialog.delete()  # no reason: refused, and said so
    assert dialog.message.text() and dialog.isVisible()
    dialog.reason.setText("dubbel ingevoerd")
    dialog.delete()
    assert session.call(advice_service.count_advice, AdviceQuery()) == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
