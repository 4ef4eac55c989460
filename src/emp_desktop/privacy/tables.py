"""Frequency tables as released: inner cells, every margin and the grand total.

A `Table` holds only inner cells; margins are derived so that they can never disagree with
the cells they sum. Tables with the same counting `unit` in one release describe the same
population (each person falls in exactly one cell of every table) — disclosure control
relies on that to link their margins, so callers give tables of other populations
(referrals, sessions) their own unit.

A table is `additive` when the table of a year is the sum of the tables of its quarters:
flows (new reports, advice questions, referrals). Stocks and outcomes (persons in an active
trajectory at some moment, shares) are not — one person active all year is in every
quarter — so disclosure control relates them across periods by nothing.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

TOTAL = "Totaal"

Key = tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    dimensions: tuple[str, ...]
    categories: dict[str, tuple[str, ...]]
    counts: dict[Key, int]
    unit: str
    additive: bool = True

    def __post_init__(self) -> None:
        _check_dimensions(self)
        for key, value in self.counts.items():
            if len(key) != len(self.dimensions) or any(
                part not in self.categories[dim]
                for dim, part in zip(self.dimensions, key, strict=False)
            ):
                raise ValueError(f"Tabel {self.name}: onbekende cel {key!r}")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"Tabel {self.name}: aantal in cel {key!r} is geen telling")

    def count(self, key: Key) -> int:
        """The inner cell's count (0 for combinations nobody falls in)."""
        return self.counts.get(key, 0)

    def axes(self) -> list[tuple[str, ...]]:
        """Per dimension its categories followed by TOTAL: the coordinates of every cell."""
        return [(*self.categories[dim], TOTAL) for dim in self.dimensions]


def _check_dimensions(table: Table) -> None:
    dims = table.dimensions
    if not 1 <= len(dims) <= 3 or len(set(dims)) != len(dims):
        raise ValueError(f"Tabel {table.name}: één tot drie verschillende dimensies nodig")
    if set(table.categories) != set(dims):
        raise ValueError(f"Tabel {table.name}: categorieën horen bij precies de dimensies")
    for dim in dims:
        cats = table.categories[dim]
        if not cats or len(set(cats)) != len(cats) or TOTAL in cats:
            raise ValueError(
                f"Tabel {table.name}: dimensie {dim} heeft lege, dubbele of "
                f"gereserveerde ({TOTAL}) categorieën"
            )


def is_margin(key: Key) -> bool:
    return TOTAL in key


def is_grand_total(key: Key) -> bool:
    return all(part == TOTAL for part in key)


def cells_with_margins(table: Table) -> dict[Key, int]:
    """Every inner cell, every margin and the grand total, in a stable order (categories in
    their given order, TOTAL last in each dimension)."""
    cells: dict[Key, int] = {key: 0 for key in itertools.product(*table.axes())}
    for key, value in table.counts.items():
        if not value:
            continue
        # Each inner cell adds to itself and to each margin that replaces some of its
        # coordinates by TOTAL: 2^d keys for a d-dimensional table.
        for choice in itertools.product(*[(False, True)] * len(key)):
            margin = tuple(TOTAL if pick else part for part, pick in zip(key, choice, strict=True))
            cells[margin] += value
    return cells


def label(key: Key) -> str:
    """A cell as people read it: 'Vrouw × <18'."""
    return " × ".join(key)


def lines(table: Table) -> Iterator[tuple[int, Key, list[Key]]]:
    """Every line of the table with its cells: (free dimension, line total key, member keys).

    A line fixes all dimensions but one (to a category or TOTAL) and runs along the free one;
    its members sum to its total. The members are inner cells or margins alike.
    """
    axes = table.axes()
    for free in range(len(axes)):
        others = [axes[d] if d != free else (TOTAL,) for d in range(len(axes))]
        for total_key in itertools.product(*others):
            members = [
                total_key[:free] + (part,) + total_key[free + 1 :]
                for part in table.categories[table.dimensions[free]]
            ]
            yield free, total_key, members


def cross_tabulate(
    name: str,
    records: Sequence[Mapping[str, str]],
    dimensions: Sequence[str],
    categories: Mapping[str, Sequence[str]],
    unit: str,
    additive: bool = True,
) -> Table:
    """Count records per combination of categories. A record whose value for some dimension
    is missing or not among its categories falls in no cell; callers that want every person
    counted (as linked tables require) map such values to an 'onbekend' category first."""
    dims = tuple(dimensions)
    cats = {dim: tuple(categories[dim]) for dim in dims}
    tally = Counter(tuple(record.get(dim) for dim in dims) for record in records)
    allowed = [set(cats[dim]) for dim in dims]
    counts = {
        key: n
        for key, n in tally.items()
        if all(part in ok for part, ok in zip(key, allowed, strict=True))
    }
    return Table(name, dims, cats, counts, unit, additive)  # type: ignore[arg-type]
