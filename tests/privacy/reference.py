"""An independent, deliberately plain attacker for the tests.

One dense LP over every cell of every given table (published cells fixed by their bounds,
no substitution, no components, no shortcuts, plain `linprog`), with the same knowledge as
the production audit: additivity, equal marginals of tables with the same release and unit,
a year equal to the sum of its four quarters, zeros published except inside fully hidden
group lines. It only handles releases whose related periods are all present (no derived
rest tables beyond "the unreleased quarters together, at least 0") — which is what the
tests give it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_array

from emp_desktop.privacy.disclosure import ProtectedTable
from emp_desktop.privacy.tables import TOTAL, cells_with_margins


class Attacker:
    def __init__(self, released: Sequence[ProtectedTable]) -> None:
        self.released = list(released)
        self.index: dict[tuple[int, tuple[str, ...]], int] = {}
        for t, pt in enumerate(self.released):
            for key in pt.cells:
                self.index[(t, key)] = len(self.index)
        self.rows: list[dict[int, float]] = []
        self.rest: set[int] = set()
        self._additivity()
        self._linked()
        self._years()

    def _additivity(self) -> None:
        for t, pt in enumerate(self.released):
            dims = pt.table.dimensions
            for key in pt.cells:
                for d, part in enumerate(key):
                    if part == TOTAL:
                        row = {self.index[(t, key)]: 1.0}
                        for cat in pt.table.categories[dims[d]]:
                            row[self.index[(t, key[:d] + (cat,) + key[d + 1 :])]] = -1.0
                        self.rows.append(row)

    def _linked(self) -> None:
        for (a, pa), (b, pb) in itertools.combinations(enumerate(self.released), 2):
            if pa.release != pb.release or pa.table.unit != pb.table.unit:
                continue
            shared = [d for d in pa.table.dimensions if d in pb.table.dimensions]
            # A category label means the same set in both tables; a table may show a
            # dimension coarser (NL / niet-NL), and then only the labels both have match.
            options = [
                (*(c for c in pa.table.categories[d] if c in pb.table.categories[d]), TOTAL)
                for d in shared
            ]
            for combo in itertools.product(*options):
                fixed = dict(zip(shared, combo, strict=True))
                ka = tuple(fixed.get(d, TOTAL) for d in pa.table.dimensions)
                kb = tuple(fixed.get(d, TOTAL) for d in pb.table.dimensions)
                self.rows.append({self.index[(a, ka)]: 1.0, self.index[(b, kb)]: -1.0})

    def _years(self) -> None:
        for y, year in enumerate(self.released):
            if "Q" in year.release or not year.table.additive:
                continue
            quarters = [
                q
                for q, pt in enumerate(self.released)
                if pt.release.startswith(year.release + "Q") and pt.table.name == year.table.name
            ]
            if not quarters:
                continue
            assert len(quarters) <= 4, "one table per quarter"
            for key in year.cells:
                row = {self.index[(y, key)]: 1.0}
                for q in quarters:
                    row[self.index[(q, key)]] = -1.0
                if len(quarters) < 4:  # the quarters never released, together: unknown ≥ 0
                    rest = self.index.setdefault((-1 - y, key), len(self.index))
                    self.rest.add(rest)
                    row[rest] = -1.0
                self.rows.append(row)

    def _bounds(self) -> list[tuple[float, float | None]]:
        maybe_zero: set[int] = set()
        for t, pt in enumerate(self.released):
            for line in _group_lines(pt):
                if all(pt.cells[k] is None for k in line):
                    maybe_zero.update(self.index[(t, k)] for k in line)
        bounds: list[tuple[float, float | None]] = []
        for (t, key), var in self.index.items():
            if var in self.rest:
                bounds.append((0.0, None))
                continue
            value = self.released[t].cells[key]
            if value is not None:
                bounds.append((value, value))
            else:
                # A quarter after its year hides what the year hid, zeros included.
                inherited = self.released[t].reasons.get(key) == "inherited"
                bounds.append((0.0 if var in maybe_zero or inherited else 1.0, None))
        return bounds

    def interval(self, table: int, key: tuple[str, ...]) -> tuple[float, float]:
        var = self.index[(table, key)]
        return self._optimum({var: 1.0}), -self._optimum({var: -1.0})

    def _optimum(self, objective: dict[int, float]) -> float:
        if not hasattr(self, "_matrix"):
            dense = np.zeros((len(self.rows), len(self.index)))
            for r, row in enumerate(self.rows):
                for var, coef in row.items():
                    dense[r, var] += coef
            self._matrix = csr_array(dense)
            self._limits = self._bounds()
        cost = np.zeros(len(self.index))
        for var, coef in objective.items():
            cost[var] = coef
        res = linprog(
            cost,
            A_eq=self._matrix,
            b_eq=np.zeros(len(self.rows)),
            bounds=self._limits,
            method="highs",
        )
        if res.status == 3:
            return -np.inf
        assert res.status == 0, res.message
        return float(res.fun)

    def dominance_margin(self, table: int, top: tuple[str, ...], total: tuple[str, ...]) -> float:
        """How far below 90 % of the group the dominant cell can be pushed (> 0: safe)."""
        return -self._optimum({self.index[(table, top)]: 1.0, self.index[(table, total)]: -0.9})


def widest(released: Sequence[ProtectedTable], release: str) -> list[ProtectedTable]:
    """`released` with every non-zero cell of `release` hidden: the most that release could
    hide. What fails even then was given away by earlier releases."""
    out = []
    for pt in released:
        if pt.release == release:
            values = truth(pt)
            cells = {k: None if values[k] else v for k, v in pt.cells.items()}
            pt = ProtectedTable(pt.table, cells, pt.reasons, pt.notes, pt.release)
        out.append(pt)
    return out


def _group_lines(pt: ProtectedTable) -> list[list[tuple[str, ...]]]:
    """Lines fixed at one or more categories (not only at Totaal), with two or more cells."""
    out = []
    dims = pt.table.dimensions
    axes = [(*pt.table.categories[d], TOTAL) for d in dims]
    for free in range(len(dims)):
        others = [axes[d] if d != free else (TOTAL,) for d in range(len(dims))]
        for fixed in itertools.product(*others):
            if all(part == TOTAL for i, part in enumerate(fixed) if i != free):
                continue
            cats = pt.table.categories[dims[free]]
            if len(cats) >= 2:
                out.append([fixed[:free] + (c,) + fixed[free + 1 :] for c in cats])
    return out


def truth(pt: ProtectedTable) -> dict[tuple[str, ...], int]:
    return cells_with_margins(pt.table)


def dominated_lines(pt: ProtectedTable) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(dominant cell, line total) of every group line with ≥ 90 % in one category that
    holds less than 90 % of the whole population."""
    values = truth(pt)
    out = []
    for line in _group_lines(pt):
        free = next(i for i in range(len(line[0])) if line[0][i] != line[1][i])
        total = line[0][:free] + (TOTAL,) + line[0][free + 1 :]
        top = max(line, key=lambda k: values[k])
        everyone = tuple(TOTAL for _ in top)
        category = everyone[:free] + (top[free],) + everyone[free + 1 :]
        as_population = 10 * values[category] >= 9 * values[everyone]
        if values[total] > 0 and 10 * values[top] >= 9 * values[total] and not as_population:
            out.append((top, total))
    return out
