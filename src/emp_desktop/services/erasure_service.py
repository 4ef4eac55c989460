"""Erasure on request (AVG art. 17) and the persons list by code, for administrators.

`erase_person` removes identity and free text and keeps the coded registration as an
anonymous record (storage/erasure.py says exactly which columns), writes one audit entry
with the code and the reason (never a name: a reason that contains one of the person's
name parts is refused, because the audit trail can never be edited afterwards), then
compacts the database so no page in the file or the WAL keeps the old values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from emp_desktop.domain.errors import (
    AlreadyErased,
    ErasureReasonMissing,
    ErasureReasonNamesPerson,
    PersonNotFound,
)
from emp_desktop.domain.rotation import horizon_text
from emp_desktop.domain.vocabulary import fold
from emp_desktop.services import backup_schedule
from emp_desktop.storage import audit, erasure
from emp_desktop.storage.registry_models import Person
from emp_desktop.storage.vault import OpenVault

REASON_MIN, REASON_MAX = 3, 300
_PARTICLES = {"van", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "la", "le"}

GOES = (
    "identiteit (naam, aliassen, geboortedatum, telefoon, adres)",
    "notities en 'met wie' van contactmomenten",
    "omschrijvingen van zorgdoelen, incidenten, termijnen en actiepunten",
    "besluiten over deze persoon in overleggen; de code in notulen",
    "concepten (drafts) van deze persoon",
    "kopieën van vóór een schema-upgrade in de kluismap",
)
STAYS = (
    "de pseudoniemcode als anoniem record",
    "gecodeerde meldingen: datum, status, vormen van uitbuiting, melder, aangifte, afsluiting",
    "geslacht, leeftijd bij melding, nationaliteit, woongemeente (gecodeerd)",
    "verwijzingen, ZRM-scores, uitkomsten, toestemmingen en datum/vorm van contacten",
    "het leveringsregister: eerder geleverde cijfers blijven reproduceerbaar",
)


@dataclass(frozen=True)
class PersonSummary:
    code: str
    tier: str
    registration_year: int | None
    status: str | None
    closed: str | None
    erased: bool


@dataclass(frozen=True)
class ErasurePlan:
    code: str
    goes: tuple[str, ...]
    stays: tuple[str, ...]
    backup_horizon: str


@dataclass(frozen=True)
class ErasureResult:
    code: str
    erased_on: str
    wal_cleared: bool
    upgrade_copies_removed: int


def persons_overview(opened: OpenVault) -> list[PersonSummary]:
    """Every person by code — never identity — for scripts that address persons by code."""
    with opened.transaction() as session:
        rows = session.execute(
            select(
                Person.code,
                Person.tier,
                Person.registration_year,
                Person.status,
                Person.closed_on,
                Person.erased_on,
            ).order_by(Person.code)
        )
        return [PersonSummary(c, t, y, s, cl, e is not None) for c, t, y, s, cl, e in rows]


def erasure_plan(opened: OpenVault, code: str) -> ErasurePlan:
    """What the confirmation shows; raises for an unknown or already erased code."""
    with opened.transaction() as session:
        _erasable(session, code)
    policy = backup_schedule.schedule_settings(opened).policy
    return ErasurePlan(code.strip().upper(), GOES, STAYS, horizon_text(policy))


def erase_person(
    opened: OpenVault, code: str, reason: str, *, today: date | None = None
) -> ErasureResult:
    reason = " ".join(reason.split())
    if len(reason) < REASON_MIN or len(reason) > REASON_MAX:
        raise ErasureReasonMissing()
    on = (today or date.today()).isoformat()
    with opened.transaction() as session:
        person = _erasable(session, code)
        if _names_the_person(reason, erasure.name_parts(session, person.id)):
            raise ErasureReasonNamesPerson()
        erasure.erase_person_rows(session, person, on)
        audit.append(session, "person_erased", subject=person.code, detail={"reason": reason})
        erased_code = person.code
    return _finish(opened, erased_code, on)


def _finish(opened: OpenVault, code: str, on: str) -> ErasureResult:
    removed = erasure.remove_upgrade_copies(opened.paths.backups)
    return ErasureResult(code, on, erasure.compact(opened.engine), removed)


def _erasable(session, code: str) -> Person:  # noqa: ANN001
    person = session.scalar(select(Person).where(Person.code == code.strip().upper()))
    if person is None:
        raise PersonNotFound(code=code.strip()[:32])
    if person.erased_on is not None:
        raise AlreadyErased(code=person.code, on=person.erased_on)
    return person


def _names_the_person(reason: str, tokens: list[str]) -> bool:
    words = set(fold(reason).split())
    return any(t in words for t in tokens if len(t) >= 3 and t not in _PARTICLES)
