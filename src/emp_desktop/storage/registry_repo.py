"""Queries of the registry that must stay fast at 100,000 persons and 1,000,000 contacts.

The person list reads only `person` (with its summary columns) through indexes; the
summary is refreshed from the registration and contact tables whenever they change.
"""

from __future__ import annotations

from sqlalchemy import Integer, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from emp_desktop.domain import municipalities
from emp_desktop.domain.registry import ANY_REPORT_STATUS, FORM_BITS, REPORT_STATUSES
from emp_desktop.domain.vocabulary import fold
from emp_desktop.storage import keyset
from emp_desktop.storage.care_models import Trajectory
from emp_desktop.storage.registry_models import Contact, NameToken, Person, Registration

# Each sort has an index on its column (the id, SQLite's rowid, is the last column of
# every index, so the tie-break comes free); tests/storage/test_query_plans.py checks it.
SORT_COLUMNS = {
    "code": Person.code,
    "age": Person.age,
    "gender": Person.gender,
    "municipality": Person.municipality_sort,  # the Dutch name, not the CBS code
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


# Codes are `EMP-<year>-<number>` (domain.registry.pseudonym_code): "EMP-" only at the
# start, and no other characters than these.
CODE_PREFIX = "EMP-"
CODE_CHARACTERS = frozenset(CODE_PREFIX + "0123456789")


def _code_condition(typed: str):  # noqa: ANN202
    """Codes containing what was typed, without reading 100,000 codes when it cannot match:
    'EMP-2024-01…' is a prefix range on the unique index; a text with other letters (a
    name, a place) matches no code at all; only digits and dashes need the scan."""
    if typed.startswith(CODE_PREFIX):
        return and_(Person.code >= typed, Person.code < typed[:-1] + chr(ord(typed[-1]) + 1))
    if set(typed) <= CODE_CHARACTERS:
        return Person.code.like(f"%{typed}%")
    return None


def _text_condition(text: str):  # noqa: ANN202
    term = fold(text)
    if not term:
        return None
    conditions = [_code_condition(text.strip().upper())]
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
    return or_(*(c for c in conditions if c is not None))


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


def list_persons(
    session: Session,
    criteria,  # noqa: ANN001 - PersonQuery
    after_id: int | None,
    limit: int,
) -> list[Person]:
    """A page of the list in the query's order, after the person `after_id` (None: the
    first page). Keyset, not OFFSET: page 500 costs what page 1 costs."""
    column = SORT_COLUMNS.get(criteria.sort, Person.code)
    anchor = None
    if after_id is not None:
        found = session.execute(select(column).where(Person.id == after_id)).first()
        if found is None:
            return []  # the last row shown was deleted meanwhile: the list ends there
        anchor = keyset.Anchor(found[0], after_id)
    query = _filtered(select(Person), criteria)
    rows = keyset.page_after(session, query, column, Person.id, anchor, criteria.descending, limit)
    return [row[0] for row in rows]


def recent_contacts(
    session: Session, after_id: int | None, limit: int
) -> list[tuple[str, Contact]]:
    """Contacts of all persons, newest first, after the contact `after_id`."""
    anchor = None
    if after_id is not None:
        found = session.execute(select(Contact.at).where(Contact.id == after_id)).first()
        if found is None:
            return []
        anchor = keyset.Anchor(found[0], after_id)
    query = select(Person.code, Contact).join(Person, Person.id == Contact.person_id)
    rows = keyset.page_after(session, query, Contact.at, Contact.id, anchor, True, limit)
    return [(code, contact) for code, contact in rows]
