"""The export tab: a preview of exactly what leaves, hidden cells as "x" with the reason
in words, nothing written without confirmation, and the release in the register after."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox

from emp_desktop.gui.export import common, confirm_dialog
from emp_desktop.gui.export.area_page import ExportAreaPage
from emp_desktop.gui.export.common import PeriodPicker
from emp_desktop.gui.export.confirm_dialog import ConfirmExportDialog
from emp_desktop.gui.export.export_tab import ExportTab
from emp_desktop.gui.export.preview_models import HIDDEN_BACKGROUND
from emp_desktop.gui.export.register_tab import ReleaseCol
from emp_desktop.privacy.periods import Period
from emp_desktop.services import export_files, export_gui_support, export_service
from emp_desktop.services.export_service import DisclosureFailed
from tests.gui.export.conftest import YEAR


def _preview(qtbot, tab: ExportTab, profile: str, period: str = str(YEAR)) -> None:  # noqa: ANN001
    tab.profile.setCurrentIndex(tab.profile.findData(profile))
    tab.period.set_label(period)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.prepared is not None, timeout=20_000)


def _select(tab: ExportTab, name: str) -> None:
    names = [t.name for t in tab.preview.table_list.source.rows()]
    tab.preview.table_list.selectRow(names.index(name))


def test_preview_shows_every_table_with_hidden_cells_as_x(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha")
    preview = tab.prepared.preview
    shown = [t.name for t in tab.preview.table_list.source.rows()]
    assert shown == [pt.table.name for pt in preview.protected] and len(shown) == 6
    assert "leeftijd_nl_niet_nl" in shown
    assert f"{preview.hidden_cells} cellen verborgen" in tab.summary.text()
    assert "Nog niets geschreven" in tab.summary.text()
    assert tab.export_button.isEnabled()
    for pt in preview.protected:
        _select(tab, pt.table.name)
        model = tab.preview.rows_model
        rows = export_files.preview_rows(pt)  # exactly the CSV's rows
        assert [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(rows[0]))
        ] == rows[0]
        shown_rows = [
            [model.index(r, c).data() for c in range(len(rows[0]))] for r in range(model.rowCount())
        ]
        assert shown_rows == rows[1:]
        count, why = len(rows[0]) - 1, len(rows[0])
        keys = [key for key, _ in export_files.keyed_rows(pt.table, pt.cells)]
        for r in range(model.rowCount()):
            key = keys[r]
            reason = pt.reasons.get(key)
            tip = model.index(r, count).data(Qt.ItemDataRole.ToolTipRole)
            if reason is None:
                assert model.index(r, why).data() == ""
                continue
            assert model.index(r, count).data() == "x"
            assert model.index(r, count).data(Qt.ItemDataRole.BackgroundRole) == HIDDEN_BACKGROUND
            assert tip == model.index(r, why).data() and tip  # the reason in words, too
            if reason == "primary":
                assert tip == f"verborgen: minder dan 5 {pt.table.unit}"
            elif reason == "secondary":
                assert "niet terug te rekenen" in tip
            else:
                assert tip.startswith("Groep ")
    # The notes follow the chosen table: one with hidden cells says how many.
    _select(tab, next(pt.table.name for pt in preview.protected if pt.hidden))
    assert "cellen verborgen" in tab.preview.notes.toPlainText()


def test_a_group_note_explains_a_collapsed_group(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha", f"{YEAR}Q1")
    found = [
        (table, row)
        for table in tab.prepared.tables
        for row, reason in enumerate(table.reasons)
        if reason == "group"
    ]
    if not found:
        pytest.skip("no collapsed group in this period of the demo data")
    table, row = found[0]
    _select(tab, table.name)
    explanation = tab.preview.rows_model.index(row, len(table.header)).data()
    assert explanation.startswith("Groep ") and explanation in table.notes
    assert explanation in tab.preview.notes.toPlainText()


def test_activity_tables_leave_too_and_say_so(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "gemeente")
    open_tables = [t for t in tab.prepared.tables if not t.controlled]
    assert [t.name for t in open_tables] == [t.name for t in tab.prepared.preview.open_tables]
    _select(tab, open_tables[0].name)
    assert "zonder onderdrukking" in tab.preview.notes.toPlainText()
    model = tab.preview.table_list.source
    assert model.index(len(tab.prepared.tables) - 1, 1).data() == "n.v.t."
    # The CBS code beside the name, as in the file; activities list every municipality.
    rows = tab.preview.rows_model
    columns = [rows.headerData(c, Qt.Orientation.Horizontal) for c in range(rows.columnCount())]
    assert columns[:3] == ["gemeente", "gemeentecode", "aantal"]
    assert [rows.index(0, c).data() for c in range(2)] == ["Eindhoven", "GM0772"]
    names = {rows.index(r, 0).data() for r in range(rows.rowCount())}
    assert "Overige regiogemeenten" not in names and "Waalre" in names


def test_nothing_is_written_without_confirmation(
    qtbot, area: ExportAreaPage, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha")
    folder = tmp_path / "uit"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(common, "choose_folder", lambda parent, title: str(folder))
    monkeypatch.setattr(
        confirm_dialog, "ask_confirmation", lambda *args: asked.append(args) or False
    )
    before = area.session.call(export_service.release_register)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert len(asked) == 1 and asked[0][1] is tab.prepared and asked[0][2] == folder
    assert list(folder.iterdir()) == []
    assert area.session.call(export_service.release_register) == before
    assert "niets geschreven" in tab.message.text()


def test_confirmed_export_writes_the_files_and_the_register_shows_it(
    qtbot, area: ExportAreaPage, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "gemeente", f"{YEAR}Q2")
    planned = tab.prepared.files
    folder = tmp_path / "gemeente"
    monkeypatch.setattr(common, "choose_folder", lambda parent, title: str(folder))
    monkeypatch.setattr(confirm_dialog, "ask_confirmation", lambda *args: True)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.files_model.rowCount() > 0, timeout=20_000)
    assert sorted(p.name for p in folder.iterdir()) == sorted(planned)
    # The confirmation showed the LEESMIJ word for word.
    assert (folder / "LEESMIJ.txt").read_bytes().decode("utf-8") == tab.prepared.readme
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["period"] == f"{YEAR}Q2"
    assert set(manifest["files"]) == set(planned) - {"manifest.json"}
    first = tab.files_model.index(0, 1).data()
    assert len(first) == 12 and manifest["files"][tab.files_model.index(0, 0).data()][
        "sha256"
    ].startswith(first)
    assert "Geëxporteerd" in tab.message.text()
    assert "Nog niets geschreven" not in tab.summary.text()  # said once, then corrected
    assert "Geschreven naar" in tab.summary.text()
    register = area.register_tab
    area.tabs.setCurrentWidget(register)
    top = [register.table.model().index(0, col).data() for col in ReleaseCol]
    assert top[ReleaseCol.PROFILE] == "Gemeente-monitoring"
    assert top[ReleaseCol.PERIOD] == f"{YEAR}Q2"
    assert top[ReleaseCol.FILES] == str(len(planned) - 1)
    assert len(top[ReleaseCol.DATE]) == 16 and top[ReleaseCol.DATE][2] == "-"  # dd-mm-jjjj uu:mm
    assert register.files_model.rowCount() == len(planned) - 1
    full = register.files_model.index(0, 1).data()
    assert len(full) == 64


def test_a_refused_write_is_shown_as_text(
    qtbot, area: ExportAreaPage, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha", f"{YEAR}Q3")
    folder = tmp_path / "vol"
    folder.mkdir()
    (folder / tab.prepared.files[0]).write_text("al aanwezig", encoding="utf-8")
    monkeypatch.setattr(common, "choose_folder", lambda parent, title: str(folder))
    monkeypatch.setattr(confirm_dialog, "ask_confirmation", lambda *args: True)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niets overschreven" in tab.message.text(), timeout=20_000)
    assert sorted(p.name for p in folder.iterdir()) == [tab.prepared.files[0]]


def test_the_confirmation_lists_files_recipient_and_period(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha")
    dialog = ConfirmExportDialog(tab.prepared, Path("/tmp/uit"), tab)
    qtbot.addWidget(dialog)
    assert [dialog.files.item(i).text() for i in range(dialog.files.count())] == list(
        tab.prepared.files
    )
    texts = " ".join(label.text() for label in dialog.findChildren(type(tab.summary)))
    assert "Comensha" in texts and str(YEAR) in texts and "/tmp/uit" in texts
    assert not dialog.export_button.isDefault()  # Enter alone never exports
    assert dialog.readme.toPlainText().startswith("LEESMIJ – export comensha")
    assert "leeftijd_nl_niet_nl" in dialog.readme.toPlainText()

    def cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ConfirmExportDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(100, cancel)
    assert confirm_dialog.ask_confirmation(tab, tab.prepared, Path("/tmp/uit")) is False


def test_a_period_is_a_year_or_a_quarter_by_construction(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    picker: PeriodPicker = tab.period
    assert isinstance(picker.year, QSpinBox) and not picker.quarter.isEditable()
    assert not tab.findChildren(QDateEdit)  # no free date range can be entered at all
    picker.year.lineEdit().setText("20x5-01-01")
    picker.year.interpretText()  # typing nonsense leaves a valid year
    for year in (picker.year.minimum(), picker.year.maximum()):
        picker.year.setValue(year)
        for quarter in range(picker.quarter.count()):
            picker.quarter.setCurrentIndex(quarter)
            assert Period.parse(picker.label()).label == picker.label()
    picker.set_label("2024Q3")
    assert picker.label() == "2024Q3"


def test_a_changed_choice_drops_the_preview(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha")
    tab.threshold.setValue(7)
    assert tab.prepared is None and not tab.export_button.isEnabled()
    assert tab.preview.table_list.source.rowCount() == 0
    assert "nieuw voorbeeld" in tab.summary.text()


def test_record_extract_preview(qtbot, area: ExportAreaPage) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha-records")
    preview = tab.prepared.preview
    assert not tab.threshold.isEnabled() and tab.k.isEnabled()
    assert tab.preview.currentIndex() == 1
    model = tab.preview.records_model
    assert model.rowCount() == len(preview.records) > 0
    pseudonym = model.index(0, 0).data()
    assert pseudonym.endswith("…") and len(pseudonym) == 11
    assert preview.records[0]["pseudoniem"].startswith(pseudonym[:-1])
    summary = tab.preview.records_summary.text()
    assert f"k = {preview.k}" in summary
    assert f"weggelaten om k te halen: {preview.suppressed_records}" in summary
    for name, level in preview.levels.items():
        assert f"{name} {level}" in summary
    assert tab.prepared.files[-2:] == ("LEESMIJ.txt", "manifest.json")
    assert len(tab.prepared.files) == 4


def test_a_failed_disclosure_control_is_shown_as_text(
    qtbot, area: ExportAreaPage, monkeypatch
) -> None:  # noqa: ANN001
    def refuse(*_args: object) -> None:
        raise DisclosureFailed(detail="testweigering")

    monkeypatch.setattr(export_gui_support, "prepare", refuse)
    tab = area.export_tab
    tab.make_preview()
    qtbot.waitUntil(lambda: tab.message.isVisible(), timeout=10_000)
    assert tab.message.text().startswith("Geen veilige tabellen mogelijk")
    assert tab.prepared is None and not tab.export_button.isEnabled()
    assert tab.preview_button.isEnabled()


def test_lock_empties_the_preview(qtbot, area: ExportAreaPage, demo) -> None:  # noqa: ANN001
    tab = area.export_tab
    _preview(qtbot, tab, "comensha")
    demo.lock()
    assert tab.prepared is None
    assert tab.preview.table_list.source.rowCount() == 0
    assert tab.preview.rows_model.rowCount() == 0
    assert tab.preview.records_model.rowCount() == 0
