"""Disclosure control for frequency tables: protect a release, and prove it.

`protect` hides cells in three steps — primary (counts 1..n−1; zeros are published), group
attribute disclosure (see `groups`), secondary (see `suppress`) — and `audit` checks a
release independently with one LP pair per hidden cell (see `solver`) against everything
published in it and in related earlier releases (see `system`). An export calls both and
refuses to write anything `audit` objects to.

A period can be released again (exported once more, or its tables prepared again for the
annual report). With the same data that release is the same population as the earlier one,
so it keeps the earlier pattern: every cell hidden then is hidden again (publishing it now
would reveal it, and what it protected), every cell published then is published again with
the same value — the earlier pattern passed the audit, so secondary suppression has nothing
to add unless releases made in between demand it. With other data (registrations added or
corrected since) nothing may leave: `DisclosureControlFailed` says the period was already
released with other numbers and a correction release is needed (see `system` for why).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from emp_desktop.privacy.groups import (
    dominant,
    group_dominant,
    group_lines,
    group_note,
    population_lines,
)
from emp_desktop.privacy.groups import population_note as _population_note
from emp_desktop.privacy.release import (
    GROUP,
    INHERITED,
    PRIMARY,
    SECONDARY,
    AuditFailure,
    DisclosureControlFailed,
    ProtectedTable,
    Relation,
    method_summary,
    period_relations,
)
from emp_desktop.privacy.system import CURRENT, LATENT, PRIOR, System, build_system
from emp_desktop.privacy.tables import Key, Table, label

__all__ = [
    "AuditFailure",
    "DisclosureControlFailed",
    "ProtectedTable",
    "Relation",
    "audit",
    "derived_share",
    "method_summary",
    "period_relations",
    "protect",
]

_PRIORITY = {INHERITED: -1, PRIMARY: 0, GROUP: 1, SECONDARY: 2}


def protect(
    tables: Sequence[Table],
    threshold: int = 5,
    prior: Sequence[ProtectedTable] = (),
    prior_relations: Sequence[Relation] | None = None,
    *,
    release: str = "",
    companions: Sequence[tuple[str, Table]] = (),
    corrects: str | Sequence[str] | None = None,
    hidden_before: Mapping[str, set[Key]] | None = None,
) -> list[ProtectedTable]:
    """The tables of one release (`release` = its period label), protected.

    `companions` — (label, table) pairs of other periods — are protected together with
    it and returned after its tables: a year released before its quarters plans their
    tables at once, so that the year and all four quarters are safe together whatever
    order the quarters follow in (one after another, each could only be audited against
    what is already out, and the last quarter is then the year minus the others).

    `corrects` names the release (label in `prior`) that this one corrects, or every
    earlier revision of it: every cell of the difference with each must stay at least n
    wide too, so that a late registration cannot be read off by subtracting two of them
    (see `system._add_differences`). `hidden_before` (table name → cells) are cells earlier
    revisions hid: hidden again (see `corrections`).

    `prior` are the tables of earlier releases as they left (the release register);
    `prior_relations` say how their periods relate to this one — by default derived from the
    labels (a year is the sum of its quarters; the same label is the same period).
    Raises DisclosureControlFailed if no pattern within this release passes the audit, or
    if `prior` holds this period (the same label) released with other numbers than
    `tables` give now. The same period with the same data gets the same pattern as before.
    """
    _check_inputs(tables, threshold, prior, release)
    differences = _differences(release, corrects)
    system = build_system(
        tables, release, prior, prior_relations, threshold, companions, differences
    )
    reasons: dict[int, str] = {}
    for var, value in enumerate(system.truth[c] for c in system.var_class):
        if system.kind(var) == CURRENT and value is not None and 1 <= value < threshold:
            reasons[var] = PRIMARY
    _hide_as_in_revisions(system, len(tables), hidden_before or {}, reasons)
    for var in system.inherited:
        if system.kind(var) == CURRENT:
            reasons[var] = INHERITED
    notes = _hide_groups(system, reasons)
    _hide_as_before(system, reasons)
    _spread_to_copies(system, reasons)
    from emp_desktop.privacy.suppress import suppress  # SciPy: loaded on first use

    suppress(system, reasons, threshold)
    count = len(tables) + len(companions)
    return [_result(system, number, reasons, notes, threshold) for number in range(count)]


def _differences(release: str, corrects: str | Sequence[str] | None) -> list[tuple[str, str]]:
    if not corrects:
        return []
    labels = [corrects] if isinstance(corrects, str) else list(corrects)
    return [(release, old) for old in labels]


def _hide_as_in_revisions(
    system: System, count: int, hidden: Mapping[str, set[Key]], reasons: dict[int, str]
) -> None:
    """Cells an earlier revision hid stay hidden. A zero is hidden only inside a group line
    that an earlier revision collapsed whole (zeros are published elsewhere, and an
    attacker knows it): the line is then collapsed again."""
    for number in range(count):
        inst = system.instances[number]
        before = hidden.get(inst.table.name, set())
        for key in before:
            if inst.truth.get(key):
                reasons.setdefault(inst.var(key), SECONDARY)
        for line in group_lines(inst.table):
            members = set(line.members)
            if members <= before and any(not inst.truth[k] for k in members):
                for key in members:
                    reasons.setdefault(inst.var(key), GROUP)


def _check_inputs(
    tables: Sequence[Table], threshold: int, prior: Sequence[ProtectedTable], release: str
) -> None:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 2:
        raise ValueError("De drempel moet een geheel getal van minstens 2 zijn")
    names = [t.name for t in tables]
    if len(set(names)) != len(names):
        raise ValueError("Elke tabel in een levering heeft een eigen naam")
    if prior and not release:
        raise ValueError("Geef de periode van deze levering om eerdere leveringen te gebruiken")


def _hide_groups(system: System, reasons: dict[int, str]) -> dict[int, list[str]]:
    """Collapse every dominated group of this release to its total; notes per table."""
    notes: dict[int, list[str]] = {}
    for number, inst in enumerate(system.instances):
        if inst.kind != CURRENT:
            continue
        notes[number] = []
        for line in group_lines(inst.table):
            top = group_dominant(line, inst.truth)
            if top is None:
                continue
            notes[number].append(group_note(inst.table, line, top, inst.truth))
            for key in line.members:
                reasons.setdefault(inst.var(key), GROUP)
        for line in population_lines(inst.table):
            top = dominant(line, inst.truth)
            if top is not None:
                notes[number].append(_population_note(inst.table, line, top, inst.truth))
    return notes


def _hide_as_before(system: System, reasons: dict[int, str]) -> None:
    """A cell an earlier release of this period hid is hidden again: its copy here is the
    same cell (see `system`), and publishing it would reveal it after the fact. A hidden
    zero can only come from a collapsed group there."""
    for cls, group in enumerate(system.members):
        if not any(system.kind(v) == PRIOR and not _prior_shows(system, v) for v in group):
            continue
        reason = GROUP if system.truth[cls] == 0 else SECONDARY
        for var in group:
            if system.kind(var) == CURRENT:
                reasons.setdefault(var, reason)


def _prior_shows(system: System, var: int) -> bool:
    return system.instances[system.var_instance[var]].published[system.key(var)]


def _spread_to_copies(system: System, reasons: dict[int, str]) -> None:
    """A cell hidden in one table is hidden in every linked table that shows it too."""
    for var, reason in list(reasons.items()):
        for other in system.members[system.var_class[var]]:
            if system.kind(other) != CURRENT:
                continue
            current = reasons.get(other)
            if current is None or _PRIORITY[reason] < _PRIORITY[current]:
                reasons[other] = reason


def _result(
    system: System, number: int, reasons: dict[int, str], notes: dict[int, list[str]], n: int
) -> ProtectedTable:
    inst = system.instances[number]
    cells: dict[Key, int | None] = {}
    why: dict[Key, str] = {}
    for key in inst.keys:
        reason = reasons.get(inst.var(key))
        cells[key] = None if reason else inst.truth[key]
        if reason:
            why[key] = reason
    # Cells of a collapsed group share the group's note; only their copies elsewhere need
    # one of their own.
    in_groups = {
        key
        for line in group_lines(inst.table)
        if group_dominant(line, inst.truth)
        for key in line.members
    }
    cell_notes = [
        _cell_note(key, reason, inst.table.unit, n)
        for key, reason in why.items()
        if not (reason == GROUP and key in in_groups)
    ]
    return ProtectedTable(inst.table, cells, why, tuple(notes[number] + cell_notes), inst.release)


def _cell_note(key: Key, reason: str, unit: str, threshold: int) -> str:
    if reason == INHERITED:
        return (
            f"Cel {label(key)} verborgen: het eerder geleverde jaar verbergt deze cel, dus "
            "verbergt elk later kwartaal haar ook (ook als zij 0 is)."
        )
    if reason == PRIMARY:
        return f"Cel {label(key)} verborgen: minder dan {threshold} {unit}."
    if reason == GROUP:
        return (
            f"Cel {label(key)} verborgen: dezelfde cel staat in een andere tabel in een groep "
            "die (bijna) geheel in één categorie valt."
        )
    return (
        f"Cel {label(key)} verborgen: anders is een andere verborgen cel terug te rekenen "
        "uit totalen, gekoppelde tabellen of eerdere leveringen."
    )


def audit(
    protected: Sequence[ProtectedTable],
    threshold: int,
    prior: Sequence[ProtectedTable] = (),
    relations: Sequence[Relation] | None = None,
    corrects: str | Sequence[str] | None = None,
) -> list[AuditFailure]:
    """Everything wrong with a release: published small counts, hidden cells an attacker can
    narrow to an interval narrower than `threshold`, derived rest-of-period cells likewise,
    and groups whose dominance can still be proven. Empty means it may leave.

    The attacker knows every published cell of this and the related earlier releases, how
    tables and periods add up, and the policy: zeros are published except inside collapsed
    groups (so a hidden zero elsewhere is refused as invalid input). A weakness that earlier
    releases alone already expose is not this release's failure as long as this release
    makes it no worse — nothing it hides could repair it.

    `relations` default to those implied by the period labels, as in `protect`; pass an
    empty list to audit without any.
    """
    release = protected[0].release if protected else ""
    main = [pt for pt in protected if pt.release == release]
    companions = [pt for pt in protected if pt.release != release]
    if protected[len(main) :] != companions:
        raise ValueError("Geef eerst de tabellen van de levering, dan die van haar kwartalen")
    tables = [pt.table for pt in main]
    _check_inputs(tables, threshold, prior, release)
    pairs = [(pt.release, pt.table) for pt in companions]
    differences = _differences(release, corrects)
    system = build_system(tables, release, prior, relations, threshold, pairs, differences)
    hidden = _current_pattern(system, protected)
    return (
        _published_small(system, hidden, threshold)
        + _published_inherited(system, hidden)
        + _unmet(system, hidden, threshold)
    )


def _published_inherited(system: System, hidden: set[int]) -> list[AuditFailure]:
    """A quarter that shows a cell its earlier year hid breaks the rule that makes its
    other hidden cells safe (see `system._inherit`)."""
    out = []
    for var in sorted(system.inherited):
        if system.kind(var) == CURRENT and var not in hidden:
            inst = system.instances[system.var_instance[var]]
            value = system.truth[system.var_class[var]]
            key = system.key(var)
            out.append(AuditFailure(inst.table.name, key, value, value, inst.release, "inherited"))
    return out


def _unmet(system: System, hidden: set[int], threshold: int) -> list[AuditFailure]:
    # SciPy (through solver and suppress) is loaded on first use: importing it costs about
    # half a second, and the app should start without it.
    from emp_desktop.privacy.solver import Evaluation
    from emp_desktop.privacy.suppress import Judge, published_flags, requirements

    published = published_flags(system, hidden)
    ev = Evaluation(system, published, threshold)
    judge = Judge(system, threshold, hidden)
    failures = []
    for ident, focus, check in requirements(system, published):
        outcome = check(ev)
        if judge.accepts(ident, outcome, check):
            continue
        if ident[0] == "group":
            low, high, _ = ev.cell_range(focus)
            failures.extend(_failures(system, published, focus, low, high, "group"))
        else:
            failures.extend(_failures(system, published, focus, outcome.lower, outcome.upper))
    return failures


def _current_pattern(system: System, protected: Sequence[ProtectedTable]) -> set[int]:
    hidden = set()
    for number, pt in enumerate(protected):
        inst = system.instances[number]
        if set(pt.cells) != set(inst.truth):
            raise ValueError(f"Tabel {pt.table.name} mist cellen of heeft er te veel")
        for key, value in pt.cells.items():
            if value is None:
                hidden.add(inst.var(key))
            elif value != inst.truth[key]:
                raise ValueError(f"Tabel {pt.table.name}: cel {key} klopt niet met de telling")
    return hidden


def _published_small(system: System, hidden: set[int], threshold: int) -> list[AuditFailure]:
    out = []
    for var in range(len(system.var_instance)):
        value = system.truth[system.var_class[var]]
        if system.kind(var) == CURRENT and var not in hidden and 1 <= value < threshold:
            inst = system.instances[system.var_instance[var]]
            out.append(
                AuditFailure(
                    inst.table.name, system.key(var), value, value, inst.release, "published"
                )
            )
    return out


def _failures(
    system: System, published: list[bool], cls: int, low: float, high: float, kind: str = ""
) -> list[AuditFailure]:
    """One failure per hidden (or, for derived cells, latent) cell of a failing class."""
    shown = [v for v in system.members[cls] if not published[v] and system.kind(v) != LATENT]
    targets = shown or system.members[cls][:1]
    out = []
    for var in targets:
        inst = system.instances[system.var_instance[var]]
        what = kind or ("interval" if shown else "derived")
        out.append(AuditFailure(inst.table.name, system.key(var), low, high, inst.release, what))
    return out


def derived_share(numerator_cell: int | None, denominator_cell: int | None) -> str | None:
    """A percentage for publication, from published cells only ('42,9%'); None when either
    cell is hidden or the denominator is 0."""
    if numerator_cell is None or denominator_cell is None or denominator_cell <= 0:
        return None
    return f"{100 * numerator_cell / denominator_cell:.1f}%".replace(".", ",")
