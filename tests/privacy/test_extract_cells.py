"""A record extract beside the tables: no row falls into a cell the tables hide."""

from __future__ import annotations

from emp_desktop.privacy.extract_cells import keep_consistent, shows_only_published
from emp_desktop.privacy.release import ProtectedTable
from emp_desktop.privacy.tables import TOTAL, Table, cells_with_margins

AGES = ("<18", "18-22", "23+")
FORMS = ("Seksuele uitbuiting", "Gedwongen orgaanverwijdering")


def _protected(name, dims, categories, counts, hidden):
    table = Table(name, dims, categories, counts, "personen")
    cells = {k: (None if k in hidden else v) for k, v in cells_with_margins(table).items()}
    return ProtectedTable(table, cells, {k: "primary" for k in hidden}, (), "2025Q2")


def _tables(hide_age_margin=False):
    counts = {(f, a): 0 for f in FORMS for a in AGES}
    counts.update({(FORMS[0], "<18"): 9, (FORMS[0], "23+"): 20, (FORMS[1], "<18"): 1,
                   (FORMS[0], "18-22"): 6})
    hidden = {(FORMS[1], "<18"), (FORMS[0], "<18"), (FORMS[1], TOTAL), (FORMS[0], TOTAL)}
    if hide_age_margin:
        hidden |= {(TOTAL, "<18"), (TOTAL, "18-22")}
    form_age = _protected(
        "vorm_leeftijd", ("vorm", "leeftijdsgroep"),
        {"vorm": FORMS, "leeftijdsgroep": AGES}, counts, hidden,
    )
    melder = _protected(
        "melder", ("melder",), {"melder": ("School", "Huisarts")},
        {("School",): 35, ("Huisarts",): 1}, {("Huisarts",)},
    )
    return [form_age, melder]


def _row(form, age, melder="School", quarter="2025Q2"):
    return {"vormen": form, "leeftijdsgroep": age, "melder": melder, "kwartaal": quarter,
            "nationaliteitsgroep": "*", "regio": "Nederland", "registratiejaar": "2025"}


def test_a_row_in_a_hidden_cell_says_nothing_of_it():
    tables = _tables()
    lonely = _row(FORMS[1], "<18", "Huisarts")
    assert not shows_only_published(lonely, tables)
    kept, left_out = keep_consistent(
        [lonely] + [_row(FORMS[0], "23+") for _ in range(5)],
        {"2025Q2": tables}, "kwartaal", ("leeftijdsgroep", "kwartaal"), 1,
    )
    assert left_out == 0
    blanked = kept[0]
    assert blanked["vormen"] == "*" and blanked["melder"] == "*"  # form and reporter blanked
    assert blanked["leeftijdsgroep"] == "<18"  # the quasi-identifier stays
    assert all(shows_only_published(row, tables) for row in kept)
    # Rows in published cells keep every value.
    assert kept[1]["vormen"] == FORMS[0] and kept[1]["melder"] == "School"


def test_a_row_whose_age_margin_is_hidden_is_left_out_and_k_still_holds():
    tables = _tables(hide_age_margin=True)
    rows = [_row(FORMS[0], "18-22") for _ in range(2)] + [_row(FORMS[0], "23+") for _ in range(6)]
    rows += [_row(FORMS[0], "23+", quarter="2025Q3")]
    kept, left_out = keep_consistent(
        rows, {"2025Q2": tables, "2025Q3": tables}, "kwartaal", ("leeftijdsgroep", "kwartaal"), 5
    )
    # The 18-22 rows fall into a hidden margin; the lone Q3 row's class is below k.
    assert left_out == 3 and len(kept) == 6
    assert {r["leeftijdsgroep"] for r in kept} == {"23+"}


def test_a_row_of_a_quarter_without_tables_is_checked_against_none():
    kept, left_out = keep_consistent(
        [_row(FORMS[1], "<18") for _ in range(5)], {}, "kwartaal", ("leeftijdsgroep",), 5
    )
    assert len(kept) == 5 and left_out == 0
