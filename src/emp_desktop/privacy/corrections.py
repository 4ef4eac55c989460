"""Rules for a correction release on top of what the LP audit of its differences checks.

A correction publishes a period again, with the late changes in it, next to every earlier
revision that recipients keep. Three things are guarded here:

* *Once hidden, always hidden.* A cell hidden in any earlier revision stays hidden: if the
  correction published it, anyone who assumes that the cell did not change (most cells do
  not) reads the earlier revision's hidden value, and with it what that cell protected.
* *Nothing new, no new revision.* Counts equal to the newest revision's are that revision;
  a second pattern for the same counts would let the two be played off against each other.
* *The late persons as a group.* The difference between two revisions is the group of late
  changes. When what both revisions publish proves that (nearly) all of that group fall
  in one category (all late persons "geen aangifte"), whoever knows one late person learns
  it — the same attribute disclosure as a dominated group in one table (see `groups`).
"""

from __future__ import annotations

from collections.abc import Sequence

from emp_desktop.privacy.groups import GROUP_SHARE
from emp_desktop.privacy.release import ProtectedTable
from emp_desktop.privacy.tables import TOTAL, Key, Table, cells_with_margins, label, lines


def hidden_before(revisions: Sequence[ProtectedTable]) -> dict[str, set[Key]]:
    """Per table name, every cell that some earlier revision hid."""
    hidden: dict[str, set[Key]] = {}
    for pt in revisions:
        hidden.setdefault(pt.table.name, set()).update(
            key for key, value in pt.cells.items() if value is None
        )
    return hidden


def same_counts(tables: Sequence[Table], revision: Sequence[ProtectedTable]) -> bool:
    """True when every table counts exactly what the revision's table of that name counted."""
    earlier = {pt.table.name: pt.table for pt in revision}
    return all(
        t.name in earlier and cells_with_margins(t) == cells_with_margins(earlier[t.name])
        for t in tables
    )


def dominated_differences(
    new: Sequence[ProtectedTable], revisions: Sequence[ProtectedTable]
) -> list[str]:
    """Dutch reasons, one per line of a table where the cells published in both the new
    and an earlier revision prove that ≥ 90 % of the change falls in one category."""
    reasons = []
    for pt in new:
        for old in (o for o in revisions if o.table.name == pt.table.name):
            if old.table.dimensions != pt.table.dimensions:
                continue
            reasons += _dominated_lines(pt, old)
    return sorted(set(reasons))


def _dominated_lines(new: ProtectedTable, old: ProtectedTable) -> list[str]:
    known = _known_difference(new, old)
    everyone = tuple(TOTAL for _ in new.table.dimensions)
    out = []
    for free, total, members in lines(new.table):
        change = known.get(total)
        if change is None or change <= 0:
            continue
        for key in members:
            part = known.get(key)
            if part is None or part < GROUP_SHARE * change:
                continue
            category = everyone[:free] + (key[free],) + everyone[free + 1 :]
            whole, share = new.cells.get(everyone), new.cells.get(category)
            if whole and share is not None and share >= GROUP_SHARE * whole:
                continue  # the category holds nearly everyone anyway: nothing learnt
            group = label(tuple(p for i, p in enumerate(total) if i != free and p != TOTAL))
            out.append(
                f"Tabel {new.table.name}: van de {change} latere wijzigingen "
                f"{'in ' + group if group else 'samen'} vallen er {part} in "
                f"{key[free]}; wie één laat gemelde persoon kent, leest dat af uit de twee "
                "leveringen samen."
            )
    return out


def _known_difference(new: ProtectedTable, old: ProtectedTable) -> dict[Key, int]:
    """new − old for each cell that both publish."""
    return {
        key: value - old.cells[key]
        for key, value in new.cells.items()
        if value is not None and old.cells.get(key) is not None
    }
