"""The partner network: organisations and their contact persons, consultations given to
professionals, and the zorgoverleg/casusoverleg with agenda (pseudonyms only),
decisions, action items (which come back as deadlines in the person's trajectory) and
attendance per partner."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import MEETING_KINDS, NETWORK_ORGANISATION_TYPES
from emp_desktop.domain.registry import InvalidInput, require_valid
from emp_desktop.domain.vocabulary import ADVICE_TOPICS
from emp_desktop.services.care_dto import ActionView, AgendaCase, MeetingView, OrganisationView
from emp_desktop.storage.care_models import (
    ActionItem,
    Consultation,
    ContactPerson,
    Deadline,
    Meeting,
    MeetingAttendance,
    MeetingCase,
    Organisation,
    Trajectory,
)
from emp_desktop.storage.registry_models import Consent, Person
from emp_desktop.storage.vault import OpenVault

ZORGOVERLEG_INTERVAL = timedelta(weeks=4)


def add_organisation(opened: OpenVault, name: str, type_: str, municipality: str) -> int:
    errors = {}
    if not name.strip() or len(name) > 120:
        errors["name"] = "err_required" if not name.strip() else "err_too_long"
    if type_ not in NETWORK_ORGANISATION_TYPES.codes:
        errors["type"] = "err_choice"
    if not municipalities.is_valid(municipality):
        errors["municipality"] = "err_municipality"
    require_valid(errors)
    with opened.transaction() as session:
        if session.scalar(select(Organisation.id).where(Organisation.name == name.strip())):
            raise InvalidInput({"name": "err_duplicate"})
        row = Organisation(name=name.strip(), type=type_, municipality=municipality)
        session.add(row)
        session.flush()
        return row.id


def add_contact_person(
    opened: OpenVault,
    organisation_id: int,
    name: str,
    role: str = "",
    phone: str = "",
    email: str = "",
) -> int:
    if not name.strip():
        raise InvalidInput({"name": "err_required"})
    with opened.transaction() as session:
        row = ContactPerson(
            organisation_id=organisation_id, name=name.strip(), role=role, phone=phone, email=email
        )
        session.add(row)
        session.flush()
        return row.id


def organisations(opened: OpenVault) -> list[OrganisationView]:
    with opened.transaction() as session:
        counts = dict(
            session.execute(
                select(ContactPerson.organisation_id, func.count()).group_by(
                    ContactPerson.organisation_id
                )
            ).all()
        )
        rows = session.scalars(select(Organisation).order_by(Organisation.name))
        return [
            OrganisationView(o.id, o.name, o.type, o.municipality, counts.get(o.id, 0))
            for o in rows
        ]


def add_consultation(
    opened: OpenVault, organisation_id: int, on: date, topic: str, duration_minutes: int
) -> int:
    errors = {}
    if topic not in ADVICE_TOPICS.codes:
        errors["topic"] = "err_choice"
    if not 0 <= duration_minutes <= 1440:
        errors["duration_minutes"] = "err_duration"
    if on > date.today():
        errors["date"] = "err_date"
    require_valid(errors)
    with opened.transaction() as session:
        if session.get(Organisation, organisation_id) is None:
            raise InvalidInput({"organisation": "err_choice"})
        row = Consultation(
            organisation_id=organisation_id,
            date=on.isoformat(),
            topic=topic,
            duration_minutes=duration_minutes,
        )
        session.add(row)
        session.flush()
        return row.id


def next_zorgoverleg_date(opened: OpenVault, today: date) -> date:
    """Four weeks after the last zorgoverleg (or today if none was held yet)."""
    with opened.transaction() as session:
        last = session.scalar(
            select(func.max(Meeting.date)).where(
                Meeting.kind == "zorgoverleg", Meeting.date <= today.isoformat()
            )
        )
    if last is None:
        return today
    candidate = date.fromisoformat(last) + ZORGOVERLEG_INTERVAL
    return candidate if candidate >= today else today


def agenda_candidates(opened: OpenVault) -> list[AgendaCase]:
    """Active cases whose zorgoverleg consent is in force, by pseudonym code."""
    with opened.transaction() as session:
        consented = select(Consent.person_id).where(
            Consent.purpose == "zorgoverleg", Consent.withdrawn_on.is_(None)
        )
        rows = session.execute(
            select(Person.id, Person.code, Trajectory.phase, Trajectory.intensity)
            .join(Trajectory, Trajectory.person_id == Person.id)
            .where(Trajectory.phase != "afgesloten", Person.id.in_(consented))
            .order_by(Trajectory.intensity, Person.code)
        )
        return [AgendaCase(pid, code, phase, intensity, "") for pid, code, phase, intensity in rows]


def plan_meeting(
    opened: OpenVault, kind: str, on: date, organisation_ids: list[int], person_ids: list[int]
) -> int:
    errors = {}
    if kind not in MEETING_KINDS.codes:
        errors["kind"] = "err_choice"
    if not date(2000, 1, 1) <= on <= date.today() + timedelta(days=366):
        errors["date"] = "err_date"
    if not organisation_ids:
        errors["attendees"] = "err_required"
    require_valid(errors)
    with opened.transaction() as session:
        known = set(session.scalars(select(Organisation.id)))
        if not set(organisation_ids) <= known:
            raise InvalidInput({"attendees": "err_choice"})
        meeting = Meeting(kind=kind, date=on.isoformat(), minutes="")
        session.add(meeting)
        session.flush()
        session.add_all(
            MeetingAttendance(meeting_id=meeting.id, organisation_id=o)
            for o in dict.fromkeys(organisation_ids)
        )
        session.add_all(
            MeetingCase(meeting_id=meeting.id, person_id=p) for p in dict.fromkeys(person_ids)
        )
        return meeting.id


def record_decision(opened: OpenVault, meeting_id: int, person_id: int, decision: str) -> None:
    with opened.transaction() as session:
        case = session.get(MeetingCase, (meeting_id, person_id))
        if case is None:
            raise InvalidInput({"person": "err_unknown_value"})
        case.decision = decision


def set_minutes(opened: OpenVault, meeting_id: int, minutes: str) -> None:
    with opened.transaction() as session:
        session.get(Meeting, meeting_id).minutes = minutes


def add_action(
    opened: OpenVault,
    meeting_id: int,
    person_id: int | None,
    description: str,
    owner: str,
    due_on: date,
) -> int:
    """An action item; with a person it also becomes a deadline in their trajectory."""
    errors = {}
    if not description.strip():
        errors["description"] = "err_required"
    if not owner.strip():
        errors["owner"] = "err_required"
    require_valid(errors)
    with opened.transaction() as session:
        item = ActionItem(
            meeting_id=meeting_id,
            person_id=person_id,
            description=description.strip(),
            owner=owner.strip(),
            due_on=due_on.isoformat(),
        )
        session.add(item)
        session.flush()
        session.add(
            Deadline(
                person_id=person_id,
                kind="actiepunt",
                due_on=item.due_on,
                note=f"{item.description} ({item.owner})",
                action_item_id=item.id,
            )
        )
        return item.id


def complete_action(opened: OpenVault, action_id: int, on: date) -> None:
    with opened.transaction() as session:
        item = session.get(ActionItem, action_id)
        item.done_on = on.isoformat()
        for deadline in session.scalars(
            select(Deadline).where(Deadline.action_item_id == action_id)
        ):
            deadline.done_on = item.done_on


def meeting(opened: OpenVault, meeting_id: int) -> MeetingView:
    with opened.transaction() as session:
        row = session.get(Meeting, meeting_id)
        if row is None:
            raise InvalidInput({"meeting": "err_unknown_value"})
        attendees = session.scalars(
            select(Organisation.name)
            .join(MeetingAttendance)
            .where(MeetingAttendance.meeting_id == meeting_id)
            .order_by(Organisation.name)
        )
        cases = session.execute(
            select(
                MeetingCase.person_id,
                Person.code,
                Trajectory.phase,
                Trajectory.intensity,
                MeetingCase.decision,
            )
            .join(Person, Person.id == MeetingCase.person_id)
            .outerjoin(Trajectory, Trajectory.person_id == Person.id)
            .where(MeetingCase.meeting_id == meeting_id)
            .order_by(Person.code)
        )
        actions = session.execute(
            select(ActionItem, Person.code)
            .outerjoin(Person, Person.id == ActionItem.person_id)
            .where(ActionItem.meeting_id == meeting_id)
            .order_by(ActionItem.due_on)
        )
        return MeetingView(
            row.id,
            row.kind,
            row.date,
            tuple(attendees),
            tuple(
                AgendaCase(p, c, ph or "aanmelding", i or "regulier", d) for p, c, ph, i, d in cases
            ),
            tuple(
                ActionView(a.id, code, a.description, a.owner, a.due_on, a.done_on)
                for a, code in actions
            ),
            row.minutes,
        )


def open_actions_before(opened: OpenVault, meeting_id: int) -> list[ActionView]:
    """Action items of earlier meetings that are not done: what this agenda follows up."""
    with opened.transaction() as session:
        this = session.get(Meeting, meeting_id)
        if this is None:
            raise InvalidInput({"meeting": "err_unknown_value"})
        rows = session.execute(
            select(ActionItem, Person.code)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(Person, Person.id == ActionItem.person_id)
            .where(Meeting.date < this.date, ActionItem.done_on.is_(None))
            .order_by(ActionItem.due_on)
        )
        return [
            ActionView(a.id, code, a.description, a.owner, a.due_on, a.done_on) for a, code in rows
        ]


def meetings(opened: OpenVault, year: int | None = None) -> list[tuple[int, str, str]]:
    with opened.transaction() as session:
        query = select(Meeting.id, Meeting.kind, Meeting.date).order_by(Meeting.date.desc())
        if year:
            query = query.where(Meeting.date.like(f"{year}-%"))
        return [tuple(r) for r in session.execute(query)]


def attendance(opened: OpenVault, year: int) -> dict[str, tuple[int, int]]:
    """Per organisation: (meetings attended, zorgoverleggen held) in the year."""
    prefix = f"{year}-%"
    with opened.transaction() as session:
        held = (
            session.scalar(
                select(func.count(Meeting.id)).where(
                    Meeting.kind == "zorgoverleg", Meeting.date.like(prefix)
                )
            )
            or 0
        )
        rows = session.execute(
            select(Organisation.name, func.count(MeetingAttendance.meeting_id))
            .join(MeetingAttendance)
            .join(Meeting)
            .where(Meeting.kind == "zorgoverleg", Meeting.date.like(prefix))
            .group_by(Organisation.name)
            .order_by(Organisation.name)
        )
        return {name: (count, held) for name, count in rows}
