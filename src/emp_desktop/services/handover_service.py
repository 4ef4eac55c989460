"""Handover of one case between coordinators' vaults, with no server in between.

Each vault has an age X25519 key pair for receiving (`receiving_recipient`); the secret
half lives only inside the encrypted vault database. The sender encrypts one person —
identity, registrations, trajectory, consents, contacts — to the receiver's public
recipient, only with the person's consent for handover and after every free-text
finding is decided. The receiver decrypts, previews and imports it under a local code,
keeping the sender's code as a reference. age authenticates the payload (a changed byte
fails to decrypt), and the handover id is recorded, so a second import is refused.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.registry import IdentityInput, InvalidInput, name_tokens, pseudonym_code
from emp_desktop.privacy.freetext_guard import Resolution, TextField
from emp_desktop.services import freetext_service
from emp_desktop.services.registry_dto import PersonRef
from emp_desktop.storage import audit, handover_repo, registry_repo
from emp_desktop.storage.atomic import write_atomic
from emp_desktop.storage.handover_models import HandoverReceived, HandoverSent, VaultKey
from emp_desktop.storage.registry_models import Consent, Person, Registration
from emp_desktop.storage.vault import OpenVault

FORMAT, VERSION = "emp-overdracht", 1
MAX_FILE_BYTES = 50 * 1024 * 1024
# Free-text fields of the handover document: (section, column, field name for reports).
_FREE_TEXT = (
    ("registrations", "note", "melding.notitie"),
    ("contacts", "note", "contact.notitie"),
    ("contacts", "with_whom", "contact.met_wie"),
    ("goals", "description", "doel"),
    ("incidents", "description", "incident"),
)


class HandoverConsentMissing(EmpError):
    key = "handover_no_consent"
    exit_code = 6


class HandoverNotForThisVault(EmpError):
    key = "handover_not_for_vault"
    exit_code = 4


class HandoverDamaged(EmpError):
    key = "handover_damaged"
    exit_code = 4


class HandoverDuplicate(EmpError):
    key = "handover_duplicate"
    exit_code = 7


class HandoverNotSent(EmpError):
    key = "handover_not_sent"


class InvalidRecipient(EmpError):
    key = "handover_bad_recipient"
    exit_code = 2


@dataclass(frozen=True)
class HandoverPreview:
    handover_id: str
    sender_code: str
    sender_organisation: str
    created_at: str
    gender: str
    age: int | None
    municipality: str
    has_identity: bool
    counts: dict[str, int]


def _key(session) -> VaultKey:  # noqa: ANN001
    row = session.scalar(select(VaultKey).order_by(VaultKey.id).limit(1))
    if row is None:
        from pyrage import x25519

        identity = x25519.Identity.generate()
        row = VaultKey(
            recipient=str(identity.to_public()),
            identity=str(identity),
            created_at=datetime.now().isoformat(timespec="seconds"),
        )
        session.add(row)
        session.flush()
        audit.append(session, "handover_key_created", detail={"recipient": row.recipient})
    return row


def receiving_recipient(opened: OpenVault) -> str:
    """This vault's public age recipient ("age1…"); made on first use."""
    with opened.transaction() as session:
        return _key(session).recipient


def _parse_recipient(recipient: str):  # noqa: ANN202
    from pyrage import x25519

    try:
        return x25519.Recipient.from_str(recipient.strip())
    except Exception:  # noqa: BLE001 - pyrage.RecipientError and friends: all "not a key"
        raise InvalidRecipient() from None


def _has_handover_consent(session, person_id: int) -> bool:  # noqa: ANN001
    return (
        session.scalar(
            select(Consent.id).where(
                Consent.person_id == person_id,
                Consent.purpose == "overdracht",
                Consent.withdrawn_on.is_(None),
            )
        )
        is not None
    )


def _document(opened: OpenVault, person_id: int) -> tuple[str, dict]:
    with opened.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise InvalidInput({"person": "err_unknown_value"})
        if not _has_handover_consent(session, person_id):
            raise HandoverConsentMissing(code=person.code)
        return person.code, handover_repo.person_document(session, person_id)


def free_text_fields(document: dict, code: str) -> list[TextField]:
    fields = []
    for section, column, name in _FREE_TEXT:
        for index, item in enumerate(document.get(section) or []):
            value = item.get(column) or ""
            if value.strip():
                fields.append(TextField(f"{section}:{index}:{column}", name, value, code))
    return fields


def handover_fields(opened: OpenVault, person_id: int) -> list[TextField]:
    """The free text that would travel (for the GUI's findings dialog)."""
    code, document = _document(opened, person_id)
    return free_text_fields(document, code)


def _apply(document: dict, texts: dict[str, str]) -> None:
    for key, value in texts.items():
        section, index, column = key.split(":")
        document[section][int(index)][column] = value


def build_handover(
    opened: OpenVault,
    person_id: int,
    recipient: str,
    resolution: Resolution | None,
    organisation: str = "",
) -> tuple[str, bytes]:
    """(handover id, encrypted file content). Refused without consent, and while a
    free-text finding is undecided."""
    target = _parse_recipient(recipient)
    code, document = _document(opened, person_id)
    fields = free_text_fields(document, code)
    texts = freetext_service.guard(opened, "overdracht", fields, resolution, subject=code)
    _apply(document, texts)
    handover_id = str(uuid.uuid4())
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "handover_id": handover_id,
        "sender_code": code,
        "sender_organisation": organisation,
        "created_at": datetime.now().isoformat(timespec="seconds"),
        "document": document,
    }
    import pyrage

    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return handover_id, pyrage.encrypt(plain, [target])


def export_handover(
    opened: OpenVault,
    person_id: int,
    recipient: str,
    out: Path,
    resolution: Resolution | None,
    organisation: str = "",
) -> str:
    """Writes the encrypted handover file (never overwriting) and records it."""
    if out.exists():
        raise InvalidInput({"out": "err_file_exists"})
    handover_id, blob = build_handover(opened, person_id, recipient, resolution, organisation)
    write_atomic(out, blob)
    try:
        _record_sent(opened, person_id, handover_id, recipient.strip(), blob)
    except BaseException:
        out.unlink(missing_ok=True)  # no file leaves without its audit entry
        raise
    return handover_id


def _record_sent(opened: OpenVault, person_id: int, handover_id: str, recipient: str, blob: bytes):  # noqa: ANN202
    with opened.transaction() as session:
        person = session.get(Person, person_id)
        session.add(
            HandoverSent(
                person_id=person_id,
                handover_id=handover_id,
                recipient=recipient,
                sent_at=datetime.now().isoformat(timespec="seconds"),
            )
        )
        detail = {
            "handover_id": handover_id,
            "recipient": recipient,
            "sha256": hashlib.sha256(blob).hexdigest(),
        }
        audit.append(session, "handover_sent", subject=person.code, detail=detail)


def _decrypt(opened: OpenVault, blob: bytes) -> dict:
    import pyrage
    from pyrage import x25519

    with opened.transaction() as session:
        identity = x25519.Identity.from_str(_key(session).identity)
    try:
        plain = pyrage.decrypt(blob, [identity])
    except pyrage.DecryptError as error:
        # age cannot tell a file for another vault from one whose header was changed.
        if "No matching keys" in str(error):
            raise HandoverNotForThisVault() from None
        raise HandoverDamaged(detail="versleuteling") from None
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise HandoverDamaged(detail="inhoud") from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise HandoverDamaged(detail="geen overdrachtsbestand")
    if payload.get("version") != VERSION:
        raise HandoverDamaged(detail=f"versie {payload.get('version')}")
    return payload


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise HandoverDamaged(detail="bestand te groot")
        return path.read_bytes()
    except OSError:
        raise HandoverDamaged(detail="bestand niet leesbaar") from None


def _refuse_duplicate(session, payload: dict, digest: str) -> None:  # noqa: ANN001
    seen = session.scalar(
        select(HandoverReceived.id).where(
            (HandoverReceived.handover_id == str(payload.get("handover_id")))
            | (HandoverReceived.file_sha256 == digest)
        )
    )
    if seen is not None:
        raise HandoverDuplicate(code=str(payload.get("sender_code", ""))[:16])


def _preview(payload: dict) -> HandoverPreview:
    document = payload.get("document")
    if not isinstance(document, dict) or not isinstance(document.get("person"), dict):
        raise HandoverDamaged(detail="inhoud")
    person = document["person"]
    counts = {
        key: len(document.get(key) or [])
        for key in ("registrations", "contacts", "consents", "goals", "referrals", "assessments")
    }
    return HandoverPreview(
        handover_id=str(payload.get("handover_id", ""))[:36],
        sender_code=str(payload.get("sender_code", ""))[:16],
        sender_organisation=str(payload.get("sender_organisation", ""))[:120],
        created_at=str(payload.get("created_at", ""))[:32],
        gender=str(person.get("gender", "")),
        age=person.get("age") if isinstance(person.get("age"), int) else None,
        municipality=str(person.get("municipality", "")),
        has_identity=bool(document.get("identity")),
        counts=counts,
    )


def preview_handover(opened: OpenVault, path: Path) -> HandoverPreview:
    """What a handover file brings, without changing anything."""
    blob = _read(path)
    payload = _decrypt(opened, blob)
    with opened.transaction() as session:
        _refuse_duplicate(session, payload, hashlib.sha256(blob).hexdigest())
    return _preview(payload)


def _tokens(document: dict) -> set[str]:
    identity = document.get("identity") or {}
    return name_tokens(
        IdentityInput(
            first_name=str(identity.get("first_name") or ""),
            tussenvoegsel=str(identity.get("tussenvoegsel") or ""),
            surname=str(identity.get("surname") or ""),
            aliases=str(identity.get("aliases") or ""),
        )
    )


def _first_year(document: dict) -> int:
    dates = [r.get("date") for r in document.get("registrations") or [] if isinstance(r, dict)]
    years = [int(d[:4]) for d in dates if isinstance(d, str) and d[:4].isdigit()]
    return min(years) if years else date.today().year


def import_handover(opened: OpenVault, path: Path) -> tuple[PersonRef, HandoverPreview]:
    """All or nothing: a new person under a local code, with the sender's code kept."""
    blob = _read(path)
    digest = hashlib.sha256(blob).hexdigest()
    payload = _decrypt(opened, blob)
    preview = _preview(payload)
    with opened.transaction() as session:
        _refuse_duplicate(session, payload, digest)
        year = _first_year(payload["document"])
        code = pseudonym_code(year, registry_repo.next_code_sequence(session, year))
        try:
            person = handover_repo.insert_person(
                session,
                payload["document"],
                code,
                date.today().isoformat(),
                _tokens(payload["document"]),
            )
            session.flush()
        except (handover_repo.BadPayload, TypeError, ValueError, AttributeError) as error:
            raise HandoverDamaged(detail=f"veld {error}"[:60]) from None
        session.add(
            HandoverReceived(
                person_id=person.id,
                handover_id=preview.handover_id,
                file_sha256=digest,
                sender_code=preview.sender_code,
                sender_organisation=preview.sender_organisation,
                received_at=datetime.now().isoformat(timespec="seconds"),
            )
        )
        detail = {"sender_code": preview.sender_code, "handover_id": preview.handover_id}
        audit.append(session, "handover_received", subject=code, detail=detail)
        return PersonRef(person.id, code), preview


def received_from(opened: OpenVault, person_id: int) -> str | None:
    """The sender's code of a person who arrived by handover (shown as a reference)."""
    with opened.transaction() as session:
        return session.scalar(
            select(HandoverReceived.sender_code).where(HandoverReceived.person_id == person_id)
        )


def close_handed_over(opened: OpenVault, person_id: int, to: str) -> None:
    """Closes the case locally as "overgedragen aan …". Only the open registrations get a
    closure (today, reason 'overgedragen'); their date, status, forms and reporter — what
    releases of earlier periods counted — stay as they were."""
    to = to.strip()
    if not to or len(to) > 120:
        raise InvalidInput({"to": "err_required" if not to else "err_too_long"})
    today = date.today().isoformat()
    with opened.transaction() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise InvalidInput({"person": "err_unknown_value"})
        sent = session.scalars(
            select(HandoverSent)
            .where(HandoverSent.person_id == person_id)
            .order_by(HandoverSent.id.desc())
        ).first()
        if sent is None:
            raise HandoverNotSent(code=person.code)
        open_registrations = session.scalars(
            select(Registration).where(
                Registration.person_id == person_id, Registration.closed_on.is_(None)
            )
        )
        for registration in open_registrations:
            registration.closed_on = max(today, registration.date)
            registration.closure_reason = "overgedragen"
        sent.closed_on, sent.closed_to = today, to
        registry_repo.refresh_summary(session, person)
        audit.append(session, "handover_closed", subject=person.code, detail={"to": to})


def handed_over_to(opened: OpenVault, person_id: int) -> str | None:
    with opened.transaction() as session:
        return session.scalar(
            select(HandoverSent.closed_to)
            .where(HandoverSent.person_id == person_id, HandoverSent.closed_to.is_not(None))
            .order_by(HandoverSent.id.desc())
        )


def qr_png(recipient: str, scale: int = 5) -> bytes:
    """The recipient as a QR code (PNG bytes, in memory), to be scanned in person."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(recipient, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def export_findings(opened: OpenVault, person_id: int) -> list:
    """The free-text findings a handover of this person would carry (GUI dialog)."""
    return freetext_service.check(opened, handover_fields(opened, person_id))
