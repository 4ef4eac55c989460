"""Reads and one print action the care screens need beyond care/network services:
the contact persons of an organisation, the consultations and safety incidents as
lists (the other services only count them), and the zorgoverleg agenda as a PDF file.

The agenda leaves the vault as a plain PDF, so it is built from pseudonym codes only
(reports.dto.MeetingCase refuses anything else) and every print is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from emp_desktop.domain.care import INTENSITIES, PHASES
from emp_desktop.domain.registry import InvalidInput
from emp_desktop.reports.dto import MeetingAction, MeetingCase, MeetingData
from emp_desktop.reports.meeting import render_meeting_agenda
from emp_desktop.services import network_service, vault_service
from emp_desktop.services.care_dto import MeetingView
from emp_desktop.storage import audit
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


def _previous_open_actions(opened: OpenVault, view: MeetingView) -> list[MeetingAction]:
    """Open action items of the previous meeting of the same kind: agenda item 2."""
    earlier = [
        mid
        for mid, kind, on in network_service.meetings(opened)
        if kind == view.kind and on < view.date
    ]
    if not earlier:
        return []
    previous = network_service.meeting(opened, earlier[0])  # meetings() is newest first
    return [
        MeetingAction(a.code, a.description, a.owner, date.fromisoformat(a.due_on))
        for a in previous.actions
        if a.done_on is None
    ]


def meeting_agenda_data(opened: OpenVault, meeting_id: int) -> MeetingData:
    view = network_service.meeting(opened, meeting_id)
    return MeetingData(
        organisation_name=vault_service.organisation_name(opened) or "EMP",
        kind=view.kind,
        date=date.fromisoformat(view.date),
        attending_organisations=view.attendees,
        cases=tuple(
            MeetingCase(c.code, PHASES.label(c.phase), INTENSITIES.label(c.intensity))
            for c in view.cases
        ),
        actions=tuple(_previous_open_actions(opened, view)),
    )


def save_meeting_agenda(opened: OpenVault, meeting_id: int, path: Path) -> int:
    """Renders the agenda, writes it atomically to `path`, audits it; returns its size."""
    if not path.parent.is_dir():
        raise InvalidInput({"path": "err_required"})
    pdf = render_meeting_agenda(meeting_agenda_data(opened, meeting_id))
    write_atomic(path, pdf)
    with opened.transaction() as session:
        audit.append(
            session, "meeting_agenda_printed", detail={"meeting": meeting_id, "file": path.name}
        )
    return len(pdf)
