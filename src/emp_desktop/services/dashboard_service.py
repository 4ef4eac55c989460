"""This year at a glance: one function, a handful of indexed aggregate queries."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import func, select

from emp_desktop.domain.registry import REPORT_STATUSES
from emp_desktop.privacy import profiles
from emp_desktop.privacy.periods import Period
from emp_desktop.reports.dto import Figure, LabelledFigure
from emp_desktop.services.care_dto import Dashboard
from emp_desktop.services.export_gui_support import ResidenceMap
from emp_desktop.services.region_service import region_for_period
from emp_desktop.storage.care_models import (
    Consultation,
    Deadline,
    Meeting,
    PreventionSession,
    Trajectory,
)
from emp_desktop.storage.registry_models import AdviceQuestion, HistoricTotal, Person
from emp_desktop.storage.vault import OpenVault

DUE_HORIZON = timedelta(days=14)

# What each dashboard figure counts, once; the list a tile opens and its tooltip (the
# message key, in domain.messages) use the same definition.
DEFINITION_KEYS = {
    "new_reports": "def_new_reports",
    "advice_questions": "def_advice_questions",
    "active_trajectories": "def_active_trajectories",
    "overdue_actions": "def_overdue_actions",
}


def new_reports_query(year: int):  # noqa: ANN201
    """Persons whose (latest) registration is in `year` and not 'geen mensenhandel': the
    person list filtered on that year and 'vermoedelijk of bevestigd' shows exactly these."""
    return select(func.count(Person.id)).where(
        Person.registration_year == year, Person.status.in_(REPORT_STATUSES)
    )


def _between(column, year: int):  # noqa: ANN001, ANN202
    return column.between(f"{year}-01-01", f"{year}-12-31")


def active_trajectories_query():  # noqa: ANN201
    """Open cases (not closed, not 'geen mensenhandel') whose trajectory is not closed;
    a case without a trajectory row is implicitly in phase 'aanmelding'."""
    closed = select(Trajectory.person_id).where(Trajectory.phase == "afgesloten")
    return select(func.count(Person.id)).where(
        Person.closed_on.is_(None), Person.status.in_(REPORT_STATUSES), Person.id.not_in(closed)
    )


def dashboard(opened: OpenVault, today: date) -> Dashboard:
    year = today.year
    with opened.transaction() as session:

        def count(query) -> int:  # noqa: ANN001
            return session.scalar(query) or 0

        def registrations(y: int) -> int:
            return count(new_reports_query(y))

        def advice(y: int) -> int:
            return count(
                select(func.count(AdviceQuestion.id)).where(_between(AdviceQuestion.date, y))
            )

        open_deadlines = select(func.count(Deadline.id)).where(Deadline.done_on.is_(None))
        reach = session.execute(
            select(
                func.count(PreventionSession.id),
                func.coalesce(func.sum(PreventionSession.participants), 0),
            ).where(_between(PreventionSession.date, year))
        ).one()
        return Dashboard(
            year=year,
            new_registrations=registrations(year),
            new_registrations_last_year=registrations(year - 1),
            advice_questions=advice(year),
            advice_questions_last_year=advice(year - 1),
            active_trajectories=count(active_trajectories_query()),
            due_actions=count(
                open_deadlines.where(
                    Deadline.due_on.between(today.isoformat(), (today + DUE_HORIZON).isoformat())
                )
            ),
            overdue_actions=count(open_deadlines.where(Deadline.due_on < today.isoformat())),
            next_zorgoverleg=session.scalar(
                select(func.min(Meeting.date)).where(
                    Meeting.kind == "zorgoverleg", Meeting.date >= today.isoformat()
                )
            ),
            prevention_sessions=reach[0],
            people_reached=reach[1],
            consultations=count(
                select(func.count(Consultation.id)).where(_between(Consultation.date, year))
            ),
        )


def reports_per_year(opened: OpenVault, year: int) -> dict[int, Figure]:
    """New reports per year up to `year` (historic totals for years without records), as
    true counts: on her own laptop the coordinator sees her own figures. Hiding small
    counts belongs to what leaves (exports, the annual report), not to this screen."""
    with opened.transaction() as session:
        rows = session.execute(
            select(Person.registration_year, func.count(Person.id))
            .where(Person.registration_year <= year, Person.status.in_(REPORT_STATUSES))
            .group_by(Person.registration_year)
        ).all()
        historic = {h.year: h.registrations for h in session.scalars(select(HistoricTotal))}
    counts = {int(y): n for y, n in rows if y is not None}
    counts.update({y: n for y, n in historic.items() if y not in counts and y <= year})
    counts.setdefault(year, 0)
    return {y: Figure(counts[y]) for y in sorted(counts)}


def residence_counts(opened: OpenVault, year: int) -> ResidenceMap:
    """The dashboard map: new reports of `year` per home municipality, true counts, with
    the same definition as the tile and the person list a click on the map opens. The
    municipalities are the vault's region of that year (as the year's Gemeente export and
    annual report have it), so the map follows a region changed in Instellingen."""
    region = region_for_period(opened, Period.parse(str(year)))
    with opened.transaction() as session:
        rows = session.execute(
            select(Person.municipality, func.count(Person.id))
            .where(Person.registration_year == year, Person.status.in_(REPORT_STATUSES))
            .group_by(Person.municipality)
        ).all()
    per_code = {code: n for code, n in rows}
    buckets: Counter[str] = Counter()
    for code, n in per_code.items():
        if code not in region:
            buckets[profiles.place_bucket(code, region)] += n
    # 'Overig <provincie>' for each province the region touches, as the report's map.
    overig = [profiles.other_in(province) for province in region.provinces_with_rest]
    outside = tuple(
        LabelledFigure(bucket, Figure(buckets.get(bucket, 0)))
        for bucket in (*overig, profiles.ELSEWHERE, profiles.UNKNOWN_PLACE)
    )
    counts = {code: Figure(per_code.get(code, 0)) for code in region}
    return ResidenceMap(year, counts, outside, region.codes)
