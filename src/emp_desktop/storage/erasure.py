"""Erasure in the database: what goes, what stays, and no freed page keeping old values.

Goes: the identity and its name tokens, every free text about the person (contact
notes and "with whom", next action, care-goal and incident descriptions, deadline
notes, meeting decisions and action items about them, their code in meeting minutes)
and drafts that belong to them. Stays, anonymous: the person row's coded attributes,
registrations, consents, referrals, ZRM scores, outcomes and contact dates/modes —
what released tables and the release register's snapshots counted, so every released
figure reproduces. `secure_delete` (a connection setting) zeroes what is deleted; the
WAL is then checkpointed and truncated and the freed pages are vacuumed away.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from emp_desktop.storage.care_models import (
    ActionItem,
    CareGoal,
    Deadline,
    Meeting,
    MeetingCase,
    SafetyIncident,
)
from emp_desktop.storage.registry_models import (
    AdviceQuestion,
    Contact,
    Draft,
    Identity,
    NameToken,
    Person,
)

ERASED_MARK = "[gewist]"
_AUTO_VACUUM_INCREMENTAL = 2


def name_parts(session: Session, person_id: int) -> list[str]:
    """The folded name tokens, to refuse an erasure reason that names the person."""
    return list(session.scalars(select(NameToken.token).where(NameToken.person_id == person_id)))


def erase_person_rows(session: Session, person: Person, today: str) -> None:
    pid = person.id
    session.execute(delete(NameToken).where(NameToken.person_id == pid))
    session.execute(delete(Identity).where(Identity.person_id == pid))
    session.execute(update(Contact).where(Contact.person_id == pid).values(note="", with_whom=""))
    session.execute(update(CareGoal).where(CareGoal.person_id == pid).values(description=""))
    session.execute(
        update(SafetyIncident).where(SafetyIncident.person_id == pid).values(description="")
    )
    session.execute(update(Deadline).where(Deadline.person_id == pid).values(note=""))
    session.execute(
        update(ActionItem).where(ActionItem.person_id == pid).values(description=ERASED_MARK)
    )
    session.execute(update(MeetingCase).where(MeetingCase.person_id == pid).values(decision=""))
    _scrub_minutes(session, person.code)
    _delete_drafts(session, pid, person.code)
    person.next_action = None
    person.next_action_on = None
    person.erased_on = today


def _scrub_minutes(session: Session, code: str) -> None:
    """Minutes name cases by code only; the code no longer links to what was said."""
    for meeting in session.scalars(select(Meeting).where(Meeting.minutes.contains(code))):
        meeting.minutes = meeting.minutes.replace(code, ERASED_MARK)


def _delete_drafts(session: Session, person_id: int, code: str) -> None:
    for draft in session.scalars(select(Draft)):
        if draft.key == f"person:{person_id}" or _draft_mentions(draft.payload, person_id, code):
            session.delete(draft)


def _draft_mentions(payload: str, person_id: int, code: str) -> bool:
    if code in payload:
        return True
    try:
        document = json.loads(payload)
    except ValueError:
        return False
    if not isinstance(document, dict):
        return False
    return person_id in (document.get("_person"), document.get("person_id"))


def anonymise_advice_rows(session: Session, advice_ids: list[int], today: str) -> None:
    """An advice question has no personal fields; only its free text can hold any."""
    for start in range(0, len(advice_ids), 500):  # bounded IN lists
        chunk = advice_ids[start : start + 500]
        session.execute(
            update(AdviceQuestion)
            .where(AdviceQuestion.id.in_(chunk))
            .values(advice="", anonymised_on=today)
        )


def compact(engine: Engine) -> bool:
    """Freed pages vacuumed away and the WAL emptied; False if a reader kept the WAL."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        if conn.execute("PRAGMA auto_vacuum").fetchone()[0] != _AUTO_VACUUM_INCREMENTAL:
            # Once per vault: switching to incremental vacuum needs one full VACUUM.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            conn.execute("VACUUM")
        else:
            conn.execute("PRAGMA incremental_vacuum").fetchall()
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        raw.close()
    return busy == 0


def remove_upgrade_copies(backup_dir: Path) -> int:
    """Copies made before schema upgrades predate the erasure and would keep its data."""
    removed = 0
    for copy in backup_dir.glob("voor-upgrade-*.db"):
        copy.unlink(missing_ok=True)
        removed += 1
    return removed
