"""Reads and one print action the care screens need beyond care/network services:
the contact persons of an organisation, the consultations and safety incidents as
lists (the other services only count them), and saving a meeting's agenda or minutes
as a PDF file.

Agenda and minutes leave the vault as plain PDFs: document_service builds them from
pseudonym codes only (reports.dto.MeetingCase refuses anything else) and audits them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from emp_desktop.domain.registry import InvalidInput
from emp_desktop.services import document_service
from emp_desktop.storage.atomic import write_atomic
from emp_desktop.storage.care_models import (
    Consultation,
    ContactPerson,
    Organisation,
    SafetyIncident,
)
from emp_desktop.storage.vault import OpenVault


@dataclass(frozen=True)
class ContactPersonView:
    id: int
    name: str
    role: str
    phone: str
    email: str


@dataclass(frozen=True)
class ConsultationView:
    id: int
    organisation: str
    date: str
    topic: str
    duration_minutes: int


@dataclass(frozen=True)
class IncidentView:
    id: int
    occurred_on: str
    description: str


def contact_persons(opened: OpenVault, organisation_id: int) -> list[ContactPersonView]:
    with opened.transaction() as session:
        rows = session.scalars(
            select(ContactPerson)
            .where(ContactPerson.organisation_id == organisation_id)
            .order_by(ContactPerson.name)
        )
        return [ContactPersonView(c.id, c.name, c.role, c.phone, c.email) for c in rows]


def consultations(opened: OpenVault, year: int) -> list[ConsultationView]:
    with opened.transaction() as session:
        rows = session.execute(
            select(Consultation, Organisation.name)
            .join(Organisation)
            .where(Consultation.date.like(f"{year}-%"))
            .order_by(Consultation.date.desc(), Consultation.id.desc())
        )
        return [
            ConsultationView(c.id, name, c.date, c.topic, c.duration_minutes) for c, name in rows
        ]


def incidents(opened: OpenVault, person_id: int) -> list[IncidentView]:
    with opened.transaction() as session:
        rows = session.scalars(
            select(SafetyIncident)
            .where(SafetyIncident.person_id == person_id)
            .order_by(SafetyIncident.occurred_on.desc())
        )
        return [IncidentView(i.id, i.occurred_on, i.description) for i in rows]


def save_meeting_pdf(opened: OpenVault, meeting_id: int, document: str, path: Path) -> int:
    """Writes the agenda or the minutes (document_service renders and audits them)
    atomically to `path`; returns the size. Both hold pseudonym codes only."""
    render = {
        "agenda": document_service.meeting_agenda_pdf,
        "minutes": document_service.meeting_minutes_pdf,
    }.get(document)
    if render is None:
        raise InvalidInput({"document": "err_choice"})
    if not path.parent.is_dir():
        raise InvalidInput({"path": "err_required"})
    pdf = render(opened, meeting_id)
    write_atomic(path, pdf)
    return len(pdf)
