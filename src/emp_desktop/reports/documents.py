"""Documents that carry personal data: the AVG art. 15 subject-access report and the
handover (overdracht) to a care partner. Both leave only encrypted.

The plaintext PDF exists only as bytes in memory: ReportLab writes into a BytesIO, pypdf
reads that buffer and writes the AES-256 (PDF 2.0 security handler, /V 5 /R 6) encrypted
copy into another BytesIO. Nothing is written to disk here; the caller saves the result.
"""

from __future__ import annotations

import io
import secrets
from dataclasses import asdict

from pypdf import PdfReader, PdfWriter
from reportlab.platypus import Flowable, Spacer

from emp_desktop.reports.blocks import field_list, record_table
from emp_desktop.reports.container import encrypted_json_container
from emp_desktop.reports.dto import Field, HandoverData, RecordTable, SubjectAccessData
from emp_desktop.reports.layout import (
    PdfMeta,
    build_pdf,
    dutch_date,
    dutch_datetime,
    heading,
    para,
    register_fonts,
    styles,
    text_blocks,
)

__all__ = [
    "encrypt_pdf",
    "encrypted_json_container",
    "render_handover",
    "render_subject_access",
    "subject_access_payload",
]

# The PDF R6 handler derives its key with fast SHA-2 rounds, far cheaper to guess than
# Argon2id, so a short password would be the weak point of an otherwise strong file.
MIN_PASSWORD_LENGTH = 12
CONFIDENTIAL = "Vertrouwelijk – bevat persoonsgegevens"


def _notice() -> Flowable:
    style = styles()["cell_bold"].clone("Notice", textColor="#9b1c1c", spaceAfter=6)
    return para(CONFIDENTIAL, style)


def check_password(password: str) -> None:
    if len(password.strip()) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"kies een wachtwoord van minstens {MIN_PASSWORD_LENGTH} tekens")


def encrypt_pdf(plain_pdf: bytes, password: str) -> bytes:
    """AES-256 encrypt a PDF held in memory. The owner password is random and thrown
    away: nobody needs it, and a guessable one would weaken the file."""
    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain_pdf)))
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(32), algorithm="AES-256"
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_subject_access(data: SubjectAccessData, password: str) -> bytes:
    """Everything held on one person, as an AES-256 encrypted PDF."""
    check_password(password)  # before any rendering: fail fast, hold nothing needlessly
    register_fonts()
    story: list[Flowable] = [
        heading("Inzage persoonsgegevens (AVG artikel 15)"),
        _notice(),
        field_list(_request_fields(data)),
        Spacer(1, 8),
        para(
            "Dit overzicht bevat alle gegevens die in EMP Desktop over u zijn vastgelegd, "
            "en informatie over hoe deze worden verwerkt."
        ),
    ]
    sections: tuple[tuple[str, tuple[Field, ...] | RecordTable], ...] = (
        ("1. Identiteit", data.identity),
        ("2. Registratie", data.registration),
        ("3. Contactmomenten", data.contacts),
        ("4. Hulpverleningstraject", data.trajectory),
        ("5. Metingen (zelfredzaamheid)", data.assessments),
        ("6. Toestemmingen", data.consents),
        ("7. Wie heeft uw gegevens ingezien of gewijzigd", data.audit_entries),
    )
    for title, content in sections:
        story += [heading(title, 2), _content(content)]
    story += [heading("8. Over de verwerking", 2), field_list(_processing_fields(data))]
    meta = PdfMeta(
        title="Inzage persoonsgegevens (AVG art. 15)",
        author=data.organisation_name,
        subject="Overzicht van verwerkte persoonsgegevens",
        footer=f"{CONFIDENTIAL} · {data.organisation_name}",
    )
    return encrypt_pdf(build_pdf(story, meta), password)


def _content(content: tuple[Field, ...] | RecordTable) -> Flowable:
    return record_table(content) if isinstance(content, RecordTable) else field_list(content)


def _request_fields(data: SubjectAccessData) -> list[Field]:
    fields = [
        Field("Verwerkingsverantwoordelijke", data.organisation_name),
        Field("Dossiercode", data.pseudonym),
    ]
    if data.requested_on:
        fields.append(Field("Verzoek ontvangen op", dutch_date(data.requested_on)))
    fields.append(Field("Overzicht gemaakt op", dutch_datetime(data.generated_at)))
    return fields


def _processing_fields(data: SubjectAccessData) -> list[Field]:
    return [
        Field("Doelen", data.purposes),
        Field("Ontvangers", ", ".join(data.recipients) or "Geen"),
        Field("Bewaartermijn", data.retention or "—"),
        Field("Herkomst van de gegevens", data.source or "Van uzelf en van de melder"),
        Field("Uw rechten", data.rights),
        Field("Contact", data.contact or data.organisation_name),
    ]


def render_handover(data: HandoverData, password: str) -> bytes:
    """A handover summary for one receiving care partner, AES-256 encrypted. The DTO
    cannot be built without a consent, and the consent is printed first."""
    check_password(password)
    register_fonts()
    story: list[Flowable] = [
        heading("Overdracht zorgcoördinatie mensenhandel"),
        _notice(),
        field_list(_handover_fields(data)),
        heading("Persoonsgegevens", 2),
        field_list(data.identity),
        heading("Samenvatting", 2),
        *text_blocks(data.summary),
        heading("Risico’s en aandachtspunten", 2),
        field_list(data.risks),
        heading("Traject: doorverwijzingen en doelen", 2),
        record_table(data.trajectory),
        heading("Laatste meting zelfredzaamheid (ZRM)", 2),
        record_table(data.assessments),
        heading("Contact", 2),
        para(data.coordinator_contact),
    ]
    meta = PdfMeta(
        title="Overdracht zorgcoördinatie mensenhandel",
        author=data.organisation_name,
        subject=f"Overdracht aan {data.recipient_organisation}",
        footer=f"{CONFIDENTIAL} · {data.organisation_name}",
    )
    return encrypt_pdf(build_pdf(story, meta), password)


def _handover_fields(data: HandoverData) -> list[Field]:
    consent = data.consent
    given = f"{consent.purpose} – gegeven op {dutch_date(consent.given_on)} door {consent.signer}"
    return [
        Field("Van", data.organisation_name),
        Field("Aan", data.recipient_organisation),
        Field("Dossiercode", data.pseudonym),
        Field("Toestemming", given),
        Field("Opgesteld op", dutch_datetime(data.generated_at)),
    ]


def subject_access_payload(data: SubjectAccessData) -> dict:
    """The same content as the PDF as plain JSON types, for `encrypted_json_container`:
    machine-readable, as AVG art. 20 (portability) prefers."""

    def table(records: RecordTable) -> list[dict[str, str]]:
        return [dict(zip(records.columns, row, strict=True)) for row in records.rows]

    def fields(items: tuple[Field, ...]) -> list[dict[str, str]]:
        return [asdict(item) for item in items]

    return {
        "document": "inzage-avg-art-15",
        "organisation": data.organisation_name,
        "pseudonym": data.pseudonym,
        "requested_on": data.requested_on.isoformat() if data.requested_on else None,
        "generated_at": data.generated_at.isoformat(),
        "identity": fields(data.identity),
        "registration": fields(data.registration),
        "contacts": table(data.contacts),
        "trajectory": table(data.trajectory),
        "assessments": table(data.assessments),
        "consents": table(data.consents),
        "audit": table(data.audit_entries),
        "processing": fields(tuple(_processing_fields(data))),
    }
