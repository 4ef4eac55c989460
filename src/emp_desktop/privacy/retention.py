"""Retention (bewaartermijn): how long each tier is kept after closing — pure functions.

Tiers: `adviesvraag` (an advice question or short contact: counted from its date, the
day it was answered), `signaal` (a report without a care trajectory) and `client`
(a person in care), both counted from the closing date of the person's case. A case
that was never closed never expires. The defaults and their sources are documented in
the README; the organisation sets its own in Instellingen or with `emp-cli retention`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TIERS = ("adviesvraag", "signaal", "client")
MAX_YEARS = 100


@dataclass(frozen=True)
class RetentionPolicy:
    """Years after closing; the defaults are explained in README (Bewaartermijnen)."""

    adviesvraag: int = 2
    signaal: int = 5
    client: int = 20

    def years(self, tier: str) -> int:
        return getattr(self, tier)

    def is_valid(self) -> bool:
        return all(1 <= self.years(t) <= MAX_YEARS for t in TIERS)


def expires_on(closed_on: date, years: int) -> date:
    """The day the retention ends; 29 February rolls to 28 February."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return closed_on.replace(year=closed_on.year + years, day=28)


def is_expired(closed_on: str | None, tier: str, policy: RetentionPolicy, today: date) -> bool:
    if not closed_on:
        return False
    return expires_on(date.fromisoformat(closed_on[:10]), policy.years(tier)) <= today


TIER_LABELS = {"adviesvraag": "adviesvraag", "signaal": "signaal", "client": "cliënt"}


def policy_text(policy: RetentionPolicy) -> str:
    """Dutch, for the subject-access document: the real policy of this vault."""
    return (
        f"Cliëntdossier: {policy.client} jaar na afsluiting; signaal zonder traject: "
        f"{policy.signaal} jaar na afsluiting; adviesvraag: {policy.adviesvraag} jaar. "
        "Daarna worden identiteit en vrije tekst gewist; alleen een anonieme, gecodeerde "
        "registratie blijft voor de statistiek."
    )
