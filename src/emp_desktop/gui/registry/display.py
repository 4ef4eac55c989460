"""How registry values read on screen: vocabulary labels, municipality names, Dutch dates.

Stored values are codes and ISO dates; the GUI shows labels in the running language
and dates as dd-mm-jjjj through QLocale, never through strftime.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, Qt

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.vocabulary import Vocabulary
from emp_desktop.gui.translation import language

DATE_FORMAT = "dd-MM-yyyy"
DATETIME_FORMAT = "dd-MM-yyyy HH:mm"


def collator() -> QCollator:
    """Natural, accent-aware order of the running language ('s-Hertogenbosch near H)."""
    sorter = QCollator(QLocale())
    sorter.setNumericMode(True)
    sorter.setIgnorePunctuation(True)
    return sorter


def label(vocabulary: Vocabulary, code: str | None) -> str:
    if not code:
        return ""
    try:
        return vocabulary.label(code, language())
    except KeyError:
        return code  # a code from a newer vocabulary: show it rather than nothing


def labels(vocabulary: Vocabulary, codes: tuple[str, ...]) -> str:
    return ", ".join(label(vocabulary, code) for code in codes)


def municipality_name(code: str | None) -> str:
    return municipalities.name(code) if code else ""


def country_name(code: str | None) -> str:
    return countries.name(code, language()) if code else ""


def date_text(value: str | date | None) -> str:
    """An ISO date (or the date part of an ISO date-time) as dd-mm-jjjj; '' for none."""
    if not value:
        return ""
    if isinstance(value, date):
        value = value.isoformat()
    day = QDate.fromString(value[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, DATE_FORMAT) if day.isValid() else value


def datetime_text(value: str | datetime | None) -> str:
    if not value:
        return ""
    if isinstance(value, datetime):
        value = value.isoformat(timespec="minutes")
    moment = QDateTime.fromString(value[:16], "yyyy-MM-ddTHH:mm")
    return QLocale().toString(moment, DATETIME_FORMAT) if moment.isValid() else value


def parse_date(text: str) -> date | None:
    """dd-mm-jjjj (also d-m-jjjj, with / or .) or jjjj-mm-dd; None when unreadable."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    parts = cleaned.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    if len(parts[0]) == 4:
        parts.reverse()
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) != 4:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime | None:
    """dd-mm-jjjj uu:mm; a date alone means midnight."""
    day_part, _, time_part = text.strip().partition(" ")
    day = parse_date(day_part)
    if day is None:
        return None
    if not time_part.strip():
        return datetime(day.year, day.month, day.day)
    hours, _, minutes = time_part.strip().replace(".", ":").partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        return None
    try:
        return datetime(day.year, day.month, day.day, int(hours), int(minutes))
    except ValueError:
        return None


def today_text() -> str:
    return QLocale().toString(QDate.currentDate(), DATE_FORMAT)


def now_text() -> str:
    return QLocale().toString(QDateTime.currentDateTime(), DATETIME_FORMAT)
