"""Queries of the registry that must stay fast at 100,000 persons and 1,000,000 contacts.

The person list reads only `person` (with its summary columns) through indexes; the
summary is refreshed from the registration and contact tables whenever they change.
"""

from __future__ import annotations

from sqlalchemy import Integer, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from emp_desktop.domain import municipalities
from emp_desktop.domain.registry import ANY_REPORT_STATUS, FORM_BITS, REPORT_STATUSES
from emp_desktop.domain.vocabulary import fold
from emp_desktop.storage.care_models import Trajectory
from emp_desktop.storage.registry_models import Contact, NameToken, Person, Registration

SORT_COLUMNS = {
    "code": Person.code,
    "age": Person.age,
    "gender": Person.gender,
    "municipality": Person.municipality,
    "status": Person.status,
    "registration_date": Person.registration_date,
    "last_contact_at": Person.last_contact_at,
    "next_action_on": Person.next_action_on,
}


def next_code_sequence(session: Session, year: int) -> int:
    """Numbers compare as numbers: after EMP-2025-9999 comes EMP-2025-10000, without limit.

    (As text, "9999" sorts after "10000", so max() kept handing out a code that exists.)
    A range on the code index, not a LIKE, so only that year's codes are read.
    """
    prefix = f"EMP-{year}-"
    number = func.cast(func.substr(Person.code, len(prefix) + 1), Integer)
    highest = session.scalar(
        select(func.max(number)).where(Person.code >= prefix, Person.code < f"EMP-{year}.")
    )
    return int(highest) + 1 if highest else 1


def refresh_summary(session: Session, person: Person) -> None:
    """Copies the latest registration and contact onto the person row."""
    session.flush()
    latest = session.scalars(
        select(Registration)
        .where(Registration.person_id == person.id)
        .order_by(Registration.date.desc(), Registration.id.desc())
        .limit(1)
    ).first()
    if latest is not None:
        person.registration_date = latest.date
        person.registration_year = int(latest.date[:4])
        person.status = latest.status
        person.forms_mask = latest.forms_mask
        person.closed_on = latest.closed_on
    person.last_contact_at = session.scalar(
        select(func.max(Contact.at)).where(Contact.person_id == person.id)
    )


def _municipality_order():  # noqa: ANN202
    """Sort by municipality name (Dutch, accent-insensitive), not by CBS code."""
    names = {code: m.short_name for code, m in municipalities.all_municipalities().items()}
    names.update(municipalities.SPECIAL)
    ranked = sorted(names, key=lambda code: fold(names[code]))
    return case(
        {code: rank for rank, code in enumerate(ranked)},
        value=Person.municipality,
        else_=len(ranked),
    )


def _text_condition(text: str):  # noqa: ANN202
    term = fold(text)
    if not term:
        return None
    conditions = [Person.code.like(f"%{text.strip().upper()}%")]
    first_word = term.split()[0]
    # Prefix range on the token index: 'jan' matches tokens from 'jan' up to 'jao'.
    upper = first_word[:-1] + chr(ord(first_word[-1]) + 1)
    names = select(NameToken.person_id).where(
        NameToken.token >= first_word, NameToken.token < upper
    )
    conditions.append(Person.id.in_(names))
    matching_places = [
        code
        for code, m in municipalities.all_municipalities().items()
        if fold(m.short_name).startswith(term) or fold(m.name).startswith(term)
    ]
    if matching_places:
        conditions.append(Person.municipality.in_(matching_places))
    return or_(*conditions)


def _active_trajectory() -> tuple:
    """What the dashboard's 'active trajectories' counts (services.dashboard_service)."""
    closed = select(Trajectory.person_id).where(Trajectory.phase == "afgesloten")
    return (
        Person.closed_on.is_(None),
        Person.status.in_(REPORT_STATUSES),
        Person.id.not_in(closed),
    )


def _status_condition(status: str | None):  # noqa: ANN202
    if not status:
        return None
    if status == ANY_REPORT_STATUS:
        return Person.status.in_(REPORT_STATUSES)
    return Person.status == status


def _filtered(query: Select, criteria) -> Select:  # noqa: ANN001 - PersonQuery
    text_condition = _text_condition(criteria.text)
    filters = [
        text_condition,
        Person.registration_year == criteria.year if criteria.year else None,
        _status_condition(criteria.status),
        Person.forms_mask.op("&")(FORM_BITS[criteria.form]) != 0 if criteria.form else None,
        Person.municipality == criteria.municipality if criteria.municipality else None,
        Person.closed_on.is_(None) if criteria.open_state == "open" else None,
        Person.closed_on.is_not(None) if criteria.open_state == "closed" else None,
        *(_active_trajectory() if criteria.open_state == "active" else ()),
    ]
    active = [f for f in filters if f is not None]
    return query.where(and_(*active)) if active else query


def count_persons(session: Session, criteria) -> int:  # noqa: ANN001
    return session.scalar(_filtered(select(func.count(Person.id)), criteria)) or 0


def list_persons(session: Session, criteria, offset: int, limit: int) -> list[Person]:  # noqa: ANN001
    if criteria.sort == "municipality":
        column = _municipality_order()
    else:
        column = SORT_COLUMNS.get(criteria.sort, Person.code)
    order = column.desc() if criteria.descending else column.asc()
    tiebreak = Person.id.desc() if criteria.descending else Person.id.asc()
    query = _filtered(select(Person), criteria).order_by(order, tiebreak)
    return list(session.scalars(query.offset(offset).limit(limit)))
