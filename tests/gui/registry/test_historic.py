"""Historic yearly totals, entered with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from emp_desktop.gui.registry.historic_dialog import HistoricDialog
from emp_desktop.services import registry_service


def test_the_source_reports_figures_are_entered(qtbot, registry) -> None:  # noqa: ANN001
    registry.page.historic_button.click()
    dialog = registry.window.findChild(HistoricDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    for year, total in ((2015, 66), (2016, 97), (2017, 176)):
        dialog.year.setFocus()
        dialog.year.lineEdit().selectAll()
        qtbot.keyClicks(dialog.year, str(year))
        qtbot.keyClick(dialog.year, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), str(total))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert registry.call(registry_service.historic_totals) == {2015: 66, 2016: 97, 2017: 176}
    assert dialog.table.rowCount() == 3 and dialog.table.item(2, 1).text() == "176"
    assert dialog.message.text() == "Opgeslagen: 176 meldingen in 2017."
