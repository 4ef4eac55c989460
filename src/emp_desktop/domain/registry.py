"""Value objects and validation of the registry: what a coordinator records.

Validation returns a mapping field → message key (see domain.messages), so the GUI can
show each message next to its field, the CLI can print them, and imports can report
them per row. Nothing here touches storage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.vocabulary import (
    AANGIFTE,
    ADVICE_TOPICS,
    CONTACT_MODES,
    EXPLOITATION_FORMS,
    GENDERS,
    MELDERS,
    ORGANISATION_TYPES,
    STATUSES,
    fold,
)

EARLIEST_DATE = date(2000, 1, 1)
# What "new reports" (nieuwe meldingen) counts, everywhere: a person whose registration
# falls in the year and is not 'geen mensenhandel'. The filter value selects exactly those.
REPORT_STATUSES = ("vermoedelijk", "bevestigd")
ANY_REPORT_STATUS = "vermoedelijk_of_bevestigd"
MAX_TEXT = {"name": 100, "short": 200, "note": 10_000}
FORM_BITS = {code: 1 << i for i, code in enumerate(EXPLOITATION_FORMS.codes)}
AGE_GROUPS = ("<18", "18-22", "23+", "onbekend")


class InvalidInput(EmpError):
    """One or more fields are wrong; `errors` maps field → message key."""

    key = "invalid_input"
    exit_code = 2

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(errors=errors)
        self.errors = errors


def forms_to_mask(forms: tuple[str, ...] | list[str]) -> int:
    mask = 0
    for form in forms:
        mask |= FORM_BITS[form]
    return mask


def mask_to_forms(mask: int) -> tuple[str, ...]:
    return tuple(code for code, bit in FORM_BITS.items() if mask & bit)


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_group(age: int | None) -> str:
    if age is None:
        return "onbekend"
    if age < 18:
        return "<18"
    return "18-22" if age <= 22 else "23+"


def pseudonym_code(year: int, sequence: int) -> str:
    return f"EMP-{year}-{sequence:04d}"


@dataclass(frozen=True)
class IdentityInput:
    first_name: str = ""
    tussenvoegsel: str = ""
    surname: str = ""
    aliases: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None
    phone: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return not (
            self.first_name
            or self.surname
            or self.aliases
            or self.date_of_birth
            or self.phone
            or self.address
        )


@dataclass(frozen=True)
class PersonInput:
    gender: str = "onbekend"
    nationality: str = countries.UNKNOWN
    municipality: str = municipalities.UNKNOWN
    flag_minor: bool = False
    flag_lvb: bool = False
    flag_boy_prostitution: bool = False
    estimated_age: int | None = None  # for a signal without identity


@dataclass(frozen=True)
class RegistrationInput:
    date: date
    status: str = "vermoedelijk"
    melder: str = "anders"
    forms: tuple[str, ...] = ("onbekend",)
    aangifte: str = "onbekend"
    aangifte_on: date | None = None
    closed_on: date | None = None
    closure_reason: str | None = None
    note: str = ""  # free text; checked by the free-text guard before it leaves


@dataclass(frozen=True)
class AdviceInput:
    date: date
    organisation_type: str = "anders"
    topic: str = "anders"
    municipality: str = municipalities.UNKNOWN
    duration_minutes: int = 0
    advice: str = ""


@dataclass(frozen=True)
class ContactInput:
    at: datetime
    mode: str = "face_to_face"
    with_whom: str = ""
    duration_minutes: int = 0
    note: str = ""


@dataclass
class _Errors:
    found: dict[str, str] = field(default_factory=dict)

    def check(self, ok: bool, name: str, key: str) -> None:
        if not ok and name not in self.found:
            self.found[name] = key

    def raise_if_any(self) -> None:
        if self.found:
            raise InvalidInput(dict(self.found))


def _date_ok(value: date | None, today: date) -> bool:
    return value is None or EARLIEST_DATE <= value <= today


def validate_identity(identity: IdentityInput, today: date) -> dict[str, str]:
    errors = _Errors()
    for name in ("first_name", "tussenvoegsel", "surname"):
        errors.check(len(getattr(identity, name)) <= MAX_TEXT["name"], name, "err_too_long")
    for name in ("aliases", "phone", "address"):
        errors.check(len(getattr(identity, name)) <= MAX_TEXT["short"] + 100, name, "err_too_long")
    dob = identity.date_of_birth
    errors.check(dob is None or date(1900, 1, 1) <= dob <= today, "date_of_birth", "err_dob")
    age = identity.estimated_age
    errors.check(age is None or 0 <= age <= 110, "estimated_age", "err_age")
    phone_ok = all(ch.isdigit() or ch in "+-() " for ch in identity.phone)
    errors.check(phone_ok, "phone", "err_phone")
    return errors.found


def validate_person(person: PersonInput) -> dict[str, str]:
    errors = _Errors()
    errors.check(person.gender in GENDERS.codes, "gender", "err_choice")
    nationality_ok = (
        person.nationality in countries.codes() or person.nationality == countries.UNKNOWN
    )
    errors.check(nationality_ok, "nationality", "err_choice")
    errors.check(municipalities.is_valid(person.municipality), "municipality", "err_municipality")
    age = person.estimated_age
    errors.check(age is None or 0 <= age <= 110, "estimated_age", "err_age")
    return errors.found


def validate_registration(reg: RegistrationInput, today: date) -> dict[str, str]:
    errors = _Errors()
    errors.check(_date_ok(reg.date, today), "date", "err_date")
    errors.check(reg.status in STATUSES.codes, "status", "err_choice")
    errors.check(reg.melder in MELDERS.codes, "melder", "err_choice")
    errors.check(bool(reg.forms) and all(f in FORM_BITS for f in reg.forms), "forms", "err_forms")
    errors.check(reg.aangifte in AANGIFTE.codes, "aangifte", "err_choice")
    errors.check(_date_ok(reg.aangifte_on, today), "aangifte_on", "err_date")
    closed_ok = reg.closed_on is None or (
        _date_ok(reg.closed_on, today) and reg.closed_on >= reg.date
    )
    errors.check(closed_ok, "closed_on", "err_closed_before")
    errors.check(len(reg.note) <= MAX_TEXT["note"], "note", "err_too_long")
    return errors.found


def validate_advice(advice: AdviceInput, today: date) -> dict[str, str]:
    errors = _Errors()
    errors.check(_date_ok(advice.date, today), "date", "err_date")
    errors.check(
        advice.organisation_type in ORGANISATION_TYPES.codes, "organisation_type", "err_choice"
    )
    errors.check(advice.topic in ADVICE_TOPICS.codes, "topic", "err_choice")
    errors.check(municipalities.is_valid(advice.municipality), "municipality", "err_municipality")
    errors.check(0 <= advice.duration_minutes <= 24 * 60, "duration_minutes", "err_duration")
    errors.check(len(advice.advice) <= MAX_TEXT["note"], "advice", "err_too_long")
    return errors.found


def validate_contact(contact: ContactInput, now: datetime) -> dict[str, str]:
    errors = _Errors()
    at_ok = datetime(2000, 1, 1) <= contact.at <= now.replace(second=59, microsecond=999999)
    errors.check(at_ok, "at", "err_date")
    errors.check(contact.mode in CONTACT_MODES.codes, "mode", "err_choice")
    errors.check(0 <= contact.duration_minutes <= 24 * 60, "duration_minutes", "err_duration")
    errors.check(len(contact.with_whom) <= MAX_TEXT["short"], "with_whom", "err_too_long")
    errors.check(len(contact.note) <= MAX_TEXT["note"], "note", "err_too_long")
    return errors.found


def require_valid(*found: dict[str, str]) -> None:
    merged: dict[str, str] = {}
    for errors in found:
        for name, key in errors.items():
            merged.setdefault(name, key)
    if merged:
        raise InvalidInput(merged)


def name_tokens(identity: IdentityInput) -> set[str]:
    """Lower-case, accent-free name parts for prefix search; never shown."""
    parts = [identity.first_name, identity.tussenvoegsel, identity.surname, identity.aliases]
    return {token[:100] for part in parts for token in fold(part).split()}
