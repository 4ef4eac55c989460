"""ORM models of the registry: persons, identities (kept apart), registrations, advice
questions, consents, contacts, historic totals and drafts.

`person` carries a few summary columns (status, forms, last contact …) that the services
keep in step in the same transaction as the rows they summarise, so that the person list
of 100,000 people is one indexed query without joins over a million contacts.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from emp_desktop.domain import municipalities
from emp_desktop.storage.models import Base


def _municipality_sort_default(context: DefaultExecutionContext) -> str:
    """For inserts that name only the code (bulk loads, imports): the key follows it."""
    return municipalities.sort_key(context.get_current_parameters()["municipality"])


class Person(Base):
    __tablename__ = "person"
    # The dashboard counts open cases and new reports from these indexes alone (no row
    # is read).
    __table_args__ = (
        Index("ix_person_closed_on_status", "closed_on", "status"),
        Index("ix_person_registration_year_status", "registration_year", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    tier: Mapped[str] = mapped_column(String(16))  # signaal | client
    created_on: Mapped[str] = mapped_column(String(10))
    gender: Mapped[str] = mapped_column(String(16), index=True)
    age: Mapped[int | None] = mapped_column(Integer, index=True)  # at registration
    nationality: Mapped[str] = mapped_column(String(16))
    municipality: Mapped[str] = mapped_column(String(16), index=True)
    # The list sorts on the municipality's Dutch name, not its CBS code: a stored, indexed
    # key (municipalities.sort_key), kept in step with `municipality` by the events below.
    municipality_sort: Mapped[str] = mapped_column(
        String(100), index=True, default=_municipality_sort_default, server_default=""
    )
    flag_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_lvb: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_boy_prostitution: Mapped[bool] = mapped_column(Boolean, default=False)
    # summary of the latest registration and contacts, for the list
    registration_date: Mapped[str | None] = mapped_column(String(10), index=True)
    registration_year: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    forms_mask: Mapped[int] = mapped_column(Integer, default=0)
    closed_on: Mapped[str | None] = mapped_column(String(10), index=True)
    last_contact_at: Mapped[str | None] = mapped_column(String(16), index=True)
    next_action: Mapped[str | None] = mapped_column(String(200))
    next_action_on: Mapped[str | None] = mapped_column(String(10), index=True)
    # set by erasure or expired retention: identity and free text are gone, the coded
    # registration stays (anonymous) so that every released figure still reproduces
    erased_on: Mapped[str | None] = mapped_column(String(10), index=True)


@event.listens_for(Person.municipality, "set")
def _municipality_set(target: Person, value: str, _old: object, _initiator: object) -> None:
    """Every ORM write of the code (new person, update, import) writes the key with it."""
    target.municipality_sort = municipalities.sort_key(value)


class Identity(Base):
    """Who the person is. Shown only after an audited 'toon identiteit'."""

    __tablename__ = "identity"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    first_name: Mapped[str] = mapped_column(String(100), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(30), default="")
    surname: Mapped[str] = mapped_column(String(100), default="")
    aliases: Mapped[str] = mapped_column(String(300), default="")
    date_of_birth: Mapped[str | None] = mapped_column(String(10))
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")


class NameToken(Base):
    """Folded name parts (first name, surname, aliases) for indexed prefix search."""

    __tablename__ = "name_token"

    token: Mapped[str] = mapped_column(String(100), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Registration(Base):
    __tablename__ = "registration"
    __table_args__ = (
        Index("ix_registration_person_date", "person_id", "date"),
        # The dashboard's reports per year, counted from the index alone.
        Index("ix_registration_date_status", "date", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    date: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(16))
    melder: Mapped[str] = mapped_column(String(32))
    forms_mask: Mapped[int] = mapped_column(Integer, default=0)
    aangifte: Mapped[str] = mapped_column(String(16), default="onbekend")
    aangifte_on: Mapped[str | None] = mapped_column(String(10))
    closed_on: Mapped[str | None] = mapped_column(String(10))
    closure_reason: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")  # free text, guarded before it leaves
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class AdviceQuestion(Base):
    """An advice question or short contact: no personal fields at all."""

    __tablename__ = "advice_question"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[str] = mapped_column(String(10), index=True)
    organisation_type: Mapped[str] = mapped_column(String(32))
    topic: Mapped[str] = mapped_column(String(32))
    municipality: Mapped[str] = mapped_column(String(16), index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    advice: Mapped[str] = mapped_column(Text, default="")
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    anonymised_on: Mapped[str | None] = mapped_column(String(10))  # free text removed


class Consent(Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    given_on: Mapped[str] = mapped_column(String(10))
    signer: Mapped[str] = mapped_column(String(16))
    withdrawn_on: Mapped[str | None] = mapped_column(String(10))


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_person_at", "person_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    at: Mapped[str] = mapped_column(String(16), index=True)  # jjjj-mm-ddTuu:mm
    mode: Mapped[str] = mapped_column(String(16))
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class HistoricTotal(Base):
    """Yearly totals from before the system, so that trends continue (2015: 66 …)."""

    __tablename__ = "historic_total"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    registrations: Mapped[int] = mapped_column(Integer)
    advice_questions: Mapped[int | None] = mapped_column(Integer)


class Draft(Base):
    """Unsaved edits, kept (encrypted, like everything in the vault) across an idle lock."""

    __tablename__ = "draft"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32))
