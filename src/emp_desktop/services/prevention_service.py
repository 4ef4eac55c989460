"""Prevention: information sessions and trainings, their reach and evaluation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import AUDIENCES, INSTITUTION_TYPES, PREVENTION_KINDS
from emp_desktop.domain.registry import require_valid
from emp_desktop.services.care_dto import PreventionView
from emp_desktop.storage.care_models import PreventionSession
from emp_desktop.storage.vault import OpenVault


def _errors(view: PreventionView) -> dict[str, str]:
    errors = {}
    checks = (
        ("kind", view.kind in PREVENTION_KINDS.codes, "err_choice"),
        ("institution_type", view.institution_type in INSTITUTION_TYPES.codes, "err_choice"),
        ("audience", view.audience in AUDIENCES.codes, "err_choice"),
        ("municipality", municipalities.is_valid(view.municipality), "err_municipality"),
        ("participants", 0 <= view.participants <= 10_000, "err_number"),
        ("signals_followed", 0 <= view.signals_followed <= 1_000, "err_number"),
        (
            "evaluation_score",
            view.evaluation_score is None or 1 <= view.evaluation_score <= 10,
            "err_score",
        ),
        (
            "date",
            date(2000, 1, 1).isoformat() <= view.date <= date.today().isoformat()
            and len(view.date) == 10,
            "err_date",
        ),
    )
    for name, ok, key in checks:
        if not ok:
            errors[name] = key
    return errors


def record_session(opened: OpenVault, view: PreventionView) -> int:
    require_valid(_errors(view))
    with opened.transaction() as session:
        fields = {k: v for k, v in view.__dict__.items() if k != "id"}
        row = PreventionSession(**fields)
        session.add(row)
        session.flush()
        return row.id


def sessions(opened: OpenVault, year: int | None = None) -> list[PreventionView]:
    with opened.transaction() as session:
        query = select(PreventionSession).order_by(PreventionSession.date.desc())
        if year:
            query = query.where(PreventionSession.date.like(f"{year}-%"))
        return [
            PreventionView(
                r.id,
                r.kind,
                r.date,
                r.institution_type,
                r.municipality,
                r.audience,
                r.participants,
                r.evaluation_score,
                r.signals_followed,
            )
            for r in session.scalars(query)
        ]
