"""Every table model of the export screens passes Qt's model tester, empty and filled."""

from __future__ import annotations

from emp_desktop.gui.export.preview_models import (
    CsvRowsModel,
    FileModel,
    RecordModel,
    TableListModel,
)
from emp_desktop.gui.export.register_tab import ReleaseModel
from emp_desktop.services.export_files import RECORD_COLUMNS
from emp_desktop.services.export_gui_support import PreviewTable
from emp_desktop.services.export_service import ReleaseView

TABLE = PreviewTable(
    name="vorm_geslacht",
    file_name="comensha_2025_vorm_geslacht.csv",
    unit="personen",
    controlled=True,
    header=("vorm", "geslacht", "aantal"),
    rows=(
        ("Seksuele uitbuiting", "Vrouw", "x"),
        ("Seksuele uitbuiting", "Man", "x"),
        ("Seksuele uitbuiting", "Totaal", "12"),
        ("Totaal", "X / anders", "x"),
    ),
    reasons=("secondary", "primary", None, "group"),
    group_notes=("", "", "", ""),
    notes=("Cel Seksuele uitbuiting × Man verborgen: minder dan 5 personen.",),
)
ACTIVITY = PreviewTable(
    "preventie_bereik",
    "g.csv",
    "deelnemers",
    False,
    ("gemeente", "aantal"),
    (("Eindhoven", "40"), ("Totaal", "40")),
    (None, None),
    ("", ""),
    (),
)
RELEASE = ReleaseView(
    1,
    "comensha",
    "2025Q3",
    "Comensha",
    "2026-01-05T10:15:00+00:00",
    5,
    {"comensha_2025Q3.xlsx": "ab" * 32},
    "cd" * 32,
)
RECORD = {c: f"{c}-waarde" for c in RECORD_COLUMNS} | {"pseudoniem": "f" * 64}


def test_table_list_model(qtmodeltester) -> None:  # noqa: ANN001
    model = TableListModel()
    qtmodeltester.check(model)
    model.set_rows([TABLE, ACTIVITY])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "3" and model.index(1, 1).data() != "0"


def test_csv_rows_model(qtmodeltester) -> None:  # noqa: ANN001
    model = CsvRowsModel()
    qtmodeltester.check(model)
    model.set_table(TABLE, 5)
    qtmodeltester.check(model)
    assert model.columnCount() == 4 and model.rowCount() == 4
    assert model.index(0, 2).data() == "x" and model.index(2, 3).data() == ""
    assert model.index(3, 3).data()  # a group cell without its note still says why
    model.set_table(ACTIVITY)
    qtmodeltester.check(model)


def test_record_model(qtmodeltester) -> None:  # noqa: ANN001
    model = RecordModel(RECORD_COLUMNS)
    qtmodeltester.check(model)
    model.set_rows([RECORD, RECORD])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "ffffffffff…"
    assert model.index(0, 1).data() == "registratiejaar-waarde"


def test_file_and_release_models(qtmodeltester) -> None:  # noqa: ANN001
    for model in (FileModel(), FileModel(full=True), ReleaseModel()):
        qtmodeltester.check(model)
    files = FileModel()
    files.set_rows(sorted(RELEASE.files.items()))
    qtmodeltester.check(files)
    assert files.index(0, 1).data() == "ab" * 6
    releases = ReleaseModel()
    releases.set_rows([RELEASE])
    qtmodeltester.check(releases)
    assert releases.index(0, 5).data() == "cd" * 6
