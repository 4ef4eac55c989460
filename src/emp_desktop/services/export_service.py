"""Exports that leave the laptop: prepare (tables protected and audited, for the preview),
then write — only after confirmation, only if the audit passes, atomically, registered.

Profiles: `comensha` (aggregate tables), `gemeente` (Lenferink monitoring per
municipality) and `comensha-records` (a k-anonymous record extract with keyed pseudonyms).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.region import Region
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import (
    DisclosureControlFailed,
    ProtectedTable,
    audit,
    method_summary,
    protect,
)
from emp_desktop.privacy.kanonymity import is_k_anonymous, k_anonymize
from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.pseudonyms import keyed_pseudonym, new_recipient_key
from emp_desktop.privacy.tables import Table
from emp_desktop.services.export_codec import protected_from_json, protected_to_json
from emp_desktop.services.region_service import REGION_PROFILES, region_for_period, region_note
from emp_desktop.storage import stats_repo
from emp_desktop.storage.release_models import RecipientKey, Release
from emp_desktop.storage.vault import OpenVault

PROFILES = ("comensha", "gemeente", "comensha-records")
RECIPIENTS = {
    "comensha": "Comensha",
    "gemeente": "Gemeenten (monitoring)",
    "comensha-records": "Comensha",
}
DEFAULT_THRESHOLD, DEFAULT_K = 5, 5


class ExportRefused(EmpError):
    """The audit found a cell that could be narrowed down: nothing is written."""

    key = "export_refused"
    exit_code = 6


class DisclosureFailed(EmpError):
    """No suppression pattern protects every cell of this period: nothing may leave."""

    key = "disclosure_failed"
    exit_code = 6


class InvalidPeriod(EmpError):
    key = "invalid_period"
    exit_code = 2


@dataclass(frozen=True)
class ExportPreview:
    profile: str
    period: str
    recipient: str
    threshold: int
    protected: list[ProtectedTable]
    open_tables: list[Table] = field(default_factory=list)
    records: list[dict[str, str]] = field(default_factory=list)
    k: int | None = None
    suppressed_records: int = 0
    levels: dict[str, int] = field(default_factory=dict)
    region: Region | None = None  # the region it is made for (None: does not depend on it)
    region_note: str = ""  # Dutch: why it is not the region set now (a year keeps its region)

    @property
    def hidden_cells(self) -> int:
        return sum(len(pt.hidden) for pt in self.protected)


def parse_period(label: str) -> Period:
    try:
        return Period.parse(label)
    except ValueError:
        raise InvalidPeriod(period=label) from None


def _period_bounds(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), period.end.isoformat()


def prior_releases(opened: OpenVault, profile: str, period: Period) -> list[ProtectedTable]:
    """Published tables of earlier releases whose period overlaps: of this profile, and the
    same tables as they appeared in an annual report (which prints them too)."""
    names = set(profiles.CONTROLLED_TABLES.get(profile, ()))
    with opened.transaction() as session:
        rows = session.query(Release).filter(Release.profile.in_((profile, "jaarverslag"))).all()
        found: list[ProtectedTable] = []
        for row in rows:
            if not parse_period(row.period).overlaps(period):
                continue
            tables = [protected_from_json(t) for t in json.loads(row.tables)]
            if row.profile == "jaarverslag":
                tables = [
                    pt for pt in tables if pt.table.name in names and pt.release == row.period
                ]
            found += tables
        return found


def _gemeente_data(session, start: str, end: str) -> dict:  # noqa: ANN001
    active = stats_repo.active_cases(session, start, end)
    ids = {r["person_id"] for r in active}
    improved = stats_repo.zrm_improvement(session, ids, end)
    new = stats_repo.new_registrations(session, start, end)
    aangifte = {r["person_id"]: r["aangifte"] == "ja" for r in new}
    return {
        "new_registrations": new,
        "active_cases": active,
        "advice_questions": stats_repo.advice_questions(session, start, end),
        "referrals": stats_repo.referrals(session, start, end),
        "prevention": stats_repo.prevention(session, start, end),
        "meetings": stats_repo.meetings_held(session, start, end),
        "outcomes": [
            {"zrm": improved.get(pid), "aangifte": aangifte.get(pid, False)} for pid in sorted(ids)
        ],
    }


def prepare_export(
    opened: OpenVault,
    profile: str,
    period_label: str,
    threshold: int = DEFAULT_THRESHOLD,
    k: int = DEFAULT_K,
) -> ExportPreview:
    """Builds and protects the tables; nothing is written. Raises DisclosureFailed when no
    suppression pattern passes the audit.

    Earlier releases of this profile whose period overlaps are the prior releases, the same
    period included: prepared again with the same data (a second export, the annual report)
    it gets the pattern it was released with; with data changed since (late or corrected
    registrations) it is refused, because both releases together would show the change.
    The reason, in Dutch and without personal data, is the error's `detail`."""
    if profile not in PROFILES:
        raise InvalidPeriod(period=profile)
    if not 3 <= threshold <= 10:
        raise InvalidPeriod(period=f"drempel {threshold}")
    period = parse_period(period_label)
    start, end = _period_bounds(period)
    if profile == "comensha-records":
        return _prepare_records(opened, period, start, end, k)
    prior = prior_releases(opened, profile, period)
    region = region_for_period(opened, period) if profile == "gemeente" else None
    with opened.transaction() as session:
        if profile == "comensha":
            tables = profiles.comensha_tables(stats_repo.new_registrations(session, start, end))
            open_tables: list[Table] = []
        else:
            tables, open_tables = profiles.gemeente_tables(
                _gemeente_data(session, start, end), region, threshold
            )
    try:
        protected = protect(tables, threshold, prior, release=period.label)
    except DisclosureControlFailed as refused:
        raise DisclosureFailed(detail=str(refused)) from None
    note = region_note(opened, region, period) if region else ""
    return ExportPreview(
        profile,
        period.label,
        RECIPIENTS[profile],
        threshold,
        protected,
        open_tables,
        region=region,
        region_note=note,
    )


def _recipient_key(session, recipient: str) -> bytes:  # noqa: ANN001
    row = session.get(RecipientKey, recipient)
    if row is None:
        row = RecipientKey(
            recipient=recipient,
            key=new_recipient_key(),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        session.add(row)
    return row.key


def _prepare_records(
    opened: OpenVault, period: Period, start: str, end: str, k: int
) -> ExportPreview:
    region = region_for_period(opened, period)
    with opened.transaction() as session:
        key = _recipient_key(session, "Comensha")
        consented = stats_repo.comensha_consented(session)
        rows = [
            r
            for r in stats_repo.new_registrations(session, start, end)
            if r["person_id"] in consented
        ]
        vault_id = opened.keyslots.vault_id
        records = [
            profiles.extract_record(r, region, keyed_pseudonym(key, f"{vault_id}:{r['person_id']}"))
            for r in rows
        ]
    result = k_anonymize(records, profiles.QUASI_IDENTIFIERS, profiles.HIERARCHIES, k)
    return ExportPreview(
        "comensha-records",
        period.label,
        "Comensha",
        k,
        [],
        [],
        sorted(result.records, key=lambda r: r["pseudoniem"]),
        k,
        result.suppressed,
        dict(result.levels),
        region,
        region_note(opened, region, period),
    )


def check_before_writing(opened: OpenVault, preview: ExportPreview) -> None:
    """The independent audit, run again on exactly what would be written."""
    if preview.profile == "comensha-records":
        if not is_k_anonymous(preview.records, profiles.QUASI_IDENTIFIERS, preview.k or 0):
            raise ExportRefused(detail="record extract is not k-anonymous")
        return
    prior = prior_releases(opened, preview.profile, parse_period(preview.period))
    try:
        failures = audit(preview.protected, preview.threshold, prior)
    except DisclosureControlFailed as refused:  # the period was released since preparing
        raise ExportRefused(detail=str(refused)) from None
    if failures:
        raise ExportRefused(detail=f"{len(failures)} cellen terug te rekenen")


def register_release(
    opened: OpenVault, preview: ExportPreview, files: dict[str, str], manifest_sha256: str
) -> None:
    from emp_desktop.storage import audit as audit_log

    with opened.transaction() as session:
        session.add(
            Release(
                profile=preview.profile,
                period=preview.period,
                recipient=preview.recipient,
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                threshold=preview.threshold,
                manifest_sha256=manifest_sha256,
                files=json.dumps(files, sort_keys=True),
                tables=json.dumps([protected_to_json(pt) for pt in preview.protected]),
                region=preview.region.to_json() if preview.region else None,
            )
        )
        audit_log.append(
            session,
            "export",
            detail={
                "profile": preview.profile,
                "period": preview.period,
                "recipient": preview.recipient,
                "files": sorted(files),
            },
        )


@dataclass(frozen=True)
class ReleaseView:
    id: int
    profile: str
    period: str
    recipient: str
    created_at: str
    threshold: int
    files: dict[str, str]
    manifest_sha256: str
    region: str = ""  # the region it was made for ("" when the profile does not depend on it)


def _region_name(row: Release) -> str:
    if row.region:
        return Region.from_json(row.region).name
    return Region.from_json(None).name if row.profile in REGION_PROFILES else ""


def release_register(opened: OpenVault) -> list[ReleaseView]:
    with opened.transaction() as session:
        rows = session.query(Release).order_by(Release.id.desc()).all()
        return [
            ReleaseView(
                r.id,
                r.profile,
                r.period,
                r.recipient,
                r.created_at,
                r.threshold,
                json.loads(r.files),
                r.manifest_sha256,
                _region_name(r),
            )
            for r in rows
        ]


__all__ = [
    "DisclosureControlFailed",
    "ExportPreview",
    "ExportRefused",
    "method_summary",
    "prepare_export",
    "release_register",
]
