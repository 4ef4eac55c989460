"""The audit trail: who unlocked, changed keys, backed up, restored, revealed, exported.

Each entry's hash covers its content and the previous entry's hash, so editing,
deleting or reordering any entry breaks the chain. The number of entries and the last
hash are also kept in `vault_meta` (updated in the same transaction), so cutting off
the newest entries is detected as well.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from emp_desktop.domain.errors import AuditChainBroken
from emp_desktop.storage.models import AuditEntry, VaultMeta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    actor: str
    action: str
    subject: str | None
    detail: dict


def _entry_hash(
    entry_id: int,
    at: str,
    actor: str,
    action: str,
    subject: str | None,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps([entry_id, at, actor, action, subject, detail, prev_hash])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    meta = session.get(VaultMeta, HEAD_KEY)
    if meta is None:
        return 0, GENESIS
    head = json.loads(meta.value)
    return int(head["count"]), str(head["hash"])


COORDINATOR_KEY = "coordinator_name"


def current_actor(session: Session | None = None) -> str:
    """The coordinator's profile name set in the wizard (or in Instellingen); the login
    name of the computer only for a vault that has none (a shared laptop logs in as one
    user, and 'root' says nothing about who revealed an identity)."""
    if session is not None:
        named = session.get(VaultMeta, COORDINATOR_KEY)
        if named is not None and named.value.strip():
            return named.value.strip()
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name available (service account)
        return "onbekend"


def append(
    session: Session, action: str, subject: str | None = None, detail: dict | None = None
) -> AuditRecord:
    count, prev_hash = _head(session)
    entry_id = count + 1
    at = datetime.now(UTC).isoformat(timespec="seconds")
    actor = current_actor(session)
    detail_text = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
    digest = _entry_hash(entry_id, at, actor, action, subject, detail_text, prev_hash)
    session.add(
        AuditEntry(
            id=entry_id,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            detail=detail_text,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    session.merge(VaultMeta(key=HEAD_KEY, value=json.dumps({"count": entry_id, "hash": digest})))
    return AuditRecord(entry_id, at, actor, action, subject, detail or {})


def verify(session: Session) -> int:
    """Checks the whole chain; returns the number of entries or raises AuditChainBroken."""
    expected_prev, expected_id = GENESIS, 1
    for row in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        recomputed = _entry_hash(
            row.id, row.at, row.actor, row.action, row.subject, row.detail, row.prev_hash
        )
        if row.id != expected_id or row.prev_hash != expected_prev or row.hash != recomputed:
            raise AuditChainBroken(entry=row.id)
        expected_prev, expected_id = row.hash, expected_id + 1
    count, head_hash = _head(session)
    if count != expected_id - 1 or head_hash != expected_prev:
        raise AuditChainBroken(entry=expected_id)
    return count


def entries(
    session: Session, limit: int | None = None, subject: str | None = None
) -> list[AuditRecord]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if subject is not None:
        query = query.where(AuditEntry.subject == subject)
    if limit:
        query = query.limit(limit)
    return [
        AuditRecord(r.id, r.at, r.actor, r.action, r.subject, json.loads(r.detail))
        for r in session.scalars(query)
    ]
