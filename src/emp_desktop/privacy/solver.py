"""The LP audit of one suppression pattern: what can an attacker derive about each cell?

Published cells are substituted as constants, so only hidden (and latent) cells are LP
variables, and the remaining equations fall apart into independent components — usually a
few hidden cells of one row, column or linked margin. Each question is answered on its own
component with scipy's HiGHS. Every LP solution is a table the attacker cannot rule out;
they are kept per component, and a cell whose values across those tables already differ by
n or more passes without an LP of its own (the true table is the first such point).

Lower bounds are what an attacker may assume: zeros are published, so a hidden cell is at
least 1 — unless it lies in a fully hidden group line, where zeros are hidden too (see
`groups`), or was hidden because the year released before its quarter hid it
(`system._inherit`). Latent cells are at least 0.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_array

from emp_desktop.privacy.groups import GROUP_SHARE
from emp_desktop.privacy.lp import EqualityLp
from emp_desktop.privacy.system import CURRENT, LATENT, GroupReq, System

EPS = 1e-6
_SHARE = float(GROUP_SHARE)


@dataclass(frozen=True)
class Outcome:
    """A requirement's verdict. `measure` is its margin, larger is safer: the interval's
    width, or how far below 90 % the dominant share can be pushed (0.9 × total − top)."""

    ok: bool
    measure: float = 0.0
    lower: float = 0.0
    upper: float = 0.0
    rows: tuple[int, ...] = ()  # system rows of the LP that decided it
    duals: tuple[dict[int, float], ...] = ()


@dataclass
class _Lp:
    classes: list[int]
    pos: dict[int, int]
    rows: tuple[int, ...]
    model: EqualityLp
    points: list[np.ndarray] = field(default_factory=list)


class Evaluation:
    """One suppression pattern (`published`, per variable) with its derived LP components."""

    def __init__(
        self,
        system: System,
        published: list[bool],
        threshold: int,
        cache: dict | None = None,
        unreleased: bool = False,
    ) -> None:
        self.system, self.threshold = system, threshold
        # `unreleased`: the world in which this release was never made — its cells are as
        # unknown as latent ones (at least 0), so even its hidden cells tell nothing.
        self.unreleased = unreleased
        self.cache = {} if cache is None else cache
        self.fixed = [any(published[v] for v in group) for group in system.members]
        self.lb = self._lower_bounds(published)
        self._reduce()
        self._lps: dict[tuple[int, ...], _Lp] = {}

    def _lower_bounds(self, published: list[bool]) -> list[float]:
        system = self.system
        maybe_zero: set[int] = set(system.inherited)
        for line in system.eligible_lines:
            if not any(published[v] for v in line):
                maybe_zero.update(line)
        bounds = []
        unknown = (LATENT, CURRENT) if self.unreleased else (LATENT,)
        for cls, group in enumerate(system.members):
            hidden = any(system.kind(v) not in unknown and not published[v] for v in group)
            one = hidden and not any(v in maybe_zero for v in group)
            if one and system.truth[cls] == 0:
                raise ValueError(f"Verborgen nul buiten een groep: cel {system.key(group[0])}")
            bounds.append(-np.inf if cls in system.signed else 1.0 if one else 0.0)
        return bounds

    def _reduce(self) -> None:
        system, fixed = self.system, self.fixed
        parent: dict[int, int] = {}

        def find(c: int) -> int:
            while parent.setdefault(c, c) != c:
                parent[c] = parent[parent[c]]
                c = parent[c]
            return c

        self.rhs: dict[int, float] = {}
        for number, row in enumerate(system.rows):
            free = [c for c in row if not fixed[c]]
            if not free:
                continue
            self.rhs[number] = -float(sum(k * system.truth[c] for c, k in row.items() if fixed[c]))
            first = find(free[0])
            for other in free[1:]:
                root = find(other)
                if root != first:
                    parent[max(root, first)] = min(root, first)
                    first = min(root, first)
        self._find = find
        self.components: dict[int, list[int]] = defaultdict(list)
        for cls in range(len(fixed)):
            if not fixed[cls]:
                self.components[find(cls)].append(cls)
        self.component_rows: dict[int, list[int]] = defaultdict(list)
        for number in self.rhs:
            c = next(c for c in system.rows[number] if not fixed[c])
            self.component_rows[find(c)].append(number)

    def root(self, cls: int) -> int:
        return self._find(cls)

    def signature(self, roots: tuple[int, ...]) -> tuple:
        """Same classes and bounds means the same LP (a fixed cell that is later hidden
        joins the component, so the right-hand side cannot change unnoticed)."""
        return tuple(
            (tuple(self.components[r]), tuple(self.lb[c] for c in self.components[r]))
            for r in roots
        )

    def lp(self, roots: tuple[int, ...]) -> _Lp:
        if roots not in self._lps:
            self._lps[roots] = self._build(roots)
        return self._lps[roots]

    def _build(self, roots: tuple[int, ...]) -> _Lp:
        classes = sorted(c for r in roots for c in self.components[r])
        pos = {c: i for i, c in enumerate(classes)}
        rows = tuple(sorted(n for r in roots for n in self.component_rows[r]))
        data, ri, ci = [], [], []
        for i, number in enumerate(rows):
            for cls, coef in self.system.rows[number].items():
                if not self.fixed[cls]:
                    data.append(float(coef))
                    ri.append(i)
                    ci.append(pos[cls])
        matrix = csr_array((data, (ri, ci)), shape=(len(rows), len(classes))) if rows else None
        rhs = np.array([self.rhs[n] for n in rows], dtype=float)
        lower = np.array([self.lb[c] for c in classes], dtype=float)
        lp = _Lp(classes, pos, rows, EqualityLp(matrix, rhs, lower))
        truth = [self.system.truth[c] for c in classes]
        if None not in truth:
            lp.points.append(np.array(truth, dtype=float))
        return lp

    def solve(self, lp: _Lp, objective: dict[int, float]) -> tuple[float, dict[int, float]] | None:
        """Minimum of the objective and the row duals; None when it is unbounded below."""
        cost = np.zeros(len(lp.classes))
        for cls, coef in objective.items():
            cost[lp.pos[cls]] = coef
        solution = lp.model.minimise(cost)
        if solution is None:
            return None
        lp.points.append(solution.x)
        return solution.value, dict(zip(lp.rows, map(float, solution.duals), strict=True))

    def cell_range(self, cls: int) -> tuple[float, float, tuple[dict[int, float], ...]]:
        """[min, max] of a class over everything derivable (max may be infinite)."""
        if self.fixed[cls]:
            value = float(self.system.truth[cls])
            return value, value, ()
        lp = self.lp((self.root(cls),))
        high = self.solve(lp, {cls: -1.0})
        low = self.solve(lp, {cls: 1.0})
        upper = np.inf if high is None else -high[0]
        return low[0], upper, tuple(r[1] for r in (high, low) if r is not None)

    def _observed(self, lp: _Lp, cls: int) -> float:
        values = [p[lp.pos[cls]] for p in lp.points]
        return max(values) - min(values) if values else 0.0

    def check_interval(self, cls: int, conservative: bool = False) -> Outcome:
        """Hidden cell: derivable interval at least n wide. `conservative` is for latent
        cells of unknown true value: they also pass when the interval cannot contain a
        count from 1 to n−1."""
        if self.fixed[cls]:
            value = float(self.system.truth[cls])
            return Outcome(conservative and not 1 <= value < self.threshold, 0.0, value, value)
        key = ("interval", cls, self.signature((self.root(cls),)))
        if key not in self.cache:
            self.cache[key] = self._interval(cls, conservative)
        return self.cache[key]

    def _interval(self, cls: int, conservative: bool) -> Outcome:
        lp, need = self.lp((self.root(cls),)), self.threshold - EPS
        if self._observed(lp, cls) >= need:
            return Outcome(True, self._observed(lp, cls))
        high = self.solve(lp, {cls: -1.0})
        if high is None:
            return Outcome(True, np.inf)
        if self._observed(lp, cls) >= need:
            return Outcome(True, self._observed(lp, cls))
        low = self.solve(lp, {cls: 1.0})
        if low is None:  # a difference with no lower bound
            return Outcome(True, np.inf)
        lower, upper = low[0], -high[0]
        ok = upper - lower >= need
        if conservative:
            ok = ok or upper < 1 - EPS or lower > self.threshold - 1 + EPS
        return Outcome(ok, upper - lower, lower, upper, lp.rows, (high[1], low[1]))

    def check_group(self, req: GroupReq) -> Outcome:
        """Dominated group: some derivable table must put the dominant category below 90 %."""
        top, total = (self.system.var_class[v] for v in (req.top, req.total))
        roots = tuple(sorted({self.root(c) for c in (top, total) if not self.fixed[c]}))
        key = (
            "group",
            top,
            total,
            roots and self.signature(roots),
            self.fixed[top],
            self.fixed[total],
        )
        if key not in self.cache:
            self.cache[key] = self._group(top, total, roots)
        return self.cache[key]

    def _group(self, top: int, total: int, roots: tuple[int, ...]) -> Outcome:
        objective, constant = {}, 0.0
        for cls, coef in ((top, 1.0), (total, -_SHARE)):
            if self.fixed[cls]:
                constant += coef * self.system.truth[cls]
            else:
                objective[cls] = objective.get(cls, 0.0) + coef
        if not roots:
            return Outcome(constant < -EPS, -constant)
        lp = self.lp(roots)
        seen = [constant + sum(p[lp.pos[c]] * k for c, k in objective.items()) for p in lp.points]
        if seen and min(seen) < -EPS:
            return Outcome(True, -min(seen))
        result = self.solve(lp, objective)
        if result is None:
            return Outcome(True, np.inf)
        lowest = result[0] + constant
        return Outcome(lowest < -EPS, -lowest, rows=lp.rows, duals=(result[1],))
