"""One person as a handover document (plain dicts, to be encrypted by the caller) and
back into rows of another vault.

Only known columns travel, each checked for type and length on the way in: a handover
file is encrypted to this vault's public recipient, which anyone may know, so its
content is input like any other — validated, never trusted.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from emp_desktop.domain import municipalities
from emp_desktop.domain.vocabulary import (
    AANGIFTE,
    CLOSURE_REASONS,
    CONSENT_PURPOSES,
    CONSENT_SIGNERS,
    CONTACT_MODES,
    GENDERS,
    MELDERS,
    STATUSES,
)
from emp_desktop.storage import registry_repo
from emp_desktop.storage.care_models import (
    CareGoal,
    Organisation,
    Outcome,
    Referral,
    SafetyIncident,
    Trajectory,
    ZrmAssessment,
)
from emp_desktop.storage.registry_models import (
    Consent,
    Contact,
    Identity,
    NameToken,
    Person,
    Registration,
)

_PERSON_COLUMNS = (
    "tier",
    "gender",
    "age",
    "nationality",
    "municipality",
    "flag_minor",
    "flag_lvb",
    "flag_boy_prostitution",
)
_SKIP = {"id", "person_id", "import_key", "organisation_id"}
_LISTS = {
    "registrations": Registration,
    "consents": Consent,
    "contacts": Contact,
    "goals": CareGoal,
    "assessments": ZrmAssessment,
    "incidents": SafetyIncident,
    "referrals": Referral,
}
_SINGLES = {"identity": Identity, "trajectory": Trajectory, "outcome": Outcome}


# Coded columns must hold a code of their vocabulary: the statistics count them.
_CODED = {
    ("person", "gender"): GENDERS.codes,
    ("registration", "status"): STATUSES.codes,
    ("registration", "melder"): MELDERS.codes,
    ("registration", "aangifte"): AANGIFTE.codes,
    ("registration", "closure_reason"): CLOSURE_REASONS.codes,
    ("consent", "purpose"): CONSENT_PURPOSES.codes,
    ("consent", "signer"): CONSENT_SIGNERS.codes,
    ("contact", "mode"): CONTACT_MODES.codes,
}
_DATE_COLUMNS = {"date", "at", "date_of_birth"}


class BadPayload(ValueError):
    """The document does not have the shape of a handover (field named, no value)."""


def _columns(model) -> list:  # noqa: ANN001
    return [c for c in model.__table__.columns if c.name not in _SKIP]


def _as_dict(row, model) -> dict:  # noqa: ANN001
    return {c.name: getattr(row, c.name) for c in _columns(model)}


def person_document(session: Session, person_id: int) -> dict:
    person = session.get(Person, person_id)
    document: dict = {"person": {c: getattr(person, c) for c in _PERSON_COLUMNS}}
    for key, model in _SINGLES.items():
        row = session.get(model, person_id)
        document[key] = _as_dict(row, model) if row is not None else None
    for key, model in _LISTS.items():
        rows = session.scalars(select(model).where(model.person_id == person_id).order_by(model.id))
        document[key] = [_as_dict(r, model) for r in rows]
    names = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    referrals = session.scalars(select(Referral).where(Referral.person_id == person_id))
    for item, row in zip(document["referrals"], referrals, strict=True):
        item["organisation"] = names[row.organisation_id]
    return document


def _check_code(column, value) -> None:  # noqa: ANN001
    codes = _CODED.get((column.table.name, column.name))
    if codes is not None and value is not None and value not in codes:
        raise BadPayload(column.name)
    is_municipality = (column.table.name, column.name) == ("person", "municipality")
    if is_municipality and not municipalities.is_valid(value):
        raise BadPayload(column.name)
    if isinstance(value, str) and (column.name in _DATE_COLUMNS or column.name.endswith("_on")):
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            raise BadPayload(column.name) from None


def _check_value(column, value):  # noqa: ANN001, ANN202
    _check_type(column, value)
    _check_code(column, value)
    return value


def _check_type(column, value) -> None:  # noqa: ANN001
    python_type = column.type.python_type
    if value is None:
        if not column.nullable and column.default is None and not column.primary_key:
            raise BadPayload(column.name)
        return
    if python_type is bool and not isinstance(value, bool):
        raise BadPayload(column.name)
    if python_type is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise BadPayload(column.name)
    if python_type is float and not isinstance(value, int | float):
        raise BadPayload(column.name)
    if python_type is str:
        if not isinstance(value, str):
            raise BadPayload(column.name)
        limit = column.type.length if isinstance(column.type, String) else None
        if len(value) > (limit or 100_000):
            raise BadPayload(column.name)


def _row(model, item: dict, **extra):  # noqa: ANN001, ANN202
    if not isinstance(item, dict):
        raise BadPayload(model.__tablename__)
    values = {c.name: _check_value(c, item.get(c.name)) for c in _columns(model)}
    values = {k: v for k, v in values.items() if v is not None or k in item}
    return model(**values, **extra)


def _organisation_id(session: Session, name: object) -> int:
    if not isinstance(name, str) or not name.strip() or len(name) > 120:
        raise BadPayload("organisation")
    found = session.scalar(select(Organisation.id).where(Organisation.name == name))
    if found is None:
        row = Organisation(name=name, type="anders", municipality="onbekend")
        session.add(row)
        session.flush()
        found = row.id
    return found


def insert_person(session: Session, document: dict, code: str, created_on: str, tokens) -> Person:  # noqa: ANN001
    """Adds the person of a handover document under a new local code."""
    person_values = document.get("person")
    if not isinstance(person_values, dict):
        raise BadPayload("person")
    person = Person(code=code, created_on=created_on, forms_mask=0)
    for name in _PERSON_COLUMNS:
        column = Person.__table__.columns[name]
        setattr(person, name, _check_value(column, person_values.get(name)))
    session.add(person)
    session.flush()
    for key, model in _SINGLES.items():
        item = document.get(key)
        if item is not None:
            session.add(_row(model, item, person_id=person.id))
    for key, model in _LISTS.items():
        items = document.get(key) or []
        if not isinstance(items, list):
            raise BadPayload(key)
        for item in items:
            extra = {"person_id": person.id}
            if model is Referral:
                extra["organisation_id"] = _organisation_id(session, item.get("organisation"))
            session.add(_row(model, item, **extra))
    session.add_all(NameToken(token=t, person_id=person.id) for t in tokens)
    registry_repo.refresh_summary(session, person)
    return person
