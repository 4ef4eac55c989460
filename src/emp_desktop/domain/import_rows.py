"""Rows of the old registration (CSV/XLSX) → validated registry inputs, one report per row.

Pure functions: the service reads the file and writes the vault; here each row becomes
either inputs or a list of (column, message key, value) problems. Cell text is only ever
matched against vocabularies and parsed as dates or numbers — never evaluated, so a
spreadsheet formula such as `=cmd|...` is refused as text, not run.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.registry import (
    AdviceInput,
    IdentityInput,
    PersonInput,
    RegistrationInput,
    validate_advice,
    validate_identity,
    validate_person,
    validate_registration,
)
from emp_desktop.domain.vocabulary import (
    AANGIFTE,
    EXPLOITATION_FORMS,
    GENDERS,
    MELDERS,
    REGISTRATION_TYPES,
    STATUSES,
    YES_NO_UNKNOWN,
)

COLUMNS = (
    "datum_melding",
    "type",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "geboortedatum",
    "geslacht",
    "nationaliteit",
    "gemeente",
    "uitbuitingsvormen",
    "melder",
    "status",
    "aangifte",
    "toestemming_comensha",
    "toestemming_overdracht",
    "notitie",
)
# The content hash covers these always, and the later columns only when filled, so that a
# file imported before they existed still finds its duplicates.
_KEY_COLUMNS = COLUMNS[:14]
_LATER_COLUMNS = COLUMNS[14:]
MAX_NOTE = 10_000
REQUIRED = ("datum_melding", "type")
MAX_CELL = 1000
_FORMULA_START = ("=", "@", "+", "-", "\t", "\r")


@dataclass(frozen=True)
class Problem:
    column: str
    key: str
    value: str = ""


@dataclass
class ParsedRow:
    line: int
    kind: str | None = None  # "melding" | "adviesvraag"
    person: PersonInput | None = None
    registration: RegistrationInput | None = None
    identity: IdentityInput | None = None
    advice: AdviceInput | None = None
    comensha_consent: str = "onbekend"
    handover_consent: str = "onbekend"
    note: str = ""
    problems: list[Problem] = field(default_factory=list)
    import_key: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def map_header(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Column name → index (case-insensitive), and the names that are not ours."""
    mapping, unknown = {}, []
    for index, name in enumerate(header):
        key = name.strip().lower().lstrip("\ufeff")
        if key in COLUMNS and key not in mapping:
            mapping[key] = index
        elif key:
            unknown.append(name.strip())
    return mapping, unknown


def parse_date(text: str) -> date | None:
    text = text.strip()
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


class _RowReader:
    def __init__(self, cells: dict[str, str], line: int) -> None:
        self.cells, self.row = cells, ParsedRow(line)

    def text(self, column: str, limit: int = MAX_CELL) -> str:
        value = self.cells.get(column, "").strip()
        if len(value) > limit:
            self.row.problems.append(Problem(column, "err_too_long", value[:20] + "…"))
            return ""
        if value.startswith(_FORMULA_START):
            self.row.problems.append(Problem(column, "err_formula", value[:20]))
            return ""
        return value

    def choice(self, column: str, vocabulary, default: str) -> str:  # noqa: ANN001
        value = self.text(column)
        if not value:
            return default
        code = vocabulary.match(value)
        if code is None:
            self.row.problems.append(Problem(column, "err_unknown_value", value[:40]))
            return default
        return code

    def when(self, column: str) -> date | None:
        value = self.text(column)
        if not value:
            if column in REQUIRED:
                self.row.problems.append(Problem(column, "err_required"))
            return None
        try:
            return parse_date(value)
        except ValueError:
            self.row.problems.append(Problem(column, "err_date_format", value[:20]))
            return None

    def lookup(self, column: str, match, default: str) -> str:  # noqa: ANN001
        value = self.text(column)
        code = match(value) if value else default
        if code is None:
            self.row.problems.append(Problem(column, "err_unknown_value", value[:40]))
            return default
        return code

    def forms(self) -> tuple[str, ...]:
        value = self.text("uitbuitingsvormen")
        codes = []
        for part in (p.strip() for p in value.replace(";", ",").split(",")):
            if not part:
                continue
            code = EXPLOITATION_FORMS.match(part)
            if code is None:
                self.row.problems.append(Problem("uitbuitingsvormen", "err_unknown_value", part))
            elif code not in codes:
                codes.append(code)
        return tuple(codes) or ("onbekend",)


def _validation_problems(found: dict[str, str], columns: dict[str, str]) -> list[Problem]:
    return [Problem(columns.get(name, name), key) for name, key in found.items()]


_FIELD_COLUMNS = {
    "date": "datum_melding",
    "first_name": "voornaam",
    "surname": "achternaam",
    "tussenvoegsel": "tussenvoegsel",
    "date_of_birth": "geboortedatum",
    "gender": "geslacht",
    "nationality": "nationaliteit",
    "municipality": "gemeente",
    "forms": "uitbuitingsvormen",
    "melder": "melder",
    "status": "status",
    "aangifte": "aangifte",
}


def parse_row(cells: dict[str, str], line: int, today: date) -> ParsedRow:
    reader = _RowReader(cells, line)
    row = reader.row
    row.kind = reader.choice("type", REGISTRATION_TYPES, "melding")
    when = reader.when("datum_melding")
    municipality = reader.lookup("gemeente", municipalities.match, municipalities.UNKNOWN)
    if row.kind == "adviesvraag":
        if when:
            row.advice = AdviceInput(date=when, municipality=municipality)
            row.problems += _validation_problems(validate_advice(row.advice, today), _FIELD_COLUMNS)
    else:
        _parse_melding(reader, when, municipality, today)
    row.import_key = _import_key(cells)
    return row


def _parse_melding(reader: _RowReader, when: date | None, municipality: str, today: date) -> None:
    row = reader.row
    identity = IdentityInput(
        first_name=reader.text("voornaam"),
        tussenvoegsel=reader.text("tussenvoegsel"),
        surname=reader.text("achternaam"),
        date_of_birth=reader.when("geboortedatum"),
    )
    row.person = PersonInput(
        gender=reader.choice("geslacht", GENDERS, "onbekend"),
        nationality=reader.lookup("nationaliteit", countries.match, countries.UNKNOWN),
        municipality=municipality,
    )
    row.comensha_consent = reader.choice("toestemming_comensha", YES_NO_UNKNOWN, "onbekend")
    row.handover_consent = reader.choice("toestemming_overdracht", YES_NO_UNKNOWN, "onbekend")
    row.note = reader.text("notitie", MAX_NOTE)
    forms = reader.forms()
    melder = reader.choice("melder", MELDERS, "anders")
    status = reader.choice("status", STATUSES, "vermoedelijk")
    aangifte = reader.choice("aangifte", AANGIFTE, "onbekend")
    if when is None:
        return
    row.registration = RegistrationInput(
        date=when, status=status, melder=melder, forms=forms, aangifte=aangifte
    )
    row.identity = None if identity.is_empty() else identity
    found = {**validate_person(row.person), **validate_registration(row.registration, today)}
    if row.identity:
        found.update(validate_identity(row.identity, today))
    row.problems += _validation_problems(found, _FIELD_COLUMNS)


def _import_key(cells: dict[str, str]) -> str:
    """Same row content → same key, so a second import of a file finds its duplicates."""
    parts = [cells.get(c, "").strip().lower() for c in _KEY_COLUMNS]
    parts += [f"{c}={cells[c].strip().lower()}" for c in _LATER_COLUMNS if cells.get(c, "").strip()]
    canonical = "\x1f".join(parts)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
