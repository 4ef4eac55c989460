"""Secondary suppression: hide more cells until every requirement of the audit holds.

The rule, one cell at a time, deterministic:

1. Take the first requirement that fails (hidden cells in table order, then derived rest
   cells, then dominated groups).
2. Candidates are the published cells of this release in the equations of the LP that
   decided it — the only cells whose hiding can widen the failing interval. Never zeros
   (zeros are published), cells an earlier release already published, or cells pinned by
   an equation whose other cells are such (a year cell whose four quarters were published).
3. If an equation has the failing cell as its only unknown, that equation pins it, and only
   its cells can help; otherwise only cells in an equation with a non-zero dual value in
   the LPs (relaxing any other equation does not move the bound).
4. Of those, hide the smallest, preferring inner cells to margins and any cell to the
   grand total; ties go to table and cell order. Its copies in linked tables go with it.

Hiding only widens what an attacker must consider, so a requirement that passed keeps
passing; each round hides a cell, so the loop ends. If a failing cell has no candidate left
and was itself hidden as secondary, that choice was a dead end: the search starts again
with it barred. Otherwise nothing in this release can fix it: `DisclosureControlFailed`.
What earlier releases alone already give away is judged by `Judge`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from emp_desktop.privacy.release import SECONDARY, DisclosureControlFailed
from emp_desktop.privacy.solver import EPS, Evaluation, Outcome
from emp_desktop.privacy.system import CURRENT, LATENT, PRIOR, System
from emp_desktop.privacy.tables import is_grand_total, is_margin, label

_DUAL_EPS = 1e-9


def published_flags(system: System, hidden: set[int]) -> list[bool]:
    flags = []
    for var in range(len(system.var_instance)):
        inst = system.instances[system.var_instance[var]]
        if inst.kind == CURRENT:
            flags.append(var not in hidden)
        elif inst.kind == PRIOR:
            flags.append(inst.published[system.key(var)])
        else:
            flags.append(False)
    return flags


Check = Callable[[Evaluation], Outcome]


def requirements(system: System, published: list[bool]) -> Iterator[tuple[tuple, int, Check]]:
    """(id, focus class, check) for every requirement, in the order failures are fixed."""
    # Hidden zeros (inside collapsed groups) hide no person; the group requirement covers
    # what they would reveal.
    hidden_classes = sorted(
        {
            system.var_class[v]
            for v in range(len(published))
            if not published[v] and system.kind(v) != LATENT and system.truth[system.var_class[v]]
        },
        key=lambda c: system.members[c][0],
    )
    for cls in hidden_classes:
        yield ("interval", cls), cls, lambda ev, c=cls: ev.check_interval(c)
    for cls, unknown in system.latent_reqs:
        yield ("latent", cls), cls, lambda ev, c=cls, u=unknown: ev.check_interval(c, u)
    for number, req in enumerate(system.group_reqs):
        top = system.var_class[req.top]
        yield ("group", number), top, lambda ev, r=req: ev.check_group(r)


class Judge:
    """Decides whether an outcome is acceptable for this release.

    A requirement that fails even when this release hides every non-zero cell (its
    *baseline*) was already broken by earlier releases — say the year's 'arbeid' row is
    all one gender because the four published quarters show it. Nothing in this release
    can repair that, so it is accepted as long as this release makes it no worse (the
    margin equals the baseline's); everything else must meet the threshold.

    That a hidden cell still says "not zero" is what made quarters released one by one
    after their year unsafe (each "x" adds one to what the year's hidden cell must hold).
    Those are now planned together with their year, or hide what the year hid, zeros
    included (`system._inherit`), so this baseline no longer excuses that.
    """

    def __init__(self, system: System, threshold: int, hidden: set[int]) -> None:
        widest = hidden | {
            v
            for v in range(len(system.var_instance))
            if system.kind(v) == CURRENT and system.truth[system.var_class[v]]
        }
        self.baseline = Evaluation(system, published_flags(system, widest), threshold)
        self._memo: dict[tuple, Outcome] = {}

    def accepts(self, ident: tuple, outcome: Outcome, check: Check) -> bool:
        if outcome.ok:
            return True
        if ident not in self._memo:
            self._memo[ident] = check(self.baseline)
        base = self._memo[ident]
        return not base.ok and outcome.measure >= base.measure - EPS


def suppress(system: System, reasons: dict[int, str], threshold: int) -> None:
    """Add SECONDARY entries to `reasons` (variable → reason) until the audit passes.

    A cell hidden as secondary can turn out to be impossible to protect itself (pinned by
    equations whose other cells can never be hidden). Then the whole search restarts with
    that cell barred from hiding — deterministic, and at most once per cell.
    """
    cache: dict = {}
    barred: set[int] = set()
    while True:
        attempt = dict(reasons)
        stuck = _attempt(system, attempt, threshold, cache, barred)
        if stuck is None:
            reasons.update(attempt)
            return
        if stuck in barred or not _secondary_only(system, attempt, stuck):
            var = system.members[stuck][0]
            raise DisclosureControlFailed(
                f"Cel {label(system.key(var))} van tabel "
                f"{system.instances[system.var_instance[var]].table.name} is niet te beschermen "
                "door in deze levering meer cellen te verbergen; er mag niets uit"
            )
        barred.add(stuck)


def _secondary_only(system: System, reasons: dict[int, str], cls: int) -> bool:
    current = [v for v in system.members[cls] if system.kind(v) == CURRENT]
    return bool(current) and all(reasons.get(v) == SECONDARY for v in current)


def _attempt(
    system: System, reasons: dict[int, str], threshold: int, cache: dict, barred: set[int]
) -> int | None:
    """Hide cells into `reasons` until all passes (None) or a failure has no candidate
    (its class)."""
    passed: set[tuple] = set()
    judge = Judge(system, threshold, set(reasons))
    while True:
        published = published_flags(system, set(reasons))
        ev = Evaluation(system, published, threshold, cache)
        failure = _first_failure(system, ev, judge, published, passed)
        if failure is None:
            return None
        focus, outcome = failure
        chosen = _choose(system, ev, outcome, focus, barred)
        if chosen is None:
            return focus
        for var in system.members[chosen]:
            if system.kind(var) == CURRENT:
                reasons.setdefault(var, SECONDARY)


def _first_failure(
    system: System, ev: Evaluation, judge: Judge, published: list[bool], passed: set[tuple]
) -> tuple[int, Outcome] | None:
    for ident, focus, check in requirements(system, published):
        if ident in passed:
            continue
        outcome = check(ev)
        if judge.accepts(ident, outcome, check):
            passed.add(ident)
        else:
            return focus, outcome
    return None


def _hideable(system: System, ev: Evaluation, cls: int) -> bool:
    """Published now, and hiding it could ever give it an interval: it is not zero, not
    published by an earlier release, and no equation pins it to such cells alone (a year
    cell whose four quarter cells were all published)."""
    if not ev.fixed[cls] or not system.truth[cls] or _permanent(system, ev, cls):
        return False
    if not any(system.kind(v) == CURRENT for v in system.members[cls]):
        return False
    return not any(
        all(_permanent(system, ev, other) for other in system.rows[number] if other != cls)
        for number in system.class_rows[cls]
    )


def _permanent(system: System, ev: Evaluation, cls: int) -> bool:
    """Published and staying so: published by an earlier release, or a published zero."""
    if not ev.fixed[cls]:
        return False
    return system.truth[cls] == 0 or any(
        system.kind(v) == PRIOR and _prior_published(system, v) for v in system.members[cls]
    )


def _prior_published(system: System, var: int) -> bool:
    inst = system.instances[system.var_instance[var]]
    return inst.published[system.key(var)]


def _rank(system: System, cls: int) -> tuple:
    keys = [system.key(v) for v in system.members[cls] if system.kind(v) == CURRENT]
    return (
        any(is_grand_total(k) for k in keys),
        any(is_margin(k) for k in keys),
        system.truth[cls],
        system.members[cls][0],
    )


def _choose(
    system: System, ev: Evaluation, outcome: Outcome, focus: int, barred: set[int]
) -> int | None:
    frontier = {
        cls
        for number in outcome.rows
        for cls in system.rows[number]
        if cls not in barred and _hideable(system, ev, cls)
    }
    pinning = [
        number
        for number in outcome.rows
        if [c for c in system.rows[number] if not ev.fixed[c]] == [focus]
    ]
    if pinning:
        pool = {c for number in pinning for c in system.rows[number]} & frontier
    else:
        pool = {c for c in frontier if _helps(system, outcome, c)} or frontier
    return min(pool, key=lambda c: _rank(system, c)) if pool else None


def _helps(system: System, outcome: Outcome, cls: int) -> bool:
    """Freeing a fixed cell moves the optimum only through equations with a dual value."""
    for duals in outcome.duals:
        effect = sum(system.rows[n][cls] * duals.get(n, 0.0) for n in system.class_rows[cls])
        if abs(effect) > _DUAL_EPS:
            return True
    return False
