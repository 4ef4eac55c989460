"""Tables: margins derived from inner cells, cross-tabulation, validation."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emp_desktop.privacy.tables import TOTAL, Table, cells_with_margins, cross_tabulate

CATS = {
    "vorm": ("seksueel", "arbeid", "crimineel"),
    "geslacht": ("Vrouw", "Man"),
    "leeftijd": ("<18", "18+"),
}


@given(st.lists(st.integers(0, 50), min_size=12, max_size=12))
def test_every_margin_is_the_sum_of_its_line(values: list[int]) -> None:
    dims = ("vorm", "geslacht", "leeftijd")
    keys = list(itertools.product(*(CATS[d] for d in dims)))
    table = Table("t", dims, CATS, dict(zip(keys, values, strict=True)), "personen")
    cells = cells_with_margins(table)
    assert len(cells) == 4 * 3 * 3
    assert cells[(TOTAL, TOTAL, TOTAL)] == sum(values)
    for key, value in cells.items():
        for d, part in enumerate(key):
            if part == TOTAL:
                line = [key[:d] + (c,) + key[d + 1 :] for c in CATS[dims[d]]]
                assert value == sum(cells[k] for k in line)
    # Stable order: categories as given, Totaal last.
    assert list(cells)[:4] == [
        ("seksueel", "Vrouw", "<18"),
        ("seksueel", "Vrouw", "18+"),
        ("seksueel", "Vrouw", TOTAL),
        ("seksueel", "Man", "<18"),
    ]


def test_cross_tabulate_counts_each_record_once_and_skips_unknown_values() -> None:
    records = [
        {"vorm": "seksueel", "geslacht": "Vrouw"},
        {"vorm": "seksueel", "geslacht": "Vrouw", "extra": "genegeerd"},
        {"vorm": "arbeid", "geslacht": "Man"},
        {"vorm": "arbeid"},  # no gender: in no cell
        {"vorm": "orgaan", "geslacht": "Man"},  # not a category: in no cell
    ]
    table = cross_tabulate("vorm × geslacht", records, ("vorm", "geslacht"), CATS, "personen")
    assert table.counts == {("seksueel", "Vrouw"): 2, ("arbeid", "Man"): 1}
    assert table.categories == {"vorm": CATS["vorm"], "geslacht": CATS["geslacht"]}
    assert cells_with_margins(table)[(TOTAL, TOTAL)] == 3
    assert table.count(("crimineel", "Man")) == 0


@pytest.mark.parametrize(
    ("dims", "cats", "counts"),
    [
        ((), {}, {}),
        (("a", "a"), {"a": ("x",)}, {}),
        (("a",), {"a": ("x",), "b": ("y",)}, {}),
        (("a",), {"a": ()}, {}),
        (("a",), {"a": ("x", "x")}, {}),
        (("a",), {"a": ("x", TOTAL)}, {}),
        (("a",), {"a": ("x",)}, {("y",): 1}),
        (("a",), {"a": ("x",)}, {("x", "x"): 1}),
        (("a",), {"a": ("x",)}, {("x",): -1}),
        (("a",), {"a": ("x",)}, {("x",): 1.5}),
        (("a",), {"a": ("x",)}, {("x",): True}),
        (("a", "b", "c", "d"), {d: ("x",) for d in "abcd"}, {}),
    ],
)
def test_invalid_tables_are_refused(dims: tuple, cats: dict, counts: dict) -> None:
    with pytest.raises(ValueError):
        Table("t", dims, cats, counts, "personen")
