"""The year family: every release of one calendar year is counted from the same records.

The first release that covers a quarter (the quarter itself, or its year) freezes the coded
records of that quarter's flows — new reports, advice questions, referrals — in the vault.
Every later release of the family counts the frozen records, so a year always equals the sum
of its quarters and the same period released twice is the same release. What arrived or
changed since (a late registration, a correction) is not silently mixed in: it is counted
as a late change, the pool of a future correction release.

Stocks (persons in an active trajectory, outcomes) are counted as they are at the moment of
release; disclosure control relates them across periods by nothing (see privacy.tables), and
a period released again reuses its published tables.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from emp_desktop.privacy.periods import Period
from emp_desktop.storage import release_repo, stats_repo

FLOW_KINDS = ("new_registrations", "advice_questions", "referrals")
QUARTER = "kwartaal"  # the quarter a record was counted in (kept inside the vault)


@dataclass(frozen=True)
class FamilyData:
    """The flow records of a year, each tagged with its quarter; `fresh` holds the quarters
    no release has frozen yet (frozen by the release that uses them), `late` the number of
    late changes per frozen quarter."""

    year: Period
    flows: dict[str, list[dict]]
    fresh: dict[str, dict[str, list[dict]]]
    late: dict[str, int]

    def rows(self, kind: str, period: Period) -> list[dict]:
        quarters = _quarter_labels(period)
        return [r for r in self.flows[kind] if r[QUARTER] in quarters]

    def late_changes(self, period: Period) -> int:
        return sum(self.late.get(q, 0) for q in _quarter_labels(period))

    def fresh_for(self, period: Period) -> dict[str, dict[str, list[dict]]]:
        """The not-yet-frozen quarters a release of `period` covers: it freezes them."""
        return {q: data for q, data in self.fresh.items() if q in _quarter_labels(period)}


def _quarter_labels(period: Period) -> set[str]:
    return {q.label for q in period.quarters()} if period.is_year else {period.label}


def _normalised(rows: list[dict]) -> list[dict]:
    """As stored: a round trip through JSON, so fresh and frozen records compare equal."""
    return json.loads(json.dumps(rows, sort_keys=True))


def _counted_now(session: Session, quarter: Period, consented: set[int]) -> dict[str, list]:
    start, end = quarter.start.isoformat(), quarter.end.isoformat()
    registrations = stats_repo.new_registrations(session, start, end)
    for row in registrations:
        row["consented"] = row["person_id"] in consented
    return {
        "new_registrations": _normalised(registrations),
        "advice_questions": _normalised(stats_repo.advice_questions(session, start, end)),
        "referrals": _normalised(stats_repo.referrals(session, start, end)),
    }


def load(session: Session, year: Period, as_now: bool = False) -> FamilyData:
    """The family's records; `as_now` counts every quarter as the vault holds it now
    (what a correction release counts)."""
    quarters = year.quarters()
    frozen = {} if as_now else release_repo.frozen(session, [q.label for q in quarters])
    frozen_persons = {
        r["person_id"] for data in frozen.values() for r in data.get("new_registrations", [])
    }
    consented = stats_repo.comensha_consented(session)
    flows: dict[str, list[dict]] = {kind: [] for kind in FLOW_KINDS}
    fresh: dict[str, dict[str, list[dict]]] = {}
    late: dict[str, int] = {}
    for quarter in quarters:
        now = _counted_now(session, quarter, consented)
        if quarter.label in frozen:
            data = frozen[quarter.label]
            late[quarter.label] = changes(data, now)
        else:
            # A person already counted in a frozen quarter (her first report was re-dated
            # since) stays there: every person is counted once in the year.
            now["new_registrations"] = [
                r for r in now["new_registrations"] if r["person_id"] not in frozen_persons
            ]
            data = fresh[quarter.label] = now
        for kind in FLOW_KINDS:
            flows[kind] += [{**row, QUARTER: quarter.label} for row in data.get(kind, [])]
    return FamilyData(year, flows, fresh, late)


def changes(frozen: Mapping[str, Sequence[dict]], now: Mapping[str, Sequence[dict]]) -> int:
    """Records added, removed or changed since the quarter was frozen."""
    total = 0
    for kind in FLOW_KINDS:
        before = Counter(json.dumps(r, sort_keys=True) for r in frozen.get(kind, []))
        after = Counter(json.dumps(r, sort_keys=True) for r in now.get(kind, []))
        gone, came = before - after, after - before
        total += max(sum(gone.values()), sum(came.values()))
    return total


def freeze(session: Session, release_id: int, fresh: Mapping[str, dict]) -> None:
    for quarter, data in fresh.items():
        release_repo.freeze(session, quarter, release_id, data)
