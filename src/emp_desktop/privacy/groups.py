"""Group attribute disclosure: a group that falls (nearly) wholly in one category.

If all seven persons from one municipality made an *aangifte*, anyone who knows someone from
there is in the data learns that she made one — no small cell needed. The rule chosen here:

* A *group* is a line of a table whose fixed coordinates name at least one category (a row
  or column of a 2-D table; in a 3-D table also the lines of its 2-D margins). The whole
  population (lines fixed only at Totaal, and 1-D tables) is not a group: it is what the
  release is about, and hiding its breakdown would empty the release. It gets a note only.
* A group is *dominated* when one category holds at least 90 % of it (and it has members)
  while that category holds less than 90 % of the whole population: a group as uniform as
  the population reveals nothing the published totals do not.
* A dominated group's breakdown is collapsed to its total: all its cells are hidden, zeros
  included, because the zeros are what reveal it. The group's total stays if it is safe.
* The audit then demands that no feasible table makes the dominant category ≥ 90 % of the
  group provable: min(dominant − 0.9 × total) over everything an attacker can derive must
  be negative. Secondary suppression adds cells until that holds.

Hidden zeros exist only inside fully hidden group lines, and an attacker knows that too: a
hidden cell outside such a line is at least 1, inside one it may be 0 (see `system`).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from emp_desktop.privacy.tables import TOTAL, Key, Table, label, lines

GROUP_SHARE = Fraction(9, 10)


@dataclass(frozen=True)
class GroupLine:
    free: int
    total: Key
    members: tuple[Key, ...]


def _all_lines(table: Table) -> list[GroupLine]:
    return [
        GroupLine(free, total, tuple(members))
        for free, total, members in lines(table)
        if len(members) >= 2
    ]


def _is_population(line: GroupLine) -> bool:
    return all(part == TOTAL for i, part in enumerate(line.total) if i != line.free)


def group_lines(table: Table) -> list[GroupLine]:
    """The lines that describe a proper group (see the module docstring)."""
    return [line for line in _all_lines(table) if not _is_population(line)]


def population_lines(table: Table) -> list[GroupLine]:
    return [line for line in _all_lines(table) if _is_population(line)]


def dominant(line: GroupLine, truth: dict[Key, int]) -> Key | None:
    """The member holding ≥ 90 % of a non-empty line, if any (at most one can)."""
    size = truth[line.total]
    if size <= 0:
        return None
    top = max(line.members, key=lambda key: truth[key])
    return top if truth[top] >= GROUP_SHARE * size else None


def group_dominant(line: GroupLine, truth: dict[Key, int]) -> Key | None:
    """The dominant member of a group line, unless its category dominates the whole
    population as well: then belonging to the group tells nothing the release's own
    totals do not (if all persons are women, so is every group), and no suppression
    could hide it without hiding the population itself."""
    top = dominant(line, truth)
    if top is None:
        return None
    everyone = tuple(TOTAL for _ in top)
    category = everyone[: line.free] + (top[line.free],) + everyone[line.free + 1 :]
    return None if truth[category] >= GROUP_SHARE * truth[everyone] else top


def group_name(line: GroupLine) -> str:
    fixed = tuple(part for i, part in enumerate(line.total) if i != line.free and part != TOTAL)
    return label(fixed)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}"


def group_note(table: Table, line: GroupLine, top: Key, truth: dict[Key, int]) -> str:
    dim = table.dimensions[line.free]
    return (
        f"Groep {group_name(line)}: {_share(truth[top], truth[line.total])} % valt in "
        f"{top[line.free]}; de uitsplitsing naar {dim} is verborgen (ook de nullen), "
        "zodat niet af te lezen is dat (bijna) de hele groep in één categorie valt."
    )


def population_note(table: Table, line: GroupLine, top: Key, truth: dict[Key, int]) -> str:
    return (
        f"Let op: {_share(truth[top], truth[line.total])} % van alle {table.unit} in deze "
        f"levering valt in {top[line.free]} ({table.dimensions[line.free]}); dat is voor "
        "iedereen af te lezen. Het totaal is wat de levering meldt, dus het blijft zichtbaar."
    )
