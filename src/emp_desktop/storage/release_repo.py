"""Reads and writes of the release register and the frozen quarters (see release_models).

A *year family* is every release whose period lies in one calendar year: the year, its
quarters, the annual report, record extracts and corrections. Releases are read together by
their recipients, so they are audited together; these queries hand out exactly that set.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from emp_desktop.storage.release_models import CONFIRMED, FrozenQuarter, Release


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def family(session: Session, year: str) -> list[Release]:
    """Every release of the year family, pending ones included, oldest first."""
    query = select(Release).where(Release.period.like(f"{year}%")).order_by(Release.id)
    return list(session.scalars(query))


def frozen(session: Session, quarters: list[str]) -> dict[str, dict]:
    rows = session.scalars(select(FrozenQuarter).where(FrozenQuarter.quarter.in_(quarters)))
    return {row.quarter: json.loads(row.data) for row in rows}


def freeze(session: Session, quarter: str, release_id: int, data: dict) -> None:
    """Keeps what a quarter's first release counted; a quarter is frozen once."""
    if session.get(FrozenQuarter, quarter) is None:
        session.add(
            FrozenQuarter(
                quarter=quarter,
                release_id=release_id,
                frozen_at=_now(),
                data=json.dumps(data, sort_keys=True),
            )
        )


def add_release(session: Session, **fields: object) -> int:
    row = Release(created_at=_now(), **fields)
    session.add(row)
    session.flush()
    return row.id


def confirm(session: Session, release_id: int, manifest_sha256: str) -> None:
    row = session.get(Release, release_id)
    row.status = CONFIRMED
    row.manifest_sha256 = manifest_sha256


def all_releases(session: Session) -> list[Release]:
    return list(session.scalars(select(Release).order_by(Release.id.desc())))


def withdraw(session: Session, release_id: int) -> None:
    """Removes a pending release that never left, with the quarters it froze."""
    row = session.get(Release, release_id)
    if row is None or row.status == CONFIRMED:
        return
    for quarter in session.scalars(
        select(FrozenQuarter).where(FrozenQuarter.release_id == release_id)
    ):
        session.delete(quarter)
    session.delete(row)
