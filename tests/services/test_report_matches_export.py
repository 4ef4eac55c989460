"""Every figure of the annual report is the cell of the export of the same year, read back
from the written CSV files; hidden cells print as the marker with its legend, never "<5"."""

from __future__ import annotations

import csv

import pytest

from emp_desktop.privacy import profiles
from emp_desktop.reports.dto import HIDDEN_LEGEND, HIDDEN_MARK, CountTable, Figure
from tests.reports.pdftext import all_text
from tests.services.conftest import Published

T = "Totaal"


@pytest.fixture(scope="module")
def exported(published: Published):
    """(report data of 2025, its PDF, the export cells of 2025 per profile and table)."""
    cells = {p: _read_tables(published.folders[p], p) for p in ("comensha", "gemeente")}
    return published.data, published.pdf, cells


def _read_tables(folder, profile):
    tables = {}
    for path in folder.glob(f"{profile}_2025_*.csv"):
        name = path.stem.removeprefix(f"{profile}_2025_")
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter=";"))
        header = rows[0]
        keep = [i for i, column in enumerate(header[:-1]) if column != "gemeentecode"]
        tables[name] = {tuple(row[i] for i in keep): row[-1] for row in rows[1:]}
    return tables


def _as_cell(figure: Figure) -> str:
    return "x" if figure.hidden else str(figure.value)


def _one_way(table: CountTable) -> dict[str, str]:
    rows = {row.labels[0]: _as_cell(row.figures[0]) for row in table.rows}
    if table.total is not None:
        rows[T] = _as_cell(table.total.figures[0])
    return rows


def _margin(cells: dict, position: int, width: int) -> dict[str, str]:
    return {
        key[position]: value
        for key, value in cells.items()
        if all(part == T for i, part in enumerate(key) if i != position) and len(key) == width
    }


def test_comensha_figures_are_the_export_cells(exported) -> None:
    data, _, cells = exported
    c = cells["comensha"]
    assert _one_way(data.forms) == _margin(c["vorm_geslacht"], 0, 2)
    assert _one_way(data.gender) == _margin(c["vorm_geslacht"], 1, 2)
    assert _one_way(data.age_groups) == _margin(c["leeftijd_geslacht"], 0, 2)
    assert _one_way(data.nationality) == _margin(c["nationaliteit_geslacht"], 0, 2)
    assert _one_way(data.melders) == _margin(c["melder"], 0, 1)


def test_municipality_figures_are_the_export_cells(exported) -> None:
    data, _, cells = exported
    g = cells["gemeente"]
    t = data.tasks
    assert _as_cell(t.new_reports) == g["nieuwe_meldingen"][(T,)]
    assert _as_cell(t.advice_questions) == g["adviesvragen"][(T,)]
    assert _as_cell(t.active_trajectories) == g["actieve_trajecten"][(T,)]
    assert _as_cell(t.referrals) == g["verwijzingen"][(T, T)]
    assert t.referrals_per_domain is not None
    assert _one_way(t.referrals_per_domain) == _margin(g["verwijzingen"], 0, 2)
    assert _as_cell(data.effects.zrm_improved.figure) == g["uitkomst_zrm"][("ZRM verbeterd",)]
    assert (
        _as_cell(data.effects.aangifte_made.figure) == g["uitkomst_aangifte"][("Aangifte gedaan",)]
    )
    # The chart's bar of the report year is the same cell as the key figure.
    assert data.registrations_per_year[2025] == t.new_reports


def test_map_figures_are_the_export_cells(exported) -> None:
    from emp_desktop.domain import municipalities

    data, _, cells = exported
    new = cells["gemeente"]["nieuwe_meldingen"]
    for code, figure in data.municipality_counts.items():
        assert _as_cell(figure) == new[(municipalities.name(code),)]
    assert data.folded_codes, "the demo folds small municipalities"
    for code in data.folded_codes:
        assert (municipalities.name(code),) not in new
    assert data.folded_total is not None
    assert _as_cell(data.folded_total) == new[(profiles.OTHER_REGION,)]
    outside = {o.label: _as_cell(o.figure) for o in data.outside_region}
    assert outside == {
        "Overig Noord-Brabant": new[(profiles.OTHER_BRABANT,)],
        "Elders": new[(profiles.ELSEWHERE,)],
        "Onbekend": new[(profiles.UNKNOWN_PLACE,)],
    }


def test_activity_figures_are_the_export_cells(exported) -> None:
    data, _, cells = exported
    g, p, n = cells["gemeente"], data.prevention, data.network
    assert p.sessions.value is not None and p.trainings.value is not None
    assert str(p.sessions.value + p.trainings.value) == g["preventie_bijeenkomsten"][(T,)]
    assert _as_cell(p.people_reached) == g["preventie_bereik"][(T,)]
    assert _as_cell(n.zorgoverleggen) == g["overleggen"][("Zorgoverleg",)]
    assert _as_cell(n.casusoverleggen) == g["overleggen"][("Casusoverleg",)]
    assert data.tasks.victim_meetings == n.casusoverleggen


def test_pdf_prints_the_marker_with_its_legend_never_a_false_bound(exported) -> None:
    data, pdf, _ = exported
    text = all_text(pdf)
    assert "<5" not in text and "<10" not in text
    assert HIDDEN_LEGEND in text
    hidden = [row.labels[0] for row in data.forms.rows if row.figures[0].hidden]
    assert hidden, "the demo hides some forms of exploitation"
    for label in hidden:
        assert f"{label} {HIDDEN_MARK}" in text
    assert f"{profiles.OTHER_REGION}: {data.folded_total.text()}, samengevoegd" in text


def test_referral_figures_say_what_they_count(exported) -> None:
    _, pdf, _ = exported
    text = all_text(pdf)
    assert "Doorverwijzingen per zorgdomein (aantal verwijzingen, geen personen)" in text
    assert "(aantal verwijzingen, geen personen)" in text
    assert "naar de GGZ verwezen (personen)" in text
    assert "schuldhulpverlening (personen)" in text
