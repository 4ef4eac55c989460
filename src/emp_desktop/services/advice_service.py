"""Advice questions as a list of their own: find, open, correct and delete (audited).

An advice question (adviesvraag / kort contact) holds no personal data, but it is a
figure in the Gemeente export and the annual report; a wrong one must be correctable,
and a deletion leaves a trace in the audit trail (what was deleted and why).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select

from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.registry import AdviceInput, require_valid, validate_advice
from emp_desktop.storage import audit
from emp_desktop.storage.registry_models import AdviceQuestion
from emp_desktop.storage.vault import OpenVault

MAX_REASON = 200
# How the audit trail names a corrected field (Dutch, as the trail is read by people).
FIELD_NAMES = {
    "date": "datum",
    "organisation_type": "type organisatie",
    "topic": "onderwerp",
    "municipality": "gemeente",
    "duration_minutes": "duur",
    "advice": "advies",
}


@dataclass(frozen=True)
class AdviceQuery:
    """Empty fields filter nothing; `search` looks in the advice text and topic code."""

    search: str = ""
    year: int | None = None
    organisation_type: str | None = None
    topic: str | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class AdviceView:
    id: int
    date: date
    organisation_type: str
    topic: str
    municipality: str
    duration_minutes: int
    advice: str


class AdviceNotFound(EmpError):
    key = "advice_not_found"
    exit_code = 2


class ReasonRequired(EmpError):
    key = "reason_required"
    exit_code = 2


def _filtered(statement: Select, query: AdviceQuery) -> Select:
    if query.year is not None:
        statement = statement.where(
            AdviceQuestion.date.between(f"{query.year}-01-01", f"{query.year}-12-31")
        )
    for column, value in (
        (AdviceQuestion.organisation_type, query.organisation_type),
        (AdviceQuestion.topic, query.topic),
        (AdviceQuestion.municipality, query.municipality),
    ):
        if value:
            statement = statement.where(column == value)
    words = query.search.lower().split()
    for word in words:
        pattern = f"%{word}%"
        statement = statement.where(
            or_(func.lower(AdviceQuestion.advice).like(pattern), AdviceQuestion.topic.like(pattern))
        )
    return statement


def _view(row: AdviceQuestion) -> AdviceView:
    return AdviceView(
        id=row.id,
        date=date.fromisoformat(row.date),
        organisation_type=row.organisation_type,
        topic=row.topic,
        municipality=row.municipality,
        duration_minutes=row.duration_minutes,
        advice=row.advice,
    )


def count_advice(opened: OpenVault, query: AdviceQuery) -> int:
    with opened.transaction() as session:
        return session.scalar(_filtered(select(func.count(AdviceQuestion.id)), query)) or 0


def list_advice(
    opened: OpenVault, query: AdviceQuery, offset: int = 0, limit: int = 200
) -> list[AdviceView]:
    """Newest first: the question just typed in is at the top."""
    statement = _filtered(select(AdviceQuestion), query).order_by(
        AdviceQuestion.date.desc(), AdviceQuestion.id.desc()
    )
    with opened.transaction() as session:
        rows = session.scalars(statement.offset(offset).limit(limit))
        return [_view(row) for row in rows]


def first_page(
    opened: OpenVault, query: AdviceQuery, limit: int = 200
) -> tuple[int, list[AdviceView]]:
    return count_advice(opened, query), list_advice(opened, query, 0, limit)


def advice_detail(opened: OpenVault, advice_id: int) -> AdviceView:
    with opened.transaction() as session:
        row = session.get(AdviceQuestion, advice_id)
        if row is None:
            raise AdviceNotFound()
        return _view(row)


def update_advice(opened: OpenVault, advice_id: int, advice: AdviceInput) -> None:
    """A correction; the audit trail records which fields changed, never the advice text."""
    from emp_desktop.services.registry_service import _today  # one 'today' for validation

    require_valid(validate_advice(advice, _today()))
    with opened.transaction() as session:
        row = session.get(AdviceQuestion, advice_id)
        if row is None:
            raise AdviceNotFound()
        new = {
            "date": advice.date.isoformat(),
            "organisation_type": advice.organisation_type,
            "topic": advice.topic,
            "municipality": advice.municipality,
            "duration_minutes": advice.duration_minutes,
            "advice": advice.advice.strip(),
        }
        changed = [FIELD_NAMES[k] for k, v in new.items() if getattr(row, k) != v]
        for key, value in new.items():
            setattr(row, key, value)
        if changed:
            audit.append(
                session, "advice_changed", detail={"adviesvraag": advice_id, "velden": changed}
            )


def delete_advice(opened: OpenVault, advice_id: int, reason: str) -> None:
    """Deleted for good, with the reason and the question's date in the audit trail."""
    reason = " ".join(reason.split())
    if not reason or len(reason) > MAX_REASON:
        raise ReasonRequired()
    with opened.transaction() as session:
        row = session.get(AdviceQuestion, advice_id)
        if row is None:
            raise AdviceNotFound()
        detail = {"adviesvraag": advice_id, "datum": row.date, "reden": reason}
        session.delete(row)
        audit.append(session, "advice_deleted", detail=detail)
