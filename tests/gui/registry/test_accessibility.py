"""Every registry input has a label (its buddy) and an accessible name."""

from __future__ import annotations

from pathlib import Path

from emp_desktop.gui.registry.demo_dialog import DemoVaultDialog
from emp_desktop.gui.registry.historic_dialog import HistoricDialog
from emp_desktop.gui.registry.import_dialog import ImportDialog
from emp_desktop.gui.registry.quick_entry import QuickEntryDialog
from tests.gui.test_accessibility import _check, _inputs


def test_pages_detail_and_dialogs(registry) -> None:  # noqa: ANN001
    page = registry.page
    page.open_person(registry.refs[0].id)
    page.detail.identity.reveal("controle")
    assert len(_inputs(page)) > 30
    _check(page)
    session = registry.controller.session
    for dialog in (
        QuickEntryDialog(session, registry.window),
        HistoricDialog(session, registry.window),
        ImportDialog(session, Path("/nonexistent.csv"), registry.window),
        DemoVaultDialog(Path("/nonexistent"), registry.window),
    ):
        _check(dialog)
