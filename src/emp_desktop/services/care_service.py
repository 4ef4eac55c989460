"""Care trajectories: phase and monitoring, goals, referrals (with consent check),
deadlines, ZRM assessments and the five outcome areas of one person."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

from emp_desktop.domain.care import (
    CARE_DOMAINS,
    DEADLINE_KINDS,
    DEBT_RANGES,
    GOAL_STATUSES,
    INTENSITIES,
    PHASES,
    REFERRAL_TRANSITIONS,
    ZRM_DOMAINS,
    ZRM_MOMENTS,
)
from emp_desktop.domain.registry import InvalidInput, require_valid
from emp_desktop.services.care_dto import (
    DeadlineView,
    GoalView,
    OutcomeView,
    ReferralView,
    TrajectoryView,
    ZrmView,
)
from emp_desktop.storage import audit
from emp_desktop.storage.care_models import (
    ActionItem,
    CareGoal,
    Deadline,
    Organisation,
    Outcome,
    Referral,
    SafetyIncident,
    Trajectory,
    ZrmAssessment,
)
from emp_desktop.storage.registry_models import Consent, Person
from emp_desktop.storage.vault import OpenVault

_STATUS_DATE = {
    "geaccepteerd": "accepted_on",
    "afgewezen": "rejected_on",
    "gestart": "started_on",
    "afgerond": "done_on",
    "ingetrokken": "revoked_on",
}


def _person(session, person_id: int) -> Person:  # noqa: ANN001
    person = session.get(Person, person_id)
    if person is None:
        raise InvalidInput({"person": "err_unknown_value"})
    return person


def _date_ok(value: date) -> bool:
    return date(2000, 1, 1) <= value <= date(date.today().year + 5, 12, 31)


def _trajectory(session, person_id: int) -> Trajectory:  # noqa: ANN001
    row = session.get(Trajectory, person_id)
    if row is None:
        row = Trajectory(person_id=person_id, phase="aanmelding", intensity="regulier")
        session.add(row)
    return row


def set_trajectory(
    opened: OpenVault, person_id: int, phase: str, intensity: str, next_checkin_on: date | None
) -> None:
    errors = {}
    if phase not in PHASES.codes:
        errors["phase"] = "err_choice"
    if intensity not in INTENSITIES.codes:
        errors["intensity"] = "err_choice"
    if next_checkin_on and not _date_ok(next_checkin_on):
        errors["next_checkin_on"] = "err_date"
    require_valid(errors)
    with opened.transaction() as session:
        _person(session, person_id)
        row = _trajectory(session, person_id)
        row.phase, row.intensity = phase, intensity
        row.next_checkin_on = next_checkin_on.isoformat() if next_checkin_on else None


def add_goal(opened: OpenVault, person_id: int, description: str, status: str = "open") -> int:
    errors = {}
    if not description.strip() or len(description) > 300:
        errors["description"] = "err_required" if not description.strip() else "err_too_long"
    if status not in GOAL_STATUSES.codes:
        errors["status"] = "err_choice"
    require_valid(errors)
    with opened.transaction() as session:
        _person(session, person_id)
        goal = CareGoal(
            person_id=person_id,
            description=description.strip(),
            status=status,
            created_on=date.today().isoformat(),
        )
        session.add(goal)
        session.flush()
        return goal.id


def set_goal_status(opened: OpenVault, goal_id: int, status: str) -> None:
    if status not in GOAL_STATUSES.codes:
        raise InvalidInput({"status": "err_choice"})
    with opened.transaction() as session:
        goal = session.get(CareGoal, goal_id)
        if goal is None:
            raise InvalidInput({"goal": "err_unknown_value"})
        goal.status = status


def has_care_consent(session, person_id: int) -> bool:  # noqa: ANN001
    return (
        session.scalar(
            select(func.count(Consent.id)).where(
                Consent.person_id == person_id,
                Consent.purpose == "zorg",
                Consent.withdrawn_on.is_(None),
            )
        )
        > 0
    )


class ConsentRequired(InvalidInput):
    """Sharing data with a partner needs care consent, or an override with a reason."""

    key = "consent_required"

    def __init__(self) -> None:
        super().__init__({"consent": "err_consent_required"})


def refer(
    opened: OpenVault,
    person_id: int,
    organisation_id: int,
    domain: str,
    requested_on: date,
    override_reason: str = "",
) -> int:
    errors = {}
    if domain not in CARE_DOMAINS.codes:
        errors["domain"] = "err_choice"
    if not _date_ok(requested_on) or requested_on > date.today():
        errors["requested_on"] = "err_date"
    require_valid(errors)
    with opened.transaction() as session:
        person = _person(session, person_id)
        if session.get(Organisation, organisation_id) is None:
            raise InvalidInput({"organisation": "err_unknown_value"})
        override = not has_care_consent(session, person_id)
        if override and len(override_reason.strip()) < 10:
            raise ConsentRequired()
        row = Referral(
            person_id=person_id,
            organisation_id=organisation_id,
            domain=domain,
            status="aangevraagd",
            requested_on=requested_on.isoformat(),
            consent_override=override,
        )
        session.add(row)
        session.flush()
        if override:
            audit.append(
                session,
                "consent_override",
                subject=person.code,
                detail={"referral": row.id, "reason": override_reason.strip()},
            )
        return row.id


def advance_referral(opened: OpenVault, referral_id: int, status: str, on: date) -> None:
    with opened.transaction() as session:
        row = session.get(Referral, referral_id)
        if row is None:
            raise InvalidInput({"referral": "err_unknown_value"})
        if status not in REFERRAL_TRANSITIONS.get(row.status, set()):
            raise InvalidInput({"status": "err_transition"})
        if on.isoformat() < row.requested_on or on > date.today():
            raise InvalidInput({"date": "err_date"})
        row.status = status
        setattr(row, _STATUS_DATE[status], on.isoformat())


def waiting_days(row: Referral, today: date) -> int | None:
    """Days from request to start; still counting while the referral is pending."""
    if row.status in ("afgewezen", "ingetrokken") and not row.started_on:
        return None
    end = date.fromisoformat(row.started_on) if row.started_on else today
    return (end - date.fromisoformat(row.requested_on)).days


def add_deadline(
    opened: OpenVault, person_id: int | None, kind: str, due_on: date, note: str = ""
) -> int:
    errors = {}
    if kind not in DEADLINE_KINDS.codes:
        errors["kind"] = "err_choice"
    if not _date_ok(due_on):
        errors["due_on"] = "err_date"
    if len(note) > 300:
        errors["note"] = "err_too_long"
    require_valid(errors)
    with opened.transaction() as session:
        if person_id is not None:
            _person(session, person_id)
        row = Deadline(person_id=person_id, kind=kind, due_on=due_on.isoformat(), note=note)
        session.add(row)
        session.flush()
        return row.id


def complete_deadline(opened: OpenVault, deadline_id: int, on: date) -> None:
    with opened.transaction() as session:
        row = session.get(Deadline, deadline_id)
        if row is None:
            raise InvalidInput({"deadline": "err_unknown_value"})
        row.done_on = on.isoformat()
        if row.action_item_id is not None:  # the meeting's action item is done with it
            session.get(ActionItem, row.action_item_id).done_on = row.done_on


def record_zrm(
    opened: OpenVault,
    person_id: int,
    edition: str,
    moment: str,
    assessed_on: date,
    scores: dict[str, int],
) -> int:
    domains = ZRM_DOMAINS.get(edition)
    errors = {}
    if domains is None:
        errors["edition"] = "err_choice"
    elif set(scores) != set(domains) or any(s not in range(1, 6) for s in scores.values()):
        errors["scores"] = "err_zrm_scores"
    if moment not in ZRM_MOMENTS.codes:
        errors["moment"] = "err_choice"
    if not _date_ok(assessed_on) or assessed_on > date.today():
        errors["assessed_on"] = "err_date"
    require_valid(errors)
    with opened.transaction() as session:
        _person(session, person_id)
        row = ZrmAssessment(
            person_id=person_id,
            edition=edition,
            moment=moment,
            assessed_on=assessed_on.isoformat(),
            scores=json.dumps(scores, ensure_ascii=False, sort_keys=True),
        )
        session.add(row)
        session.flush()
        return row.id


def set_outcome(opened: OpenVault, person_id: int, outcome: OutcomeView) -> None:
    errors = {}
    if outcome.has_debts not in ("ja", "nee", "onbekend"):
        errors["has_debts"] = "err_choice"
    if outcome.debt_range not in DEBT_RANGES.codes:
        errors["debt_range"] = "err_choice"
    # "Schulden: ja" with "Geen schulden" (or "nee" with an amount) contradicts itself.
    says_none = outcome.debt_range == "geen"
    has_amount = outcome.debt_range not in ("geen", "onbekend")
    if (outcome.has_debts == "ja" and says_none) or (outcome.has_debts == "nee" and has_amount):
        errors["debt_range"] = "err_debts_contradict"
    require_valid(errors)
    with opened.transaction() as session:
        _person(session, person_id)
        session.merge(Outcome(person_id=person_id, **outcome.__dict__))


def add_incident(opened: OpenVault, person_id: int, occurred_on: date, description: str) -> int:
    if not _date_ok(occurred_on) or occurred_on > date.today():
        raise InvalidInput({"occurred_on": "err_date"})
    with opened.transaction() as session:
        _person(session, person_id)
        row = SafetyIncident(
            person_id=person_id, occurred_on=occurred_on.isoformat(), description=description
        )
        session.add(row)
        session.flush()
        return row.id


def trajectory(opened: OpenVault, person_id: int) -> TrajectoryView:
    today = date.today()
    with opened.transaction() as session:
        person = _person(session, person_id)
        row = session.get(Trajectory, person_id)
        return TrajectoryView(
            person_id=person_id,
            code=person.code,
            phase=row.phase if row else "aanmelding",
            intensity=row.intensity if row else "regulier",
            next_checkin_on=row.next_checkin_on if row else None,
            goals=_goals(session, person_id),
            referrals=_referrals(session, person_id, today),
            deadlines=_deadlines(session, person_id, person.code),
            assessments=_assessments(session, person_id),
            outcome=_outcome(session, person_id),
            incidents=session.scalar(
                select(func.count(SafetyIncident.id)).where(SafetyIncident.person_id == person_id)
            )
            or 0,
        )


def _goals(session, person_id: int) -> tuple[GoalView, ...]:  # noqa: ANN001
    rows = session.scalars(
        select(CareGoal).where(CareGoal.person_id == person_id).order_by(CareGoal.id)
    )
    return tuple(GoalView(g.id, g.description, g.status, g.created_on) for g in rows)


def _referrals(session, person_id: int, today: date) -> tuple[ReferralView, ...]:  # noqa: ANN001
    rows = session.execute(
        select(Referral, Organisation.name)
        .join(Organisation)
        .where(Referral.person_id == person_id)
        .order_by(Referral.requested_on.desc())
    )
    return tuple(
        ReferralView(
            r.id,
            name,
            r.domain,
            r.status,
            r.requested_on,
            r.accepted_on,
            r.rejected_on,
            r.started_on,
            r.done_on,
            r.revoked_on,
            waiting_days(r, today),
            r.consent_override,
        )
        for r, name in rows
    )


def _deadlines(session, person_id: int, code: str) -> tuple[DeadlineView, ...]:  # noqa: ANN001
    rows = session.scalars(
        select(Deadline).where(Deadline.person_id == person_id).order_by(Deadline.due_on)
    )
    return tuple(
        DeadlineView(d.id, d.person_id, code, d.kind, d.due_on, d.done_on, d.note) for d in rows
    )


def _assessments(session, person_id: int) -> tuple[ZrmView, ...]:  # noqa: ANN001
    rows = session.scalars(
        select(ZrmAssessment)
        .where(ZrmAssessment.person_id == person_id)
        .order_by(ZrmAssessment.assessed_on)
    )
    return tuple(
        ZrmView(a.id, a.edition, a.moment, a.assessed_on, json.loads(a.scores)) for a in rows
    )


def _outcome(session, person_id: int) -> OutcomeView:  # noqa: ANN001
    row = session.get(Outcome, person_id)
    if row is None:
        return OutcomeView()
    return OutcomeView(
        row.safety_plan,
        row.has_debts,
        row.debt_range,
        row.debt_help,
        row.relapse,
        row.trauma_complaints,
        row.ggz_referral,
    )


def zrm_progress(view: TrajectoryView) -> dict[str, list[tuple[str, int]]]:
    """Per domain, the (date, score) series of the assessments, for the progress chart."""
    series: dict[str, list[tuple[str, int]]] = {}
    for assessment in view.assessments:
        for domain, score in assessment.scores.items():
            series.setdefault(domain, []).append((assessment.assessed_on, score))
    return series


def due_deadlines(opened: OpenVault, today: date, horizon_days: int = 14) -> list[DeadlineView]:
    """Open deadlines that are overdue or due within the horizon, soonest first."""
    limit = date.fromordinal(today.toordinal() + horizon_days).isoformat()
    with opened.transaction() as session:
        rows = session.execute(
            select(Deadline, Person.code)
            .outerjoin(Person, Person.id == Deadline.person_id)
            .where(Deadline.done_on.is_(None), Deadline.due_on <= limit)
            .order_by(Deadline.due_on)
            .limit(500)
        )
        return [
            DeadlineView(d.id, d.person_id, code, d.kind, d.due_on, d.done_on, d.note)
            for d, code in rows
        ]
