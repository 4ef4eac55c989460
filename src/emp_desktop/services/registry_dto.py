"""DTOs of the registry that cross into the CLI and GUI. Identity appears only in
IdentityView, which only `reveal_identity` returns (and audits)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PersonRef:
    id: int
    code: str


@dataclass(frozen=True)
class PersonRow:
    """One line of the person list: the pseudonym code and non-identifying fields."""

    id: int
    code: str
    age_group: str
    age: int | None
    gender: str
    municipality: str
    status: str | None
    forms: tuple[str, ...]
    registration_date: str | None
    last_contact_at: str | None
    next_action: str | None
    next_action_on: str | None
    closed: bool


@dataclass(frozen=True)
class PersonQuery:
    text: str = ""
    year: int | None = None
    status: str | None = None
    form: str | None = None
    municipality: str | None = None
    open_state: str | None = None  # "open" | "closed" | None
    sort: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class RegistrationView:
    id: int
    date: str
    status: str
    melder: str
    forms: tuple[str, ...]
    aangifte: str
    aangifte_on: str | None
    closed_on: str | None
    closure_reason: str | None
    note: str = ""


@dataclass(frozen=True)
class ConsentView:
    id: int
    purpose: str
    given_on: str
    signer: str
    withdrawn_on: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


@dataclass(frozen=True)
class ContactView:
    id: int
    at: str
    mode: str
    with_whom: str
    duration_minutes: int
    note: str


@dataclass(frozen=True)
class PersonDetail:
    id: int
    code: str
    tier: str
    has_identity: bool
    gender: str
    age: int | None
    nationality: str
    municipality: str
    flag_minor: bool
    flag_lvb: bool
    flag_boy_prostitution: bool
    next_action: str | None
    next_action_on: str | None
    registrations: tuple[RegistrationView, ...]
    consents: tuple[ConsentView, ...]
    contact_count: int


@dataclass(frozen=True)
class IdentityView:
    first_name: str
    tussenvoegsel: str
    surname: str
    aliases: str
    date_of_birth: date | None
    estimated_age: int | None
    phone: str
    address: str

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.tussenvoegsel, self.surname) if p)


@dataclass(frozen=True)
class RegistryCounts:
    persons: int
    registrations: int
    advice_questions: int
    contacts: int
