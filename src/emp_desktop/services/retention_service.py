"""Retention: the policy kept in the vault, and the run that anonymises what expired.

A run anonymises exactly as an erasure does (storage/erasure.py), so released figures
still reproduce; it writes one audit entry with the counts and the codes. The app runs
it monthly after unlock, after showing the coordinator a preview (a dry run).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select

from emp_desktop.domain.errors import InvalidRetentionPolicy
from emp_desktop.privacy.retention import TIERS, RetentionPolicy, is_expired
from emp_desktop.storage import audit, erasure
from emp_desktop.storage.models import VaultMeta
from emp_desktop.storage.registry_models import AdviceQuestion, Person
from emp_desktop.storage.vault import OpenVault

POLICY_KEY = "retention_policy"
LAST_RUN_KEY = "retention_last_run"
MONTHLY_DAYS = 30


@dataclass(frozen=True)
class RetentionReport:
    dry_run: bool
    anonymised: int
    kept: int
    tiers: dict[str, dict[str, int]] = field(default_factory=dict)
    codes: tuple[str, ...] = ()  # persons anonymised (or, in a dry run, due)
    wal_cleared: bool = True


def retention_policy(opened: OpenVault) -> RetentionPolicy:
    with opened.transaction() as session:
        row = session.get(VaultMeta, POLICY_KEY)
    if row is None:
        return RetentionPolicy()
    return RetentionPolicy(**{t: int(v) for t, v in json.loads(row.value).items() if t in TIERS})


def save_retention_policy(opened: OpenVault, policy: RetentionPolicy) -> None:
    if not policy.is_valid():
        raise InvalidRetentionPolicy()
    if policy == retention_policy(opened):
        return  # nothing changed: no audit entry
    years = {t: policy.years(t) for t in TIERS}
    with opened.transaction() as session:
        session.merge(VaultMeta(key=POLICY_KEY, value=json.dumps(years)))
        audit.append(session, "retention_policy_changed", detail=years)


def run_retention(
    opened: OpenVault, *, dry_run: bool = False, today: date | None = None
) -> RetentionReport:
    """Indexed candidate queries over a few columns (closed_on, date), so a dry run over
    100,000 persons is quick enough for the GUI thread and never keeps a lock waiting."""
    today = today or date.today()
    policy = retention_policy(opened)
    counts = {t: {"anonymised": 0, "kept": 0} for t in TIERS}
    with opened.transaction() as session:
        totals = _totals(session)  # before this run anonymises anything
        due = {t: _person_candidates(session, t, policy, today) for t in ("signaal", "client")}
        advice = _advice_candidates(session, policy, today)
        counts["adviesvraag"]["anonymised"] = len(advice)
        for tier, found in due.items():
            counts[tier]["anonymised"] = len(found)
        for tier, total in totals.items():
            counts[tier]["kept"] = total - counts[tier]["anonymised"]
        codes = [code for found in due.values() for _, code in found]
        if not dry_run:
            _anonymise(session, [pid for found in due.values() for pid, _ in found], advice, today)
            _record_run(session, counts, codes, today)
    total = sum(c["anonymised"] for c in counts.values())
    cleared = erasure.compact(opened.engine) if total and not dry_run else True
    kept = sum(c["kept"] for c in counts.values())
    return RetentionReport(dry_run, total, kept, counts, tuple(codes), cleared)


def _anonymise(session, person_ids: list[int], advice_ids: list[int], today: date) -> None:  # noqa: ANN001
    on = today.isoformat()
    for person_id in person_ids:
        erasure.erase_person_rows(session, session.get(Person, person_id), on)
    erasure.anonymise_advice_rows(session, advice_ids, on)


def _upper_bound(today: date, years: int) -> str:
    """No record closed after this day can have expired (slack for 29 February)."""
    return (
        date(today.year - years, today.month, min(today.day, 28)) + timedelta(days=4)
    ).isoformat()


def _person_candidates(session, tier: str, policy: RetentionPolicy, today: date) -> list[tuple]:  # noqa: ANN001
    """(id, code) of the persons of this tier whose retention has ended."""
    # Any tier other than "signaal" is kept as long as a client's file.
    in_tier = Person.tier == "signaal" if tier == "signaal" else Person.tier != "signaal"
    rows = session.execute(
        select(Person.id, Person.code, Person.closed_on).where(
            Person.erased_on.is_(None),
            in_tier,
            Person.closed_on.is_not(None),
            Person.closed_on <= _upper_bound(today, policy.years(tier)),
        )
    )
    return [(pid, code) for pid, code, closed in rows if is_expired(closed, tier, policy, today)]


def _advice_candidates(session, policy: RetentionPolicy, today: date) -> list[int]:  # noqa: ANN001
    rows = session.execute(
        select(AdviceQuestion.id, AdviceQuestion.date).where(
            AdviceQuestion.anonymised_on.is_(None),
            AdviceQuestion.date <= _upper_bound(today, policy.adviesvraag),
        )
    )
    return [aid for aid, day in rows if is_expired(day, "adviesvraag", policy, today)]


def _totals(session) -> dict[str, int]:  # noqa: ANN001
    """Records not yet anonymised, per tier (before this run)."""
    totals = {t: 0 for t in TIERS}
    rows = session.execute(
        select(Person.tier, func.count()).where(Person.erased_on.is_(None)).group_by(Person.tier)
    )
    for tier, count in rows:
        totals["signaal" if tier == "signaal" else "client"] += count
    totals["adviesvraag"] = (
        session.scalar(
            select(func.count())
            .select_from(AdviceQuestion)
            .where(AdviceQuestion.anonymised_on.is_(None))
        )
        or 0
    )
    return totals


def _record_run(session, counts: dict, codes: list[str], today: date) -> None:  # noqa: ANN001
    anonymised = {t: c["anonymised"] for t, c in counts.items()}
    audit.append(session, "retention_run", detail={"anonymised": anonymised, "codes": codes})
    session.merge(VaultMeta(key=LAST_RUN_KEY, value=today.isoformat()))


def is_run_due(opened: OpenVault, today: date | None = None) -> bool:
    """Monthly: due when the last run (or dismissed preview) is 30 days old or never was."""
    today = today or date.today()
    with opened.transaction() as session:
        row = session.get(VaultMeta, LAST_RUN_KEY)
    return row is None or (today - date.fromisoformat(row.value)).days >= MONTHLY_DAYS


def mark_checked(opened: OpenVault, today: date | None = None) -> None:
    """Nothing was due (or the preview was declined): ask again next month."""
    with opened.transaction() as session:
        session.merge(VaultMeta(key=LAST_RUN_KEY, value=(today or date.today()).isoformat()))
