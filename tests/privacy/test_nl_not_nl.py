"""The Comensha table age group × Dutch / non-Dutch is linked to the other tables of its
release: its margins are theirs, and an attacker who knows that NL/niet-NL coarsens the
nationality groups (as every reader does) narrows no hidden cell below the threshold."""

from __future__ import annotations

import random

import pytest

from emp_desktop.domain.registry import forms_to_mask
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import audit, protect
from emp_desktop.privacy.system import build_system
from emp_desktop.privacy.tables import TOTAL
from tests.privacy.reference import Attacker, truth

NEW = "leeftijd_nl_niet_nl"
COARSE = {"NL": ("NL",), "niet-NL": ("EU", "niet-EU"), "onbekend": ("onbekend",)}


def _rows(seed: int, size: int) -> list[dict]:
    rng = random.Random(seed)
    return [
        {
            "forms_mask": forms_to_mask([rng.choice(["seksueel", "arbeid", "crimineel"])]),
            "gender": rng.choice(["v", "v", "m", "x"]),
            "age": rng.choice([15, 16, 19, 21, 30, 45, None]),
            "nationality": rng.choice(["NL", "NL", "NL", "PL", "RO", "NG", "SY", None]),
            "melder": rng.choice(["politie", "zorg", "school", "anders"]),
        }
        for _ in range(size)
    ]


class CoarseningAttacker(Attacker):
    """The reference attacker, plus what the column means, stated on its own: NL and
    onbekend of nl_niet_nl are those nationality groups, niet-NL is EU + niet-EU."""

    def _linked(self) -> None:
        super()._linked()
        tables = list(enumerate(self.released))
        new = next(t for t, pt in tables if pt.table.name == NEW)
        for t, pt in tables:
            dims = pt.table.dimensions
            if t == new or "nationaliteitsgroep" not in dims:
                continue
            for coarse, fine in COARSE.items():
                row = {self.index[(new, (TOTAL, coarse))]: 1.0}
                for group in fine:
                    key = tuple(group if d == "nationaliteitsgroep" else TOTAL for d in dims)
                    row[self.index[(t, key)]] = -1.0
                self.rows.append(row)


def test_the_new_table_shares_the_margins_of_the_others() -> None:
    tables = profiles.comensha_tables(_rows(1, 120))
    assert [t.name for t in tables][-1] == NEW
    assert profiles.column_name(NEW, "nationaliteitsgroep") == "nl_niet_nl"
    system = build_system(tables, "2025Q1", [], [], 5)
    inst = {i.table.name: i for i in system.instances}
    same = [
        ((TOTAL, "NL"), "nationaliteit_geslacht", ("NL", TOTAL)),
        ((TOTAL, "onbekend"), "nationaliteit_geslacht", ("onbekend", TOTAL)),
        (("<18", TOTAL), "leeftijd_geslacht", ("<18", TOTAL)),
        ((TOTAL, TOTAL), "melder", (TOTAL,)),
    ]
    for key, other, other_key in same:
        assert system.var_class[inst[NEW].var(key)] == system.var_class[inst[other].var(other_key)]
    new, nat = truth_of(tables, NEW), truth_of(tables, "nationaliteit_geslacht")
    assert new[(TOTAL, "niet-NL")] == nat[("EU", TOTAL)] + nat[("niet-EU", TOTAL)]


def truth_of(tables, name):
    from emp_desktop.privacy.tables import cells_with_margins

    return cells_with_margins(next(t for t in tables if t.name == name))


@pytest.mark.parametrize("seed", [3, 21])
def test_no_hidden_cell_narrows_with_the_coarsening_known(seed: int) -> None:
    protected = protect(profiles.comensha_tables(_rows(seed, 60)), 5, release="2025Q1")
    assert audit(protected, 5) == []
    attacker = CoarseningAttacker(protected)
    new = next(t for t, pt in enumerate(protected) if pt.table.name == NEW)
    hidden = 0
    for t, pt in enumerate(protected):
        values = truth(pt)
        for key in pt.hidden:
            if values[key]:
                low, high = attacker.interval(t, key)
                assert high - low >= 5 - 1e-6, (pt.table.name, key, low, high)
                hidden += t == new
    assert hidden, "the sample hides cells of the new table"
