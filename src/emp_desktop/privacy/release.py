"""What disclosure control hands back and what it needs to know about earlier releases.

`ProtectedTable.reasons` and `.notes` are for the preview on the laptop only: they say which
hidden cells were small (primary) and which were hidden to protect others, and an attacker who
knew that would know a primary cell lies between 1 and n−1. An export writes `x` for every
hidden cell and, at most, `method_summary`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.tables import Key, Table

PRIMARY = "primary"
SECONDARY = "secondary"
GROUP = "group"
# Hidden because the release of the whole period (the year, released before this quarter)
# hid the same cell: hidden whatever its value, zero included — so a quarter's "x" says
# nothing about the year's hidden cells, not even that the quarter's cell is not empty.
INHERITED = "inherited"


@dataclass(frozen=True)
class ProtectedTable:
    """A table as it may leave: `cells` holds every cell and margin, None where hidden.

    `release` identifies the release's population: the period label ("2025", "2025Q3").
    Tables with the same release label describe the same period, so a table released again
    under the same label must equal the earlier one: `protect` gives it the earlier pattern
    again, and refuses it (DisclosureControlFailed) when the data of the period changed since
    — the difference between the two releases would show the change.
    """

    table: Table
    cells: dict[Key, int | None]
    reasons: dict[Key, str]
    notes: tuple[str, ...] = ()
    release: str = ""

    @property
    def hidden(self) -> list[Key]:
        return [key for key, value in self.cells.items() if value is None]


@dataclass(frozen=True)
class Relation:
    """Release `whole` counts the same persons as releases `parts` together.

    A year and its four quarters: Relation("2025", ("2025Q1", "2025Q2", "2025Q3", "2025Q4")).
    One part means "equal" (the same period released again under another label). Parts that
    were never released still count: the year minus the released quarters is then a table
    of the unreleased rest, and the audit protects that derived table too.
    """

    whole: str
    parts: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.parts or len(set(self.parts)) != len(self.parts):
            raise ValueError("Een relatie tussen leveringen noemt een of meer verschillende delen")
        if len(self.parts) > 1 and self.whole in self.parts:
            raise ValueError(f"Levering {self.whole} kan geen deel van zichzelf zijn")

    @property
    def kind(self) -> str:
        return "equal" if len(self.parts) == 1 else "sum"


@dataclass(frozen=True)
class AuditFailure:
    """A hidden cell an attacker can narrow down to [lower, upper] (kind "interval"), or a
    group whose (near-)uniformity can still be proven (kind "group"; the bounds are then
    those of the group's dominant cell)."""

    table: str
    cell: Key
    lower: float
    upper: float
    release: str = ""
    kind: str = "interval"


class DisclosureControlFailed(ValueError):
    """No suppression pattern within this release protects every cell: nothing may leave."""


def period_relations(labels: Iterable[str]) -> list[Relation]:
    """Relations implied by period labels: every year equals the sum of its four quarters.

    Labels that are not periods imply nothing; the same label twice needs no relation
    (it is the same population by definition).
    """
    years: set[str] = set()
    for text in labels:
        try:
            period = Period.parse(text)
        except ValueError:
            continue
        years.add(period.year.label)
    return [
        Relation(year, tuple(q.label for q in Period.parse(year).quarters()))
        for year in sorted(years)
    ]


def method_summary(threshold: int) -> str:
    """A description of the protection that is safe to ship in a manifest."""
    return (
        f"Aantallen van 1 tot en met {threshold - 1} zijn verborgen (x), net als cellen die "
        "anders terug te rekenen zijn uit totalen, andere tabellen of eerdere leveringen; "
        f"voor elke verborgen cel is het af te leiden interval minstens {threshold} breed. "
        "Groepen die (vrijwel) geheel in één categorie vallen zijn niet uitgesplitst. "
        "Nullen zijn gepubliceerd, behalve binnen zo'n groep en behalve in een kwartaal dat "
        "na zijn jaar is geleverd: daar is elke cel die het jaar verbergt ook verborgen, "
        "ook als zij 0 is."
    )
