"""Documents with personal data (subject access, handover) — only ever as encrypted
files — and meeting agendas/minutes with pseudonym codes only. Every document written
is recorded in the audit trail."""

from __future__ import annotations

from datetime import date, datetime

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.care import CARE_DOMAINS, PHASES
from emp_desktop.domain.rotation import horizon_text
from emp_desktop.domain.vocabulary import (
    CONSENT_PURPOSES,
    CONSENT_SIGNERS,
    CONTACT_MODES,
    EXPLOITATION_FORMS,
    GENDERS,
    MELDERS,
    STATUSES,
)
from emp_desktop.privacy.freetext_guard import Resolution
from emp_desktop.privacy.retention import policy_text
from emp_desktop.reports import documents, meeting
from emp_desktop.reports.dto import (
    Consent,
    Field,
    HandoverData,
    MeetingAction,
    MeetingCase,
    MeetingData,
    RecordTable,
    SubjectAccessData,
)
from emp_desktop.services import (
    backup_schedule,
    care_service,
    network_service,
    registry_service,
    retention_service,
    vault_service,
)
from emp_desktop.services.care_service import ConsentRequired
from emp_desktop.services.document_guard import guard_meeting, guard_summary
from emp_desktop.storage.vault import OpenVault


def _nl_date(iso: str | None) -> str:
    return date.fromisoformat(iso[:10]).strftime("%d-%m-%Y") if iso else ""


def _registration_fields(detail) -> tuple[Field, ...]:  # noqa: ANN001
    fields = [
        Field("Pseudoniemcode", detail.code),
        Field("Geslacht", GENDERS.label(detail.gender)),
        Field("Leeftijd bij melding", "" if detail.age is None else str(detail.age)),
        Field("Nationaliteit", countries.name(detail.nationality)),
        Field("Woongemeente", municipalities.name(detail.municipality)),
    ]
    for reg in detail.registrations:
        forms = ", ".join(EXPLOITATION_FORMS.label(f) for f in reg.forms)
        fields.append(
            Field(
                f"Melding {_nl_date(reg.date)}",
                f"{STATUSES.label(reg.status)}; {forms}; melder "
                f"{MELDERS.label(reg.melder)}; aangifte {reg.aangifte}",
            )
        )
    return tuple(fields)


def _identity_fields(identity) -> tuple[Field, ...]:  # noqa: ANN001
    if identity is None:
        return (Field("Identiteit", "Niet vastgelegd (signaal zonder identiteit)"),)
    return (
        Field("Naam", identity.display_name),
        Field("Aliassen", identity.aliases),
        Field(
            "Geboortedatum",
            identity.date_of_birth.strftime("%d-%m-%Y") if identity.date_of_birth else "",
        ),
        Field(
            "Geschatte leeftijd",
            "" if identity.estimated_age is None else str(identity.estimated_age),
        ),
        Field("Telefoon", identity.phone),
        Field("Adres", identity.address),
    )


def _subject_access_data(opened: OpenVault, person_id: int) -> SubjectAccessData:
    detail = registry_service.person_detail(opened, person_id)
    identity = registry_service.reveal_identity(opened, person_id)
    traject = care_service.trajectory(opened, person_id)
    contacts = registry_service.contacts_of(opened, person_id, limit=100_000)
    audit_lines = vault_service.audit_log(opened, subject=detail.code)
    return SubjectAccessData(
        organisation_name=vault_service.organisation_name(opened) or "EMP",
        pseudonym=detail.code,
        registration=_registration_fields(detail),
        identity=_identity_fields(identity),
        contacts=RecordTable(
            ("Datum", "Vorm", "Met wie", "Duur (min)", "Notitie"),
            tuple(
                (
                    _nl_date(c.at),
                    CONTACT_MODES.label(c.mode),
                    c.with_whom,
                    str(c.duration_minutes),
                    c.note,
                )
                for c in contacts
            ),
        ),
        trajectory=RecordTable(
            ("Onderdeel", "Omschrijving", "Status", "Datum"),
            (
                ("Fase", PHASES.label(traject.phase), traject.intensity, ""),
                *(("Doel", g.description, g.status, _nl_date(g.created_on)) for g in traject.goals),
                *(
                    (
                        "Verwijzing",
                        f"{r.organisation} ({CARE_DOMAINS.label(r.domain)})",
                        r.status,
                        _nl_date(r.requested_on),
                    )
                    for r in traject.referrals
                ),
            ),
        ),
        assessments=RecordTable(
            ("Datum", "Editie", "Moment", "Scores"),
            tuple(
                (
                    _nl_date(a.assessed_on),
                    a.edition,
                    a.moment,
                    ", ".join(f"{d}: {s}" for d, s in a.scores.items()),
                )
                for a in traject.assessments
            ),
        ),
        consents=RecordTable(
            ("Doel", "Gegeven op", "Door", "Ingetrokken op"),
            tuple(
                (
                    CONSENT_PURPOSES.label(c.purpose),
                    _nl_date(c.given_on),
                    CONSENT_SIGNERS.label(c.signer),
                    _nl_date(c.withdrawn_on),
                )
                for c in detail.consents
            ),
        ),
        audit_entries=RecordTable(
            ("Tijdstip", "Gebruiker", "Handeling"),
            tuple(
                (line.at.replace("T", " ")[:16], line.actor, line.action) for line in audit_lines
            ),
        ),
        generated_at=datetime.now(),
        recipients=tuple(sorted({r.organisation for r in traject.referrals})),
        retention=_retention_text(opened),
    )


def _retention_text(opened: OpenVault) -> str:
    """This vault's real policy, and how long automatic backups can still hold erased data."""
    policy = retention_service.retention_policy(opened)
    rotation = backup_schedule.schedule_settings(opened).policy
    return f"{policy_text(policy)} {horizon_text(rotation)}"


def subject_access_pdf(opened: OpenVault, person_id: int, password: str) -> bytes:
    """AVG art. 15: everything on one person, as an AES-256 encrypted PDF."""
    data = _subject_access_data(opened, person_id)
    pdf = documents.render_subject_access(data, password)
    vault_service.record_event(
        opened, "subject_access_export", {"format": "pdf"}, subject=data.pseudonym
    )
    return pdf


def subject_access_container(opened: OpenVault, person_id: int, password: str) -> bytes:
    """The same content as JSON in an encrypted container, for portability."""
    data = _subject_access_data(opened, person_id)
    blob = documents.encrypted_json_container(documents.subject_access_payload(data), password)
    vault_service.record_event(
        opened, "subject_access_export", {"format": "json"}, subject=data.pseudonym
    )
    return blob


def handover_pdf(
    opened: OpenVault,
    person_id: int,
    recipient: str,
    summary: str,
    password: str,
    resolution: Resolution | None = None,
) -> bytes:
    """Handover to a care partner: only with the person's consent for care and referral."""
    detail = registry_service.person_detail(opened, person_id)
    consent = next((c for c in detail.consents if c.purpose == "zorg" and c.active), None)
    if consent is None:
        raise ConsentRequired()
    summary = guard_summary(opened, summary, detail.code, resolution)  # before any rendering
    identity = registry_service.reveal_identity(opened, person_id)
    traject = care_service.trajectory(opened, person_id)
    latest = traject.assessments[-1:] if traject.assessments else ()
    data = HandoverData(
        organisation_name=vault_service.organisation_name(opened) or "EMP",
        recipient_organisation=recipient,
        pseudonym=detail.code,
        consent=Consent(
            CONSENT_PURPOSES.label("zorg"),
            date.fromisoformat(consent.given_on),
            CONSENT_SIGNERS.label(consent.signer),
        ),
        identity=_identity_fields(identity)[:3],
        summary=summary,
        risks=(
            Field("Minderjarig", "ja" if detail.flag_minor else "nee"),
            Field("LVB", "ja" if detail.flag_lvb else "nee"),
        ),
        trajectory=RecordTable(
            ("Verwijzing", "Domein", "Status"),
            tuple(
                (r.organisation, CARE_DOMAINS.label(r.domain), r.status) for r in traject.referrals
            ),
        ),
        assessments=RecordTable(
            ("Datum", "Scores"),
            tuple(
                (_nl_date(a.assessed_on), ", ".join(f"{d}: {s}" for d, s in a.scores.items()))
                for a in latest
            ),
        ),
        coordinator_contact="",
        generated_at=datetime.now(),
    )
    pdf = documents.render_handover(data, password)
    vault_service.record_event(
        opened, "handover_export", {"recipient": recipient}, subject=detail.code
    )
    return pdf


def _meeting_data(opened: OpenVault, meeting_id: int, *, agenda: bool) -> MeetingData:
    """An agenda follows up the open actions of earlier meetings; minutes list this one's."""
    view = network_service.meeting(opened, meeting_id)
    actions = network_service.open_actions_before(opened, meeting_id) if agenda else view.actions
    return MeetingData(
        organisation_name=vault_service.organisation_name(opened) or "EMP",
        kind=view.kind,
        date=date.fromisoformat(view.date),
        attending_organisations=view.attendees,
        cases=tuple(
            MeetingCase(c.code, PHASES.label(c.phase), c.intensity, c.decision) for c in view.cases
        ),
        actions=tuple(
            MeetingAction(a.code, a.description, a.owner, date.fromisoformat(a.due_on))
            for a in actions
        ),
        minutes=view.minutes,
    )


def meeting_agenda_pdf(
    opened: OpenVault, meeting_id: int, resolution: Resolution | None = None
) -> bytes:
    data = _meeting_data(opened, meeting_id, agenda=True)
    pdf = meeting.render_meeting_agenda(guard_meeting(opened, data, "agenda", resolution))
    vault_service.record_event(opened, "meeting_agenda_printed", {"meeting": meeting_id})
    return pdf


def meeting_minutes_pdf(
    opened: OpenVault, meeting_id: int, resolution: Resolution | None = None
) -> bytes:
    data = _meeting_data(opened, meeting_id, agenda=False)
    pdf = meeting.render_meeting_minutes(guard_meeting(opened, data, "notulen", resolution))
    vault_service.record_event(opened, "meeting_minutes_printed", {"meeting": meeting_id})
    return pdf


MINIMUM_PASSWORD_LENGTH = 12


def save_document(path, data: bytes) -> None:  # noqa: ANN001 - Path
    """Writes an (already encrypted) document atomically; never overwrites silently —
    the file dialog has asked."""
    from emp_desktop.storage.atomic import write_atomic

    write_atomic(path, data)
