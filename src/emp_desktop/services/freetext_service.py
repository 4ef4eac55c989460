"""The free-text guard over the vault: scan every free-text field (`notes scan`), and
check the free text of a document before it is written (`guard`).

Findings are reported by person code, field and kind — never with the text they
matched. Decisions to keep a finding are audited with their reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.registry import InvalidInput
from emp_desktop.domain.vocabulary import fold
from emp_desktop.privacy import freetext
from emp_desktop.privacy.freetext import NameContext, OwnName
from emp_desktop.privacy.freetext_guard import (
    FieldFindings,
    Resolution,
    Resolved,
    TextField,
    Unresolved,
    findings_of,
    resolve,
)
from emp_desktop.storage import audit
from emp_desktop.storage.care_models import (
    ActionItem,
    CareGoal,
    ContactPerson,
    Deadline,
    Meeting,
    MeetingCase,
    SafetyIncident,
)
from emp_desktop.storage.registry_models import Contact, Identity, NameToken, Person, Registration
from emp_desktop.storage.vault import OpenVault

# Name particles and very short tokens are no names on their own.
_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "el",
        "al",
        "bin",
        "ben",
    ]
)


class FreeTextUnresolved(EmpError):
    """A document with free text is refused until every finding is decided."""

    key = "freetext_unresolved"
    exit_code = 6


class FreeTextReasonMissing(EmpError):
    key = "freetext_reason_missing"
    exit_code = 2


@dataclass(frozen=True)
class ScanLine:
    code: str
    field: str
    record: int | None
    kind: str
    count: int


def _others(session) -> frozenset[str]:  # noqa: ANN001
    tokens = set(session.scalars(select(NameToken.token).distinct()))
    for name in session.scalars(select(ContactPerson.name)):
        tokens.update(fold(name).split())
    return frozenset(t for t in tokens if len(t) > 2 and t not in _PARTICLES)


def _own(identity: Identity | None) -> OwnName:
    if identity is None:
        return OwnName()
    return OwnName(
        first_names=tuple(identity.first_name.split()),
        surname=" ".join(p for p in (identity.tussenvoegsel, identity.surname) if p),
        aliases=tuple(a.strip() for a in identity.aliases.split(",") if a.strip()),
    )


def contexts_for(session, codes: set[str | None]) -> dict[str | None, NameContext]:  # noqa: ANN001
    """A name context per person code (its own identity plus everyone in the vault)."""
    others = _others(session)
    contexts: dict[str | None, NameContext] = {None: NameContext(others=others)}
    wanted = [c for c in codes if c]
    if wanted:
        rows = session.execute(
            select(Person.code, Identity)
            .join(Identity, Identity.person_id == Person.id, isouter=True)
            .where(Person.code.in_(wanted))
        )
        for code, identity in rows:
            contexts[code] = NameContext(own=_own(identity), others=others)
    return contexts


def _of_person(model, text_column, key_column=None, outer: bool = False):  # noqa: ANN001, ANN202
    """(record id, person code, text) of one free-text column of a per-person table."""
    key = key_column if key_column is not None else model.id
    return select(key, Person.code, text_column).join(
        Person, Person.id == model.person_id, isouter=outer
    )


def _vault_fields(session) -> list[TextField]:  # noqa: ANN001
    """Every free-text field of the vault that belongs to a person (or to a meeting)."""
    sources = (
        ("melding.notitie", _of_person(Registration, Registration.note)),
        ("contact.notitie", _of_person(Contact, Contact.note)),
        ("contact.met_wie", _of_person(Contact, Contact.with_whom)),
        ("doel", _of_person(CareGoal, CareGoal.description)),
        ("incident", _of_person(SafetyIncident, SafetyIncident.description)),
        ("termijn.notitie", _of_person(Deadline, Deadline.note)),
        (
            "overleg.besluit",
            _of_person(MeetingCase, MeetingCase.decision, MeetingCase.meeting_id),
        ),
        ("actie", _of_person(ActionItem, ActionItem.description, outer=True)),
        ("overleg.notulen", select(Meeting.id, None, Meeting.minutes)),
        ("volgende_actie", select(Person.id, Person.code, Person.next_action)),
    )
    fields = []
    for name, query in sources:
        for record, code, value in session.execute(query):
            if value and value.strip():
                fields.append(TextField(f"{name}:{record}", name, value, code))
    return fields


def scan_vault(opened: OpenVault) -> list[ScanLine]:
    """`notes scan`: findings per person code, field and kind; no text."""
    with opened.transaction() as session:
        fields = _vault_fields(session)
        contexts = contexts_for(session, {f.person_code for f in fields})
    lines = []
    for item in findings_of(fields, contexts):
        record = int(item.field.key.rsplit(":", 1)[1])
        for kind, count in sorted(Counter(f.kind for f in item.findings).items()):
            lines.append(
                ScanLine(item.field.person_code or "-", item.field.field, record, kind, count)
            )
    return lines


def check(opened: OpenVault, fields: list[TextField]) -> list[FieldFindings]:
    """The findings in the free text of a document about to be written (for the GUI)."""
    with opened.transaction() as session:
        contexts = contexts_for(session, {f.person_code for f in fields})
    return findings_of(fields, contexts)


def guard(
    opened: OpenVault,
    document: str,
    fields: list[TextField],
    resolution: Resolution | None,
    subject: str | None = None,
) -> dict[str, str]:
    """The texts that may be printed, after every finding is decided; raises
    FreeTextUnresolved while one is open. Decisions are audited (counts, kinds and the
    reasons for keeping — never the matched text)."""
    found = check(opened, fields)
    try:
        resolved = resolve(fields, found, resolution)
    except Unresolved as open_:
        if open_.missing_reason:
            raise FreeTextReasonMissing() from None
        raise FreeTextUnresolved(count=open_.open_findings) from None
    if found:
        _audit(opened, document, resolved, subject)
    return resolved.texts


def _audit(opened: OpenVault, document: str, resolved: Resolved, subject: str | None) -> None:
    detail = {
        "document": document,
        "replaced": dict(resolved.replaced),
        "kept": dict(resolved.kept),
    }
    if resolved.reasons:
        detail["reasons"] = list(resolved.reasons)
    with opened.transaction() as session:
        audit.append(session, "freetext_decided", subject=subject, detail=detail)


def validate_reason(reason: str) -> str:
    if not reason.strip() or len(reason) > 300:
        raise InvalidInput({"reason": "err_required" if not reason.strip() else "err_too_long"})
    return reason.strip()


def warm_up() -> None:
    freetext.warm_up()


def typing_context(opened: OpenVault) -> NameContext:
    """The names the while-typing underline knows: everyone in the vault."""
    with opened.transaction() as session:
        return NameContext(others=_others(session))


def scan_while_typing(text: str, context: NameContext) -> list[freetext.Finding]:
    """Fast enough per keystroke: deduce joins in once it has loaded (off the GUI thread)."""
    return freetext.scan(text, context, use_deduce=freetext.is_loaded())


def summary_findings(opened: OpenVault, summary: str, person_id: int) -> list[FieldFindings]:
    from emp_desktop.services.document_guard import summary_fields

    with opened.transaction() as session:
        code = session.get(Person, person_id).code
    return check(opened, summary_fields(summary, code))
