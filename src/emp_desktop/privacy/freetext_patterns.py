"""Patterns for Dutch personal data that a name-oriented de-identifier does not check:
the BSN elfproef, the IBAN checksum, Dutch licence plates, postcodes, street addresses,
phone numbers (Dutch and international) and dates of birth.

Each function takes a text and yields (kind, start, end). Numbers are validated (elfproef,
mod 97) so that an ordinary 9-digit number or a case code is not reported as a BSN.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

Span = tuple[str, int, int]

_BSN = re.compile(r"(?<![\w.-])(\d{3})[ .-]?(\d{3})[ .-]?(\d{3})(?![\w-]|[.,]\d)")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30})\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
_PHONE_INTL = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){6,11}(?!\d)"
)
_PHONE_NL = re.compile(r"(?<![\w+-])0\d(?:[ .-]?\d){8}(?![\d-])")
_POSTCODE = re.compile(
    r"\b[1-9]\d{3} ?(?!SA|SD|SS|sa|sd|ss)(?:[A-Z]{2}|[a-z]{2})\b(?: ?\d{1,5}(?: ?[a-zA-Z]\b)?)?"
)
_STREET_SUFFIX = (
    "straat|laan|weg|plein|gracht|singel|kade|dijk|hof|dreef|pad|steeg|markt|park|baan|"
    "allee|ring|boulevard|dam|wal|veld|akker|erf|haven|burcht|hoeve|donk|hout|veste|pleintje"
)
_STREET = re.compile(
    r"\b(?:[A-Z][\w'-]*\s+){0,3}[A-Z]?[a-zà-ÿ'-]*(?:" + _STREET_SUFFIX + r")\s+\d{1,5}"
    r"(?:\s?-?\s?[a-zA-Z]\b|\s?-\s?\d{1,4}|\s(?:hs|bis|I{1,3})\b)?",
)
_PLATE_SHAPES = (
    r"[A-Z]{2}-\d{2}-\d{2}",
    r"\d{2}-\d{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{2}-\d{2}",
    r"[A-Z]{2}-\d{2}-[A-Z]{2}",
    r"[A-Z]{2}-[A-Z]{2}-\d{2}",
    r"\d{2}-[A-Z]{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{3}-\d",
    r"\d-[A-Z]{3}-\d{2}",
    r"[A-Z]{2}-\d{3}-[A-Z]",
    r"[A-Z]-\d{3}-[A-Z]{2}",
    r"[A-Z]{3}-\d{2}-[A-Z]",
    r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}",
    r"\d{3}-[A-Z]{2}-\d",
)
_PLATE = re.compile(r"(?<![\w-])(?:" + "|".join(_PLATE_SHAPES) + r")(?![\w-])")
_PLATE_CONTEXT = re.compile(r"\bkenteken(?:nummer)?\s*:?\s*([A-Z0-9]{6})\b", re.IGNORECASE)
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE_NUMERIC = re.compile(r"(?<![\w-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\w-])")
_DATE_ISO = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_DATE_WORDS = re.compile(r"\b(\d{1,2})\s+(?:" + _MONTHS + r")\.?\s+(\d{4})\b", re.IGNORECASE)
_BIRTH_CONTEXT = re.compile(r"(?:geboren|geb\.|geboortedatum|verjaardag|dob)\D{0,12}$", re.I)
# A date this many years back is more likely a birth date than an appointment.
_BIRTH_YEARS_BACK = 10


def elfproef(digits: str) -> bool:
    """The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not zero)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0 and total != 0


def iban_valid(candidate: str) -> bool:
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def bsn(text: str) -> Iterator[Span]:
    for m in _BSN.finditer(text):
        if elfproef("".join(m.groups())):
            yield "bsn", m.start(), m.end()


def iban(text: str) -> Iterator[Span]:
    for m in _IBAN.finditer(text):
        value = m.group(1)
        # the pattern may run on into a following word; the longest valid prefix counts
        for end in range(len(value), 14, -1):
            if value[end - 1] != " " and iban_valid(value[:end]):
                yield "iban", m.start(), m.start() + end
                break


def email(text: str) -> Iterator[Span]:
    for m in _EMAIL.finditer(text):
        yield "email", m.start(), m.end()


def phone(text: str) -> Iterator[Span]:
    for m in _PHONE_INTL.finditer(text):
        yield "telefoon", m.start(), m.end()
    for m in _PHONE_NL.finditer(text):
        yield "telefoon", m.start(), m.end()


def postcode(text: str) -> Iterator[Span]:
    for m in _POSTCODE.finditer(text):
        yield "postcode", m.start(), m.end()


def street_address(text: str) -> Iterator[Span]:
    for m in _STREET.finditer(text):
        yield "adres", m.start(), m.end()


def licence_plate(text: str) -> Iterator[Span]:
    for m in _PLATE.finditer(text):
        value = m.group(0)
        if any(c.isalpha() for c in value) and any(c.isdigit() for c in value):
            yield "kenteken", m.start(), m.end()
    for m in _PLATE_CONTEXT.finditer(text):
        value = m.group(1)
        if any(c.isalpha() for c in value) and any(c.isdigit() for c in value):
            yield "kenteken", m.start(1), m.end(1)


def _plausible(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _is_birth_date(text: str, start: int, when: date, today: date) -> bool:
    if _BIRTH_CONTEXT.search(text[max(0, start - 30) : start]):
        return True
    return 1900 <= when.year <= today.year - _BIRTH_YEARS_BACK


def birth_date(text: str, today: date | None = None) -> Iterator[Span]:
    today = today or date.today()
    for m in _DATE_NUMERIC.finditer(text):
        when = _plausible(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if when and _is_birth_date(text, m.start(), when, today):
            yield "geboortedatum", m.start(), m.end()
    for m in _DATE_ISO.finditer(text):
        when = _plausible(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if when and _is_birth_date(text, m.start(), when, today):
            yield "geboortedatum", m.start(), m.end()
    for m in _DATE_WORDS.finditer(text):
        when = _plausible(int(m.group(2)), 1, int(m.group(1)) if int(m.group(1)) <= 28 else 1)
        if when and _is_birth_date(text, m.start(), when, today):
            yield "geboortedatum", m.start(), m.end()


ALL = (bsn, iban, email, phone, postcode, street_address, licence_plate)


def find_all(text: str, today: date | None = None) -> list[Span]:
    spans: list[Span] = []
    for finder in ALL:
        spans.extend(finder(text))
    spans.extend(birth_date(text, today))
    return spans
