"""Which tables an annual report prints when it is made again.

A report is a release of its year family and public: whoever holds two versions compares
them. So by default a year whose report was released gets *that* report's figures again
(a snapshot, like an export released before); late registrations are then not in it.
With `correction` the report counts the year as the vault holds it now: its Comensha and
Gemeente tables are the corrections of those profiles (made now, or the one made before
with the same data — see export_service._prepare_correction), and its effect tables are
corrected in the same way, against every earlier version of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from emp_desktop.domain.region import Region
from emp_desktop.privacy import corrections, profiles
from emp_desktop.privacy.disclosure import DisclosureControlFailed, ProtectedTable, protect
from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.tables import Table
from emp_desktop.services import export_service
from emp_desktop.services.export_codec import protected_from_json
from emp_desktop.services.region_service import region_for_period
from emp_desktop.storage import release_repo
from emp_desktop.storage.vault import OpenVault

REPORT_PROFILE = "jaarverslag"
EFFECT_TABLES = ("veiligheidsplan", "schuldhulp", "ggz")


@dataclass(frozen=True)
class ReportTables:
    comensha: dict[str, ProtectedTable]
    gemeente: dict[str, ProtectedTable]
    effects: dict[str, ProtectedTable]
    region: Region
    revision: int = 1
    plan: list[ProtectedTable] = field(default_factory=list)
    freezes: dict[str, dict] = field(default_factory=dict)


def _by_name(tables: list[ProtectedTable]) -> dict[str, ProtectedTable]:
    return {pt.table.name: pt for pt in tables}


@dataclass(frozen=True)
class _Released:
    id: int
    revision: int
    tables: str
    region: str | None


def report_revisions(opened: OpenVault, period: Period) -> list[_Released]:
    """The year's released reports, oldest revision first."""
    with opened.transaction() as session:
        rows = [
            _Released(r.id, r.revision, r.tables, r.region)
            for r in release_repo.family(session, period.year.label)
            if r.profile == REPORT_PROFILE and r.period == period.label
        ]
    return sorted(rows, key=lambda r: (r.revision, r.id))


def newest_report(opened: OpenVault, period: Period) -> ReportTables | None:
    """The tables of the newest released report of the year, as they were printed."""
    rows = report_revisions(opened, period)
    if not rows:
        return None
    row = rows[-1]
    tables = [protected_from_json(t) for t in json.loads(row.tables)]
    comensha_names = set(profiles.CONTROLLED_TABLES["comensha"])
    region = Region.from_json(row.region) if row.region else region_for_period(opened, period)
    return ReportTables(
        comensha=_by_name([pt for pt in tables if pt.table.name in comensha_names]),
        gemeente=_by_name(
            [
                pt
                for pt in tables
                if pt.table.name not in comensha_names and pt.table.name not in EFFECT_TABLES
            ]
        ),
        effects=_by_name([pt for pt in tables if pt.table.name in EFFECT_TABLES]),
        region=region,
        revision=row.revision,
    )


def _correction_or_newest(
    opened: OpenVault, profile: str, period: Period, threshold: int
) -> tuple[list[ProtectedTable], Region | None]:
    """This profile's tables for the year as it is now: a new correction, or the one some
    release of the year (an export, a report) already made with the same data."""
    try:
        preview = export_service.prepare_export(
            opened, profile, period.label, threshold, correction=True
        )
        return preview.protected, preview.region
    except export_service.NothingNewSinceRevision as same:
        names = set(profiles.CONTROLLED_TABLES[profile])
        tables = [
            pt
            for pt in export_service.family_tables(opened, period.year)
            if pt.release == same.params["label"] and pt.table.name in names
        ]
        return list(_by_name(tables).values()), None


def corrected(
    opened: OpenVault, period: Period, threshold: int, effect_tables: list[Table]
) -> ReportTables:
    """The report's tables for the year as the vault holds it now (CorrectionRefused with
    the reason while that is not safe)."""
    comensha, _ = _correction_or_newest(opened, "comensha", period, threshold)
    gemeente, region = _correction_or_newest(opened, "gemeente", period, threshold)
    label = comensha[0].release
    newest = newest_report(opened, period)
    if newest is not None and any(pt.release == label for pt in newest.comensha.values()):
        return newest  # corrected before with the same data: that version again
    family = export_service.family_tables(opened, period.year)
    earlier = [
        pt
        for pt in family
        if pt.table.name in EFFECT_TABLES
        and pt.release.split("#")[0] == period.label
        and pt.release != label
    ]
    if export_service.small_total_change(effect_tables, earlier, threshold):
        raise export_service.CorrectionRefused(
            detail="Het aantal cliënten in een traject is sinds het vorige jaarverslag met "
            f"minder dan {threshold} veranderd; dat verschil zou hen aanwijzen."
        )
    prior = [*family, *comensha, *gemeente]
    try:
        effects = protect(
            effect_tables,
            threshold,
            prior,
            release=label,
            corrects=tuple(sorted({pt.release for pt in earlier})),
            hidden_before=corrections.hidden_before(earlier),
        )
    except (DisclosureControlFailed, ValueError) as refused:
        raise export_service.CorrectionRefused(detail=str(refused)) from None
    revisions = report_revisions(opened, period)
    return ReportTables(
        comensha=_by_name(comensha),
        gemeente=_by_name(gemeente),
        effects=_by_name(effects),
        region=region or region_for_period(opened, period),
        revision=max((r.revision for r in revisions), default=1) + 1,
    )
