"""The record extract next to the tables: no row may say more than the tables do.

Comensha receives both the tables and the record extract of the same persons. Each row of
the extract is a person the tables count, so counting rows gives a *lower bound* on every
table cell the row falls into (with the extract's columns: form, age group, reporter —
sex is not in it, so a row falls into the margin over sex). A hidden cell with a row in
it is then at least that many, and with the margins an attacker pins it: one row of a
minor victim of organ removal in a quarter whose table hides that cell as "x" shows it
is 1.

The rule: every table cell a row falls into — in every table of the family that counts
its period (its quarter and its year, every revision) — must be published. A lower bound
on a published cell tells nothing the cell does not, so the extract then adds nothing to
what an attacker of the tables can derive. A row that falls into a hidden cell first has
its form and/or reporter blanked ("*", local suppression as μ-ARGUS does it): it then
falls into the margin over that column. That "*" says the value is one of the hidden
cells of its line, and the sum of those is known from the line's published total and
cells, so the blank says nothing new either. A row still in a hidden cell (its age group,
a quasi-identifier, lies in a hidden margin) is left out (counted with the k-anonymity
suppressions), and classes that drop below k are left out whole, so that the extract
stays k-anonymous.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from emp_desktop.privacy.profiles import COARSE
from emp_desktop.privacy.release import ProtectedTable
from emp_desktop.privacy.tables import TOTAL, Key

# Extract column → table dimension, for the columns that are both.
_DIMENSION_OF = {
    "vormen": "vorm",
    "leeftijdsgroep": "leeftijdsgroep",
    "nationaliteitsgroep": "nationaliteitsgroep",
    "melder": "melder",
}
# A generalised value stands for these categories of the dimension.
_GENERALISED = {
    "leeftijdsgroep": {"minderjarig": ("<18",), "meerderjarig": ("18-22", "23+")},
    "nationaliteitsgroep": {"niet-NL": ("EU", "niet-EU")},
}


def shows_only_published(
    row: Mapping[str, str], tables: Sequence[ProtectedTable]
) -> bool:
    """True when every cell of `tables` that the row falls into is published."""
    return all(
        pt.cells.get(key) is not None for pt in tables for key in _cells_of(row, pt)
    )


def _cells_of(row: Mapping[str, str], pt: ProtectedTable) -> list[Key]:
    choices = [_categories(row, pt, dim) for dim in pt.table.dimensions]
    return [tuple(key) for key in itertools.product(*choices)]


def _categories(row: Mapping[str, str], pt: ProtectedTable, dim: str) -> tuple[str, ...]:
    column = next((c for c, d in _DIMENSION_OF.items() if d == dim), None)
    value = row.get(column) if column else None
    if value is None or value == "*":
        return (TOTAL,)  # not in the extract: the row falls into the margin
    values = _GENERALISED.get(dim, {}).get(value, (value,))
    coarse = COARSE.get(pt.table.name, {}).get(dim, {})
    return tuple(sorted({coarse.get(v, v) for v in values}))


BLANKABLE = ("melder", "vormen")  # sensitive columns that are table dimensions


def _blanked(row: Mapping[str, str]) -> list[Mapping[str, str]]:
    """The row as it is, then with the fewest sensitive columns blanked."""
    return [
        {**row, **dict.fromkeys(columns, "*")}
        for size in range(len(BLANKABLE) + 1)
        for columns in itertools.combinations(BLANKABLE, size)
    ]


def keep_consistent(
    rows: Sequence[Mapping[str, str]],
    tables_for: Mapping[str, Sequence[ProtectedTable]],
    quarter_of: str,
    qis: Sequence[str],
    k: int,
) -> tuple[list[Mapping[str, str]], int]:
    """(rows kept, some with blanks; rows left out). `tables_for[q]` are the tables counting
    quarter q (its own and its year's); `quarter_of` names the row field holding it."""
    kept = []
    for row in rows:
        tables = tables_for.get(row[quarter_of], ())
        shown = next(
            (b for b in _blanked(row) if shows_only_published(b, tables)), None
        )
        if shown is not None:
            kept.append(shown)
    classes: dict[tuple[str, ...], int] = {}
    for r in kept:
        cls = tuple(r[q] for q in qis)
        classes[cls] = classes.get(cls, 0) + 1
    kept = [r for r in kept if classes[tuple(r[q] for q in qis)] >= k]
    return kept, len(rows) - len(kept)
