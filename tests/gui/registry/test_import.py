"""Import from the GUI: a preview first; bad input shows its rows and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from emp_desktop.gui.registry import import_dialog
from emp_desktop.gui.registry.import_dialog import ImportDialog, ProblemModel
from emp_desktop.services import registry_service
from emp_desktop.services.import_service import RowProblem

HEADER = "datum_melding;type;voornaam;achternaam;geslacht;gemeente;uitbuitingsvormen;melder;kleur"
GOOD = [
    "01-02-2016;melding;Anna;de Vries;v;Eindhoven;seksueel;politie;rood",
    "2016-03-05;adviesvraag;;;;Best;;;",
]
BAD = "31-02-2016;melding;Bob;Bakker;q;Atlantis;seksueel;school;blauw"


def _file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "meldingen.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _open(qtbot, registry, monkeypatch, path: Path) -> ImportDialog:  # noqa: ANN001
    monkeypatch.setattr(import_dialog, "choose_file", lambda _parent: path)
    registry.page.import_button.click()
    dialog = registry.window.findChild(ImportDialog)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=10_000)
    return dialog


def _counts(registry):  # noqa: ANN001, ANN202
    return registry.call(registry_service.registry_counts)


def test_a_bad_row_is_shown_and_nothing_is_imported(qtbot, registry, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    before = _counts(registry)
    dialog = _open(qtbot, registry, monkeypatch, _file(tmp_path, *GOOD, BAD))
    lines = {dialog.problems.index(r, 0).data() for r in range(dialog.problems.rowCount())}
    assert lines == {"4"}
    reasons = [dialog.problems.index(r, 2).data() for r in range(dialog.problems.rowCount())]
    assert "Onbekende waarde 'Atlantis'." in reasons
    assert any(reason.startswith("Onleesbare datum") for reason in reasons)
    assert not dialog.import_button.isEnabled()
    assert dialog.message.text() == "Niets geïmporteerd: 1 van 3 regels bevatten fouten."
    assert "kleur" in dialog.unknown.text()
    dialog.run_import()  # even if asked directly: nothing happens
    assert _counts(registry) == before


def test_a_good_file_is_previewed_then_imported(qtbot, registry, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    before = _counts(registry)
    dialog = _open(qtbot, registry, monkeypatch, _file(tmp_path, *GOOD))
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("Controle: 1 meldingen en 1 adviesvragen")
    assert _counts(registry) == before  # a preview saves nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported, timeout=10_000)
    after = _counts(registry)
    assert (after.persons, after.advice_questions) == (
        before.persons + 1,
        before.advice_questions + 1,
    )
    assert dialog.summary.text().startswith("Geïmporteerd: 1 meldingen")
    dialog.reject()
    qtbot.waitUntil(lambda: registry.page.model.total == 4, timeout=5000)


def test_an_unreadable_file_is_explained(qtbot, registry, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "oud.csv"
    path.write_bytes("datum_melding;type\n01-02-2016;melding;Zoë\n".encode("latin-1"))
    dialog = _open(qtbot, registry, monkeypatch, path)
    assert dialog.message.text().startswith("Bestand niet te lezen als CSV (UTF-8) of XLSX")
    assert not dialog.import_button.isEnabled()


@pytest.mark.usefixtures("dutch")
def test_the_problem_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = ProblemModel()
    qtmodeltester.check(model)
    model.set_problems([RowProblem(3, "gemeente", "err_unknown_value", "Atlantis")])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Onbekende waarde 'Atlantis'."
