"""Aggregate-friendly reads for exports and the annual report: one row per counted unit,
with only the coded attributes that tables are built from (never names, dates of birth,
free text or pseudonym codes)."""

from __future__ import annotations

from sqlalchemy import and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from emp_desktop.storage.care_models import (
    Consultation,
    Meeting,
    Outcome,
    PreventionSession,
    Referral,
    Trajectory,
    ZrmAssessment,
)
from emp_desktop.storage.registry_models import AdviceQuestion, Consent, Person, Registration

COUNTED_STATUSES = ("vermoedelijk", "bevestigd")


def new_registrations(session: Session, start: str, end: str) -> list[dict]:
    """Persons whose first counted registration falls in [start, end]."""
    first = (
        select(Registration.person_id, func.min(Registration.date).label("first"))
        .where(Registration.status.in_(COUNTED_STATUSES))
        .group_by(Registration.person_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Person.id,
            Person.gender,
            Person.age,
            Person.nationality,
            Person.municipality,
            Registration.forms_mask,
            Registration.melder,
            Registration.aangifte,
            Registration.date,
        )
        .join(first, first.c.person_id == Person.id)
        .join(
            Registration,
            and_(Registration.person_id == Person.id, Registration.date == first.c.first),
        )
        .where(first.c.first.between(start, end))
    )
    seen: dict[int, dict] = {}
    for r in rows:
        seen.setdefault(
            r.id,
            {
                "person_id": r.id,
                "gender": r.gender,
                "age": r.age,
                "nationality": r.nationality,
                "municipality": r.municipality,
                "forms_mask": r.forms_mask,
                "melder": r.melder,
                "aangifte": r.aangifte,
                "date": r.date,
            },
        )
    return list(seen.values())


def advice_questions(session: Session, start: str, end: str) -> list[dict]:
    rows = session.execute(
        select(
            AdviceQuestion.municipality, AdviceQuestion.organisation_type, AdviceQuestion.date
        ).where(AdviceQuestion.date.between(start, end))
    )
    consultations = session.scalars(
        select(Consultation.date).where(Consultation.date.between(start, end))
    )
    records = [{"municipality": m, "organisation_type": t, "date": d} for m, t, d in rows]
    # Consultations of partners count as advice questions; their municipality is unknown.
    records += [
        {"municipality": "onbekend", "organisation_type": "partner", "date": d}
        for d in consultations
    ]
    return records


def active_cases(session: Session, start: str, end: str) -> list[dict]:
    """Persons with a counted case open at some moment in the period."""
    closed_before = select(Trajectory.person_id).where(Trajectory.phase == "afgesloten")
    rows = session.execute(
        select(Person.id, Person.municipality).where(
            Person.registration_date <= end,
            Person.status.in_(COUNTED_STATUSES),
            or_(Person.closed_on.is_(None), Person.closed_on >= start),
            or_(Person.closed_on.is_not(None), Person.id.not_in(closed_before)),
        )
    )
    return [{"person_id": pid, "municipality": m} for pid, m in rows]


def referrals(session: Session, start: str, end: str) -> list[dict]:
    rows = session.execute(
        select(Referral.domain, Person.municipality, Referral.requested_on)
        .join(Person, Person.id == Referral.person_id)
        .where(Referral.requested_on.between(start, end))
    )
    return [{"domain": d, "municipality": m, "date": on} for d, m, on in rows]


def prevention(session: Session, start: str, end: str) -> list[dict]:
    rows = session.scalars(
        select(PreventionSession).where(PreventionSession.date.between(start, end))
    )
    return [
        {
            "kind": r.kind,
            "municipality": r.municipality,
            "institution_type": r.institution_type,
            "audience": r.audience,
            "participants": r.participants,
        }
        for r in rows
    ]


def meetings_held(session: Session, start: str, end: str) -> dict[str, int]:
    rows = session.execute(
        select(Meeting.kind, func.count(Meeting.id))
        .where(Meeting.date.between(start, end))
        .group_by(Meeting.kind)
    )
    return dict(rows.all())


def zrm_improvement(session: Session, person_ids: set[int], end: str) -> dict[int, bool]:
    """Per person with an intake and a later assessment: did the mean score improve?"""
    # The mean score of each assessment is computed by SQLite (json_each), not by parsing
    # 100,000 JSON documents in Python: the Gemeente export asks this for five periods.
    mean = (
        select(func.avg(literal_column("value")))
        .select_from(func.json_each(ZrmAssessment.scores))
        .scalar_subquery()
    )
    rows = session.execute(
        select(ZrmAssessment.person_id, mean)
        .where(ZrmAssessment.assessed_on <= end)
        .order_by(ZrmAssessment.person_id, ZrmAssessment.assessed_on)
    )
    series: dict[int, list[float]] = {}
    for pid, score in rows:
        if pid in person_ids and score is not None:
            series.setdefault(pid, []).append(score)
    return {pid: s[-1] > s[0] for pid, s in series.items() if len(s) >= 2}


def outcomes(session: Session, person_ids: set[int]) -> dict[int, Outcome]:
    rows = session.scalars(select(Outcome))
    return {o.person_id: o for o in rows if o.person_id in person_ids}


def comensha_consented(session: Session) -> set[int]:
    return set(
        session.scalars(
            select(Consent.person_id).where(
                Consent.purpose == "comensha", Consent.withdrawn_on.is_(None)
            )
        )
    )


def registrations_per_year(session: Session) -> dict[int, int]:
    first = (
        select(func.min(Registration.date).label("first"))
        .where(Registration.status.in_(COUNTED_STATUSES))
        .group_by(Registration.person_id)
        .subquery()
    )
    rows = session.execute(
        select(func.substr(first.c.first, 1, 4), func.count()).group_by(
            func.substr(first.c.first, 1, 4)
        )
    )
    return {int(year): count for year, count in rows}


def contacts_in(session: Session, start: str, end: str) -> dict[str, int]:
    """Contact moments per mode in the period (activities, not persons)."""
    from emp_desktop.storage.registry_models import Contact

    rows = session.execute(
        select(Contact.mode, func.count(Contact.id))
        .where(Contact.at.between(start, end + "T23:59"))
        .group_by(Contact.mode)
    )
    return dict(rows.all())


def consultations_per_type(session: Session, start: str, end: str) -> dict[str, int]:
    from emp_desktop.storage.care_models import Organisation

    rows = session.execute(
        select(Organisation.type, func.count(Consultation.id))
        .join(Organisation, Organisation.id == Consultation.organisation_id)
        .where(Consultation.date.between(start, end))
        .group_by(Organisation.type)
    )
    return dict(rows.all())


def partner_count(session: Session) -> int:
    from emp_desktop.storage.care_models import Organisation

    return session.scalar(select(func.count(Organisation.id))) or 0
