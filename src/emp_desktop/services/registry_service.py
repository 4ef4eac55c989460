"""Registry actions: register signals and clients, advice questions, contacts, consents,
historic totals; list and open persons; reveal an identity (audited).

Every function validates first (InvalidInput with per-field message keys) and changes
nothing when anything is wrong.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select

from emp_desktop.domain.registry import (
    AdviceInput,
    ContactInput,
    IdentityInput,
    InvalidInput,
    PersonInput,
    RegistrationInput,
    age_group,
    age_on,
    forms_to_mask,
    mask_to_forms,
    name_tokens,
    pseudonym_code,
    require_valid,
    validate_advice,
    validate_contact,
    validate_identity,
    validate_person,
    validate_registration,
)
from emp_desktop.domain.vocabulary import CONSENT_PURPOSES, CONSENT_SIGNERS
from emp_desktop.services.registry_dto import (
    ConsentView,
    ContactView,
    IdentityView,
    PersonDetail,
    PersonQuery,
    PersonRef,
    PersonRow,
    RegistrationView,
    RegistryCounts,
)
from emp_desktop.storage import audit, registry_repo
from emp_desktop.storage.registry_models import (
    AdviceQuestion,
    Consent,
    Contact,
    HistoricTotal,
    Identity,
    NameToken,
    Person,
    Registration,
)
from emp_desktop.storage.vault import OpenVault


def _today() -> date:
    return date.today()


def _age(person: PersonInput, identity: IdentityInput | None, on: date) -> int | None:
    if identity and identity.date_of_birth:
        return age_on(identity.date_of_birth, on)
    if identity and identity.estimated_age is not None:
        return identity.estimated_age
    return person.estimated_age


def _identity_row(person_id: int, identity: IdentityInput) -> Identity:
    return Identity(
        person_id=person_id,
        first_name=identity.first_name.strip(),
        tussenvoegsel=identity.tussenvoegsel.strip(),
        surname=identity.surname.strip(),
        aliases=identity.aliases.strip(),
        date_of_birth=identity.date_of_birth.isoformat() if identity.date_of_birth else None,
        estimated_age=identity.estimated_age,
        phone=identity.phone.strip(),
        address=identity.address.strip(),
    )


def _store_identity(session, person_id: int, identity: IdentityInput) -> None:  # noqa: ANN001
    session.merge(_identity_row(person_id, identity))
    session.execute(delete(NameToken).where(NameToken.person_id == person_id))
    session.add_all(NameToken(token=t, person_id=person_id) for t in name_tokens(identity))


def _registration_row(person_id: int, reg: RegistrationInput, import_key: str | None = None):  # noqa: ANN202
    return Registration(
        person_id=person_id,
        date=reg.date.isoformat(),
        status=reg.status,
        melder=reg.melder,
        forms_mask=forms_to_mask(reg.forms),
        aangifte=reg.aangifte,
        aangifte_on=reg.aangifte_on.isoformat() if reg.aangifte_on else None,
        closed_on=reg.closed_on.isoformat() if reg.closed_on else None,
        closure_reason=reg.closure_reason,
        note=reg.note.strip(),
        import_key=import_key,
    )


def _person_row(
    session,
    person: PersonInput,
    reg: RegistrationInput,  # noqa: ANN001
    identity: IdentityInput | None,
) -> Person:
    year = reg.date.year
    age = _age(person, identity, reg.date)
    return Person(
        code=pseudonym_code(year, registry_repo.next_code_sequence(session, year)),
        tier="client" if identity and not identity.is_empty() else "signaal",
        created_on=_today().isoformat(),
        gender=person.gender,
        age=age,
        nationality=person.nationality,
        municipality=person.municipality,
        flag_minor=person.flag_minor or (age is not None and age < 18),
        flag_lvb=person.flag_lvb,
        flag_boy_prostitution=person.flag_boy_prostitution,
        forms_mask=0,
    )


def validate_registration_input(
    person: PersonInput, reg: RegistrationInput, identity: IdentityInput | None = None
) -> None:
    today = _today()
    require_valid(
        validate_person(person),
        validate_registration(reg, today),
        validate_identity(identity, today) if identity else {},
    )


def add_person_in_session(
    session,
    person: PersonInput,
    reg: RegistrationInput,  # noqa: ANN001
    identity: IdentityInput | None = None,
    import_key: str | None = None,
) -> Person:
    """Inserts a person with a first registration; for callers that hold a transaction."""
    row = _person_row(session, person, reg, identity)
    session.add(row)
    session.flush()
    if identity and not identity.is_empty():
        _store_identity(session, row.id, identity)
    session.add(_registration_row(row.id, reg, import_key))
    registry_repo.refresh_summary(session, row)
    return row


def register_person(
    opened: OpenVault,
    person: PersonInput,
    reg: RegistrationInput,
    identity: IdentityInput | None = None,
) -> PersonRef:
    """A new signal (no identity) or client (with identity), with its first melding."""
    validate_registration_input(person, reg, identity)
    with opened.transaction() as session:
        row = add_person_in_session(session, person, reg, identity)
        return PersonRef(row.id, row.code)


def _person(session, person_id: int) -> Person:  # noqa: ANN001
    row = session.get(Person, person_id)
    if row is None:
        raise InvalidInput({"person": "err_unknown_value"})
    return row


def update_person(opened: OpenVault, person_id: int, person: PersonInput) -> None:
    require_valid(validate_person(person))
    with opened.transaction() as session:
        row = _person(session, person_id)
        row.gender, row.nationality = person.gender, person.nationality
        row.municipality = person.municipality
        row.flag_minor, row.flag_lvb = person.flag_minor, person.flag_lvb
        row.flag_boy_prostitution = person.flag_boy_prostitution
        if person.estimated_age is not None:
            row.age = person.estimated_age


def set_identity(opened: OpenVault, person_id: int, identity: IdentityInput) -> None:
    """Adds or replaces the identity; a signal with an identity becomes a client."""
    require_valid(validate_identity(identity, _today()))
    with opened.transaction() as session:
        row = _person(session, person_id)
        _store_identity(session, person_id, identity)
        row.tier = "signaal" if identity.is_empty() else "client"
        audit.append(session, "identity_changed", subject=row.code)


def add_registration(opened: OpenVault, person_id: int, reg: RegistrationInput) -> int:
    require_valid(validate_registration(reg, _today()))
    with opened.transaction() as session:
        row = _person(session, person_id)
        registration = _registration_row(person_id, reg)
        session.add(registration)
        registry_repo.refresh_summary(session, row)
        return registration.id


def update_registration(opened: OpenVault, registration_id: int, reg: RegistrationInput) -> None:
    require_valid(validate_registration(reg, _today()))
    with opened.transaction() as session:
        row = session.get(Registration, registration_id)
        if row is None:
            raise InvalidInput({"registration": "err_unknown_value"})
        fresh = _registration_row(row.person_id, reg, row.import_key)
        for column in (
            "date",
            "status",
            "melder",
            "forms_mask",
            "aangifte",
            "aangifte_on",
            "closed_on",
            "closure_reason",
            "note",
        ):
            setattr(row, column, getattr(fresh, column))
        registry_repo.refresh_summary(session, _person(session, row.person_id))


def set_next_action(opened: OpenVault, person_id: int, action: str, on: date | None) -> None:
    if len(action) > 200:
        raise InvalidInput({"next_action": "err_too_long"})
    with opened.transaction() as session:
        row = _person(session, person_id)
        row.next_action = action.strip() or None
        row.next_action_on = on.isoformat() if on else None


def register_advice(opened: OpenVault, advice: AdviceInput) -> int:
    require_valid(validate_advice(advice, _today()))
    with opened.transaction() as session:
        row = AdviceQuestion(
            date=advice.date.isoformat(),
            organisation_type=advice.organisation_type,
            topic=advice.topic,
            municipality=advice.municipality,
            duration_minutes=advice.duration_minutes,
            advice=advice.advice.strip(),
        )
        session.add(row)
        session.flush()
        return row.id


def add_contact(opened: OpenVault, person_id: int, contact: ContactInput) -> int:
    require_valid(validate_contact(contact, datetime.now()))
    with opened.transaction() as session:
        person = _person(session, person_id)
        row = Contact(
            person_id=person_id,
            at=contact.at.strftime("%Y-%m-%dT%H:%M"),
            mode=contact.mode,
            with_whom=contact.with_whom.strip(),
            duration_minutes=contact.duration_minutes,
            note=contact.note,
        )
        session.add(row)
        session.flush()
        if person.last_contact_at is None or row.at > person.last_contact_at:
            person.last_contact_at = row.at
        return row.id


def give_consent(
    opened: OpenVault, person_id: int, purpose: str, given_on: date, signer: str
) -> int:
    errors = {}
    if purpose not in CONSENT_PURPOSES.codes:
        errors["purpose"] = "err_choice"
    if signer not in CONSENT_SIGNERS.codes:
        errors["signer"] = "err_choice"
    if not date(2000, 1, 1) <= given_on <= _today():
        errors["given_on"] = "err_date"
    require_valid(errors)
    with opened.transaction() as session:
        person = _person(session, person_id)
        row = Consent(
            person_id=person_id, purpose=purpose, given_on=given_on.isoformat(), signer=signer
        )
        session.add(row)
        session.flush()
        audit.append(session, "consent_given", subject=person.code, detail={"purpose": purpose})
        return row.id


def withdraw_consent(opened: OpenVault, consent_id: int, on: date) -> None:
    with opened.transaction() as session:
        row = session.get(Consent, consent_id)
        if row is None or row.withdrawn_on is not None or on.isoformat() < row.given_on:
            raise InvalidInput({"withdrawn_on": "err_date"})
        row.withdrawn_on = on.isoformat()
        person = session.get(Person, row.person_id)
        audit.append(
            session, "consent_withdrawn", subject=person.code, detail={"purpose": row.purpose}
        )


def set_historic_total(
    opened: OpenVault, year: int, registrations: int, advice_questions: int | None = None
) -> None:
    if not 1990 <= year <= _today().year or registrations < 0 or (advice_questions or 0) < 0:
        raise InvalidInput({"year": "err_number"})
    with opened.transaction() as session:
        session.merge(
            HistoricTotal(year=year, registrations=registrations, advice_questions=advice_questions)
        )


def historic_totals(opened: OpenVault) -> dict[int, int]:
    with opened.transaction() as session:
        rows = session.scalars(select(HistoricTotal).order_by(HistoricTotal.year))
        return {row.year: row.registrations for row in rows}


def _row(person: Person) -> PersonRow:
    return PersonRow(
        id=person.id,
        code=person.code,
        age_group=age_group(person.age),
        age=person.age,
        gender=person.gender,
        municipality=person.municipality,
        status=person.status,
        forms=mask_to_forms(person.forms_mask),
        registration_date=person.registration_date,
        last_contact_at=person.last_contact_at,
        next_action=person.next_action,
        next_action_on=person.next_action_on,
        closed=person.closed_on is not None,
    )


def count_persons(opened: OpenVault, query: PersonQuery) -> int:
    with opened.transaction() as session:
        return registry_repo.count_persons(session, query)


def list_persons(
    opened: OpenVault, query: PersonQuery, limit: int = 200, *, after_id: int | None = None
) -> list[PersonRow]:
    """A page of the person list; the next page starts after the last row's id (keyset)."""
    with opened.transaction() as session:
        return [_row(p) for p in registry_repo.list_persons(session, query, after_id, limit)]


def person_detail(opened: OpenVault, person_id: int) -> PersonDetail:
    with opened.transaction() as session:
        person = _person(session, person_id)
        registrations = session.scalars(
            select(Registration)
            .where(Registration.person_id == person_id)
            .order_by(Registration.date.desc())
        )
        consents = session.scalars(
            select(Consent).where(Consent.person_id == person_id).order_by(Consent.given_on.desc())
        )
        contact_count = (
            session.scalar(select(func.count(Contact.id)).where(Contact.person_id == person_id))
            or 0
        )
        return PersonDetail(
            id=person.id,
            code=person.code,
            tier=person.tier,
            has_identity=session.get(Identity, person_id) is not None,
            gender=person.gender,
            age=person.age,
            nationality=person.nationality,
            municipality=person.municipality,
            flag_minor=person.flag_minor,
            flag_lvb=person.flag_lvb,
            flag_boy_prostitution=person.flag_boy_prostitution,
            next_action=person.next_action,
            next_action_on=person.next_action_on,
            registrations=tuple(_registration_view(r) for r in registrations),
            consents=tuple(
                ConsentView(c.id, c.purpose, c.given_on, c.signer, c.withdrawn_on) for c in consents
            ),
            contact_count=contact_count,
        )


def _registration_view(r: Registration) -> RegistrationView:
    return RegistrationView(
        r.id,
        r.date,
        r.status,
        r.melder,
        mask_to_forms(r.forms_mask),
        r.aangifte,
        r.aangifte_on,
        r.closed_on,
        r.closure_reason,
        r.note,
    )


def contacts_of(opened: OpenVault, person_id: int, limit: int = 500) -> list[ContactView]:
    with opened.transaction() as session:
        rows = session.scalars(
            select(Contact)
            .where(Contact.person_id == person_id)
            .order_by(Contact.at.desc())
            .limit(limit)
        )
        return [
            ContactView(c.id, c.at, c.mode, c.with_whom, c.duration_minutes, c.note) for c in rows
        ]


def reveal_identity(opened: OpenVault, person_id: int, reason: str = "") -> IdentityView | None:
    """The person's identity, after an explicit request; always written to the audit trail,
    with the reason the coordinator gave (the GUI asks for one)."""
    reason = " ".join(reason.split())[:200]
    with opened.transaction() as session:
        person = _person(session, person_id)
        identity = session.get(Identity, person_id)
        detail = {"reden": reason} if reason else None
        audit.append(session, "identity_revealed", subject=person.code, detail=detail)
        if identity is None:
            return None
        return IdentityView(
            identity.first_name,
            identity.tussenvoegsel,
            identity.surname,
            identity.aliases,
            date.fromisoformat(identity.date_of_birth) if identity.date_of_birth else None,
            identity.estimated_age,
            identity.phone,
            identity.address,
        )


def registry_counts(opened: OpenVault) -> RegistryCounts:
    with opened.transaction() as session:

        def count(model) -> int:  # noqa: ANN001
            return session.scalar(select(func.count()).select_from(model)) or 0

        return RegistryCounts(
            count(Person), count(Registration), count(AdviceQuestion), count(Contact)
        )


def recent_contacts(
    opened: OpenVault, limit: int = 200, *, after_id: int | None = None
) -> list[tuple[str, ContactView]]:
    """Contacts of all persons, newest first, with the person's pseudonym code; the next
    page starts after the last row's contact id (keyset: page 5,000 costs what page 1 costs)."""
    with opened.transaction() as session:
        return [
            (code, ContactView(c.id, c.at, c.mode, c.with_whom, c.duration_minutes, c.note))
            for code, c in registry_repo.recent_contacts(session, after_id, limit)
        ]


def find_person(opened: OpenVault, code: str) -> PersonRef | None:
    """The person with this pseudonym code (as typed in quick entry), or None."""
    with opened.transaction() as session:
        row = session.scalar(select(Person).where(Person.code == code.strip().upper()))
        return PersonRef(row.id, row.code) if row else None
