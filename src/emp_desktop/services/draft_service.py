"""Drafts: unsaved edits kept in the vault (encrypted like everything in it), so that
neither closing a window nor the idle lock loses what a coordinator typed.

The GUI saves a draft whenever it locks or closes with unsaved changes and offers it
back after unlock; a saved or discarded form deletes its draft.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from emp_desktop.storage.registry_models import Draft
from emp_desktop.storage.vault import OpenVault

MAX_DRAFT_BYTES = 256 * 1024


@dataclass(frozen=True)
class DraftView:
    key: str
    payload: dict
    updated_at: str


def save_draft(opened: OpenVault, key: str, payload: dict) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise ValueError("draft too large")
    with opened.transaction() as session:
        session.merge(
            Draft(
                key=key[:64],
                payload=text,
                updated_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        )


def load_draft(opened: OpenVault, key: str) -> DraftView | None:
    with opened.transaction() as session:
        row = session.get(Draft, key)
        return DraftView(row.key, json.loads(row.payload), row.updated_at) if row else None


def discard_draft(opened: OpenVault, key: str) -> None:
    with opened.transaction() as session:
        row = session.get(Draft, key)
        if row is not None:
            session.delete(row)


def list_drafts(opened: OpenVault) -> list[DraftView]:
    with opened.transaction() as session:
        rows = session.scalars(select(Draft).order_by(Draft.updated_at.desc()))
        return [DraftView(r.key, json.loads(r.payload), r.updated_at) for r in rows]
