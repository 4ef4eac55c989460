"""Release periods: a calendar year ("2025") or a quarter ("2025Q3"), nothing else.

Free date ranges are refused on purpose: two releases over overlapping ranges (1 Jan–31 Mar
and 1 Jan–7 Apr) differ by a week, and that difference can single out one person. With fixed
periods the only overlaps are a year and its quarters, and disclosure control models those
exactly (a year is the sum of its four quarters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"([0-9]{4})(?:Q([1-4]))?")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    label: str

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.fullmatch(text.strip().upper()) if isinstance(text, str) else None
        if match is None or int(match.group(1)) < 1900:
            raise ValueError(
                f"Ongeldige periode {text!r}: geef een jaar (2025) of een kwartaal (2025Q3); "
                "vrije datumbereiken zijn niet toegestaan"
            )
        year = int(match.group(1))
        if match.group(2) is None:
            return cls(date(year, 1, 1), date(year, 12, 31), f"{year}")
        quarter = int(match.group(2))
        return cls(*_quarter_bounds(year, quarter), f"{year}Q{quarter}")

    @property
    def is_year(self) -> bool:
        return "Q" not in self.label

    @property
    def year(self) -> Period:
        return Period.parse(self.label[:4])

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def quarters(self) -> tuple[Period, ...]:
        if not self.is_year:
            raise ValueError(f"Periode {self.label} is een kwartaal, geen jaar")
        return tuple(Period.parse(f"{self.label}Q{q}") for q in range(1, 5))

    def __str__(self) -> str:
        return self.label


def _quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * quarter - 2
    start = date(year, first_month, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, first_month + 3, 1)
    return start, date.fromordinal(end.toordinal() - 1)
