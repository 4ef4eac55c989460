"""Exports that leave the laptop: prepare (tables protected and audited, for the preview),
then write — only after confirmation, only if the audit passes, atomically, registered.

Profiles: `comensha` (aggregate tables), `gemeente` (Lenferink monitoring per
municipality) and `comensha-records` (a k-anonymous record extract with keyed pseudonyms).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from emp_desktop.domain import municipalities
from emp_desktop.domain.errors import EmpError
from emp_desktop.domain.region import Region
from emp_desktop.privacy import corrections, extract_cells, profiles
from emp_desktop.privacy.disclosure import (
    DisclosureControlFailed,
    ProtectedTable,
    audit,
    method_summary,
    protect,
)
from emp_desktop.privacy.kanonymity import apply_levels, is_k_anonymous, k_anonymize
from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.pseudonyms import keyed_pseudonym, new_recipient_key
from emp_desktop.privacy.tables import TOTAL, Table, cells_with_margins
from emp_desktop.services import release_family
from emp_desktop.services.export_codec import protected_from_json, protected_to_json
from emp_desktop.services.region_service import REGION_PROFILES, region_for_period, region_note
from emp_desktop.storage import release_repo, stats_repo
from emp_desktop.storage.release_models import CONFIRMED, PENDING, RecipientKey, Release
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


class CorrectionRefused(EmpError):
    """A correction release that is not (yet) safe or not possible: nothing is written."""

    key = "correction_refused"
    exit_code = 6


class NothingNewSinceRevision(CorrectionRefused):
    """The newest revision already counts the data as it is: a plain export repeats it."""


class InvalidPeriod(EmpError):
    key = "invalid_period"
    exit_code = 2


class PeriodNotBegun(EmpError):
    key = "period_not_begun"
    exit_code = 2


class InvalidProfile(EmpError):
    key = "invalid_profile"
    exit_code = 2


class InvalidThreshold(EmpError):
    """n or k outside what the product promises (`name`, `value`, `low`, `high`)."""

    key = "invalid_threshold"
    exit_code = 2


# The product promises that no published figure counts 1..4 persons, and that every
# combination of quasi-identifiers in a record extract holds at least 5: a coordinator may
# be stricter, never looser.
THRESHOLD_RANGE, K_RANGE = (5, 10), (5, 20)


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
    # The year family: registrations and corrections that arrived after the period's data
    # was frozen by an earlier release (not in this release), the quarters this release
    # freezes, and whether it repeats a release of the same period exactly.
    late_changes: int = 0
    freezes: dict[str, dict] = field(default_factory=dict)
    reproduced: bool = False
    plan: list[ProtectedTable] = field(default_factory=list)  # see protect_in_family
    # A correction release: its revision number, the release it supersedes, and the label
    # of the tables it corrects (the difference is audited as cells of its own).
    revision: int = 1
    supersedes: int | None = None
    corrects: tuple[str, ...] = ()
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


def family_tables(opened: OpenVault, year: Period) -> list[ProtectedTable]:
    """Every table published by a release of the year family — any profile, the annual
    report, pending releases included: recipients share what they hold, and an annual
    report is public. Tables about other populations (the report's series of years) are
    left out: they carry a label that is not a period of the family."""
    labels = {year.label, *(q.label for q in year.quarters())}
    # Corrections carry the label of their period with the revision: "2025#r2".
    with opened.transaction() as session:
        rows = release_repo.family(session, year.label)
        found: list[ProtectedTable] = []
        for row in rows:
            stored = [*json.loads(row.tables), *json.loads(row.plan or "[]")]
            found += [
                pt
                for pt in map(protected_from_json, stored)
                if pt.release.split("#")[0] in labels
            ]
        return found


def released_before(opened: OpenVault, profile: str, period: Period) -> bool:
    with opened.transaction() as session:
        rows = release_repo.family(session, period.year.label)
        return any(r.profile == profile and r.period == period.label for r in rows)


def protect_in_family(
    tables: list[Table],
    period: Period,
    threshold: int,
    prior: list[ProtectedTable],
    quarters: dict[str, list[Table]] | None = None,
) -> tuple[list[ProtectedTable], list[ProtectedTable]]:
    """The tables protected together with every release of the family. A table this period
    already published (or planned) is published again exactly as it was; the rest is
    protected against everything published.

    A year whose quarters are not out yet plans them at once (`quarters`: their tables):
    protected together, the year and its four quarters are safe in any later order.
    Returns (this period's tables, the quarters' planned tables)."""
    published = {pt.table.name: pt for pt in prior if pt.release == period.label}
    new = [t for t in tables if t.name not in published]
    out_already = {(pt.release, pt.table.name) for pt in prior}
    companions = [
        (label, t)
        for label, quarter_tables in (quarters or {}).items()
        for t in quarter_tables
        if (label, t.name) not in out_already
    ]
    protected_new: dict[str, ProtectedTable] = {}
    plan: list[ProtectedTable] = []
    if new:
        result = _protect_or_refuse(new, threshold, prior, period, companions)
        protected_new = {pt.table.name: pt for pt in result[: len(new)]}
        plan = result[len(new) :]
    out = [published.get(t.name) or protected_new[t.name] for t in tables]
    return out, plan


def _protect_or_refuse(
    tables: list[Table],
    threshold: int,
    prior: list[ProtectedTable],
    period: Period,
    companions: list[tuple[str, Table]],
) -> list[ProtectedTable]:
    """protect, with the quarters planned where that is possible. Quarters too small to
    protect on their own must not keep their year from leaving: the year then leaves
    alone, and a quarter asked for later is audited against it (and may be refused)."""
    attempts = [companions, []] if companions else [[]]
    for number, planned in enumerate(attempts):
        try:
            return protect(tables, threshold, prior, release=period.label, companions=planned)
        except DisclosureControlFailed as refused:
            if number == len(attempts) - 1:
                raise DisclosureFailed(detail=str(refused)) from None
        except ValueError as inconsistent:  # tables that do not describe one population
            raise DisclosureFailed(detail=str(inconsistent)) from None
    raise AssertionError("unreachable")


def family_folding(
    prior: list[ProtectedTable],
    family: release_family.FamilyData,
    threshold: int,
    region: Region,
) -> set[str]:
    """Folded municipalities, decided once per year family: as the family's first
    municipality table showed them, else from the new reports of the whole year."""
    for pt in prior:
        if pt.table.name == "nieuwe_meldingen":
            shown = set(pt.table.categories["gemeente"])
            return {municipalities.name(c) for c in region} - shown
    return profiles.year_folding(family.flows["new_registrations"], region, threshold)


def _gemeente_data(session, family: release_family.FamilyData, period: Period) -> dict:  # noqa: ANN001
    start, end = period.start.isoformat(), period.end.isoformat()
    active = stats_repo.active_cases(session, start, end)
    ids = {r["person_id"] for r in active}
    improved = stats_repo.zrm_improvement(session, ids, end)
    new = family.rows("new_registrations", period)
    aangifte = {r["person_id"]: r["aangifte"] == "ja" for r in new}
    return {
        "new_registrations": new,
        "active_cases": active,
        "advice_questions": family.rows("advice_questions", period),
        "referrals": family.rows("referrals", period),
        "prevention": stats_repo.prevention(session, start, end),
        "meetings": stats_repo.meetings_held(session, start, end),
        "outcomes": [
            {"zrm": improved.get(pid), "aangifte": aangifte.get(pid, False)} for pid in sorted(ids)
        ],
    }


def profile_tables(
    opened: OpenVault,
    profile: str,
    period: Period,
    threshold: int,
    prior: list[ProtectedTable],
    family: release_family.FamilyData | None = None,
) -> tuple[list[Table], list[Table], release_family.FamilyData]:
    """(controlled tables, activity tables, the family data they were counted from)."""
    with opened.transaction() as session:
        family = family or release_family.load(session, period.year)
        if profile == "comensha":
            rows = family.rows("new_registrations", period)
            return profiles.comensha_tables(rows), [], family
        data = _gemeente_data(session, family, period)
    region = region_for_period(opened, period)
    folded = family_folding(prior, family, threshold, region)
    tables, open_tables = profiles.gemeente_tables(data, region, threshold, folded)
    return tables, open_tables, family


def prepare_export(
    opened: OpenVault,
    profile: str,
    period_label: str,
    threshold: int = DEFAULT_THRESHOLD,
    k: int = DEFAULT_K,
    extra_prior: list[ProtectedTable] | None = None,
    correction: bool = False,
) -> ExportPreview:
    """Builds and protects the tables; nothing is written. Raises DisclosureFailed when no
    suppression pattern passes the audit.

    Every release of the period's year family is a prior release (see `family_tables`),
    in whatever order they were made; the period's records are those its family froze
    (see services.release_family). A period released before is released again exactly as
    it was, and `late_changes` says how many later changes that leaves out.
    `extra_prior` are tables published together with this release (the annual report).
    The reason of a refusal, in Dutch and without personal data, is the error's `detail`."""
    if profile not in PROFILES:
        raise InvalidProfile(profile=profile, profiles=", ".join(PROFILES))
    _check_range("n", threshold, THRESHOLD_RANGE)
    _check_range("k", k, K_RANGE)
    period = parse_period(period_label)
    if period.start > date.today():
        raise PeriodNotBegun(period=period.label)
    if correction:
        return _prepare_correction(opened, profile, period, threshold, k)
    if profile == "comensha-records":
        return _prepare_records(opened, period, k)
    latest = _latest(opened, profile, period)
    if latest is not None and latest.revision > 1:  # corrected before: the newest revision
        return _reproduce(opened, latest)
    prior = family_tables(opened, period.year) + list(extra_prior or ())
    tables, open_tables, family = profile_tables(opened, profile, period, threshold, prior)
    quarters = None
    if period.is_year:
        quarters = {
            q.label: profile_tables(opened, profile, q, threshold, prior, family)[0]
            for q in period.quarters()
        }
    protected, plan = protect_in_family(tables, period, threshold, prior, quarters)
    region = region_for_period(opened, period) if profile == "gemeente" else None
    return ExportPreview(
        profile,
        period.label,
        RECIPIENTS[profile],
        threshold,
        protected,
        open_tables,
        late_changes=family.late_changes(period),
        freezes=family.fresh_for(period),
        reproduced=released_before(opened, profile, period),
        plan=plan,
        region=region,
        region_note=region_note(opened, region, period) if region else "",
    )


def _check_range(name: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidThreshold(name=name, value=value, low=low, high=high)


@dataclass(frozen=True)
class _Latest:
    id: int
    revision: int
    tables: list[ProtectedTable]
    profile: str
    period: str
    recipient: str
    threshold: int
    supersedes: int | None = None


def _latest(opened: OpenVault, profile: str, period: Period) -> _Latest | None:
    """The newest revision of this profile's release of this period, if any."""
    revisions = _revisions(opened, profile, period)
    return revisions[-1] if revisions else None


def _revisions(opened: OpenVault, profile: str, period: Period) -> list[_Latest]:
    """Every revision of this profile's release of this period, oldest first (one entry per
    revision: a period exported again is the same revision)."""
    with opened.transaction() as session:
        rows = sorted(
            (
                r
                for r in release_repo.family(session, period.year.label)
                if r.profile == profile and r.period == period.label
            ),
            key=lambda r: (r.revision, r.id),
        )
        newest = {r.revision: r for r in rows}  # the last row of each revision
        return [
            _Latest(
                row.id,
                row.revision,
                [protected_from_json(t) for t in json.loads(row.tables)],
                row.profile,
                row.period,
                row.recipient,
                row.threshold,
                row.supersedes,
            )
            for row in newest.values()
        ]


def _reproduce(opened: OpenVault, latest: _Latest) -> ExportPreview:
    """The newest revision again: its protected tables as they left, its activity tables
    (not about persons) as the vault counts them, and its status (gecorrigeerd)."""
    period = parse_period(latest.period)
    with opened.transaction() as session:
        family = release_family.load(session, period.year, as_now=True)
    _, open_tables, _ = profile_tables(
        opened, latest.profile, period, latest.threshold, latest.tables, family
    )
    return ExportPreview(
        latest.profile,
        latest.period,
        latest.recipient,
        latest.threshold,
        latest.tables,
        open_tables,
        reproduced=True,
        revision=latest.revision,
        supersedes=latest.supersedes,
        region=region_for_period(opened, period) if latest.profile == "gemeente" else None,
    )


def _prepare_correction(
    opened: OpenVault, profile: str, period: Period, threshold: int, k: int = DEFAULT_K
) -> ExportPreview:
    """A correction release of a year: its tables as the vault holds them now, protected
    with the whole family, and the difference with the newest earlier revision audited as
    cells of its own. Refused (CorrectionRefused, with the reason) while it is not safe."""
    if not period.is_year:
        raise CorrectionRefused(
            detail="Een correctie geldt een heel jaar: nagekomen registraties worden per jaar "
            "verzameld. Kies het jaar."
        )
    if profile == "comensha-records":
        from emp_desktop.services import extract_correction  # it builds on this module

        return extract_correction.prepare(opened, period, k)
    revisions = _revisions(opened, profile, period)
    prior = family_tables(opened, period.year)
    with opened.transaction() as session:
        late = release_family.load(session, period.year).late_changes(period)
        now = release_family.load(session, period.year, as_now=True)
    # The label names the population a correction counts: the year as the vault holds it
    # now. Corrections of other profiles with the same data share it (one population,
    # linked); with other data they are other populations, each audited against the rest.
    label = correction_label(period, now)
    in_family = [
        pt for pt in prior if pt.release.split("#")[0] == period.label and pt.release != label
    ]
    # This profile's tables as any release of the year published them (its own exports,
    # the annual report): hidden there stays hidden, and the differences with each count.
    names = set(profiles.CONTROLLED_TABLES[profile])
    earlier = [pt for pt in in_family if pt.table.name in names]
    if not earlier:
        raise CorrectionRefused(detail=f"Periode {period.label} is nog niet geleverd.")
    if not late:
        raise CorrectionRefused(
            detail=f"Sinds de levering van {period.label} is er niets gewijzigd."
        )
    revision = max((r.revision for r in revisions), default=1)
    tables, open_tables, _ = profile_tables(opened, profile, period, threshold, prior, now)
    own_newest = revisions[-1].tables[0].release if revisions else None
    published = [pt for pt in prior if pt.release == label and pt.table.name in names]
    if published and own_newest != label:
        # Another release of the year (the corrected annual report) already published this
        # profile's tables of this very data: the correction is exactly those tables.
        by_name = {pt.table.name: pt for pt in published}
        return ExportPreview(
            profile,
            period.label,
            RECIPIENTS[profile],
            threshold,
            [by_name[t.name] for t in tables if t.name in by_name],
            open_tables,
            late_changes=late,
            revision=revision + 1,
            supersedes=revisions[-1].id if revisions else None,
            corrects=tuple(sorted({pt.release for pt in in_family})),
            region=region_for_period(opened, period) if profile == "gemeente" else None,
        )
    if published or (
        revisions and revision > 1 and corrections.same_counts(tables, revisions[-1].tables)
    ):
        raise NothingNewSinceRevision(
            detail=f"Sinds revisie {revision} van {period.label} is er niets gewijzigd; "
            "een gewone export levert die revisie opnieuw.",
            label=label,
        )
    if small_total_change(tables, in_family, threshold):
        raise CorrectionRefused(detail=_pool_reason(late, threshold))
    # Against every earlier revision of the year, of any profile, not only the newest of
    # this one: recipients keep them all.
    old_labels = tuple(sorted({pt.release for pt in in_family}))
    try:
        protected = protect(
            tables,
            threshold,
            prior,
            release=label,
            corrects=old_labels,
            hidden_before=corrections.hidden_before(earlier),
        )
    except (DisclosureControlFailed, ValueError):
        raise CorrectionRefused(detail=_pool_reason(late, threshold)) from None
    if any(pt.cells[_grand(pt.table)] is None for pt in protected):
        # Safe on paper, but a correction that does not say how many persons it counts
        # tells its reader nothing; and the reader knows the change is small.
        raise CorrectionRefused(detail=_pool_reason(late, threshold))
    dominated = corrections.dominated_differences(protected, earlier)
    if dominated:
        reason = " ".join(
            [
                *dominated[:3],
                "Een correctie kan pas als de latere wijzigingen niet (bijna) allemaal in één "
                "categorie vallen: lever haar later, als er meer latere registraties zijn.",
            ]
        )
        raise CorrectionRefused(detail=reason)
    return ExportPreview(
        profile,
        period.label,
        RECIPIENTS[profile],
        threshold,
        protected,
        open_tables,
        late_changes=late,
        revision=revision + 1,
        supersedes=revisions[-1].id if revisions else None,
        corrects=old_labels,
        region=region_for_period(opened, period) if profile == "gemeente" else None,
    )


def _grand(table: Table) -> tuple[str, ...]:
    return tuple(TOTAL for _ in table.dimensions)


def correction_label(year: Period, family: release_family.FamilyData) -> str:
    """The label of a correction of `year`: the period with a short fingerprint of the
    year's flow records as the vault holds them (the population the correction counts)."""
    lines = sorted(
        json.dumps(row, sort_keys=True) for rows in family.flows.values() for row in rows
    )
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:10]
    return f"{year.label}#{digest}"


# Tables whose grand total is the same figure (the new reports of the period), whichever
# profile published them: the change of that figure between any two of them is plain.
_NEW_REPORTS = frozenset({*profiles.CONTROLLED_TABLES["comensha"], "nieuwe_meldingen"})


def _total_kind(name: str) -> str:
    return "nieuwe meldingen" if name in _NEW_REPORTS else name


def small_total_change(
    tables: list[Table], earlier: list[ProtectedTable], threshold: int
) -> bool:
    """A correction publishes its totals, so the change of a total against any earlier
    release of the year (any profile) is plain to see: it must be 0 or at least n."""
    now = {
        _total_kind(t.name): cells_with_margins(t)[_grand(t)] for t in tables
    }
    for pt in earlier:
        kind = _total_kind(pt.table.name)
        then = pt.cells.get(_grand(pt.table))
        if kind in now and then is not None and 0 < abs(now[kind] - then) < threshold:
            return True
    return False


def _pool_reason(late: int, threshold: int) -> str:
    more = (
        f"Er zijn nog minstens {threshold - late} latere registratie(s) nodig."
        if late < threshold
        else "Er zijn meer of meer verschillende latere registraties nodig; hoeveel hangt af "
        "van waar ze in de tabellen vallen. Probeer het opnieuw als er meer zijn."
    )
    return (
        f"De correctiepool telt {late} latere wijziging(en). Wie de eerdere leveringen en de "
        "correctie naast elkaar legt, ziet het verschil; dat verschil is nu niet zo te "
        f"publiceren dat elke cel ervan minstens {threshold} personen breed blijft. {more}"
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


# The record extract is k-anonymous per quarter: the quarter is a quasi-identifier that
# stays inside the vault. A year's extract is then exactly the union of its quarters', and
# recipients who link the year and quarter files by pseudonym see one k-anonymous view.
_FAMILY_QIS = (*profiles.QUASI_IDENTIFIERS, release_family.QUARTER)
_FAMILY_HIERARCHIES = {**profiles.HIERARCHIES, release_family.QUARTER: [lambda v: v]}


def _family_records(opened: OpenVault, year: Period) -> tuple[dict | None, dict | None]:
    """(levels of the family's record extracts, or None; the newest stored extract per
    period, with its `revision` and release `id`)."""
    levels, stored = None, {}
    with opened.transaction() as session:
        rows = sorted(release_repo.family(session, year.label), key=lambda r: (r.revision, r.id))
        for row in rows:
            if row.profile == "comensha-records" and row.records:
                data = json.loads(row.records)
                levels = levels or data["levels"]
                stored[row.period] = {**data, "revision": row.revision, "id": row.id}
    return levels, stored


def _extractor(opened: OpenVault, region: Region):  # noqa: ANN202
    """The extract's rows of family records: consented persons, keyed pseudonyms."""
    with opened.transaction() as session:
        key = _recipient_key(session, "Comensha")
    vault_id = opened.keyslots.vault_id

    def extract(rows: list[dict]) -> list[dict[str, str]]:
        return [
            {
                **profiles.extract_record(
                    r, region, keyed_pseudonym(key, f"{vault_id}:{r['person_id']}")
                ),
                release_family.QUARTER: r[release_family.QUARTER],
            }
            for r in rows
            if r.get("consented")
        ]

    return extract


def _prepare_records(opened: OpenVault, period: Period, k: int) -> ExportPreview:
    levels, stored = _family_records(opened, period.year)
    region = region_for_period(opened, period)
    extract = _extractor(opened, region)
    with opened.transaction() as session:
        family = release_family.load(session, period.year)

    plan: list[ProtectedTable] = []
    freezes = family.fresh_for(period)
    if period.label in stored:  # released before: exactly the same rows again
        data = stored[period.label]
        result_rows, suppressed, k, levels = data["rows"], data["suppressed"], data["k"], levels
        reproduced, revision = True, data["revision"]
    else:
        if levels is None:  # the family's first extract decides its generalisation
            everything = extract(family.flows["new_registrations"])
            levels = k_anonymize(everything, _FAMILY_QIS, _FAMILY_HIERARCHIES, k).levels
        mine = extract(family.rows("new_registrations", period))
        result = apply_levels(mine, _FAMILY_QIS, _FAMILY_HIERARCHIES, levels, k)
        tables, plan, year_freezes = _tables_beside_extract(opened, period)
        freezes = {**year_freezes, **freezes}
        result_rows, left_out = extract_cells.keep_consistent(
            result.records, tables, release_family.QUARTER, _FAMILY_QIS, k
        )
        suppressed, reproduced, revision = result.suppressed + left_out, False, 1
    return ExportPreview(
        "comensha-records",
        period.label,
        "Comensha",
        k,
        [],
        [],
        sorted(result_rows, key=lambda r: r["pseudoniem"]),
        k,
        suppressed,
        {q: v for q, v in levels.items() if q in profiles.QUASI_IDENTIFIERS},
        late_changes=family.late_changes(period),
        freezes=freezes,
        reproduced=reproduced,
        plan=plan,
        region=region,
        region_note=region_note(opened, region, period),
        revision=revision,
    )


_COMENSHA_TABLES = frozenset(profiles.CONTROLLED_TABLES["comensha"])


def _tables_beside_extract(
    opened: OpenVault, period: Period
) -> tuple[dict[str, list[ProtectedTable]], list[ProtectedTable], dict]:
    """The Comensha tables every row of an extract of `period` must agree with, per
    quarter (see privacy.extract_cells): those the family published or planned, else the
    year's tables planned now — with their quarters — and stored with the extract as its
    plan, so that the tables released later are exactly these. Returns (tables per
    quarter, plan, the quarters the plan freezes)."""
    year = period.year
    family = family_tables(opened, year)
    plan: list[ProtectedTable] = []
    freezes: dict = {}
    if not any(pt.release == year.label and pt.table.name in _COMENSHA_TABLES for pt in family):
        planned = prepare_export(opened, "comensha", year.label)
        plan, freezes = [*planned.protected, *planned.plan], planned.freezes
        family += plan
    return _tables_per_quarter(family, year), plan, freezes


def _tables_per_quarter(
    family: list[ProtectedTable], year: Period
) -> dict[str, list[ProtectedTable]]:
    return {
        q.label: [
            pt
            for pt in family
            if pt.table.name in _COMENSHA_TABLES
            and pt.release.split("#")[0] in (q.label, year.label)
        ]
        for q in year.quarters()
    }


def _check_extract(opened: OpenVault, preview: ExportPreview) -> None:
    if not is_k_anonymous(preview.records, _FAMILY_QIS, preview.k or 0):
        raise ExportRefused(detail="record extract is not k-anonymous")
    if preview.reproduced:
        return  # the same rows as before, checked then
    year = parse_period(preview.period).year
    family = [*family_tables(opened, year), *preview.plan]
    tables = _tables_per_quarter(family, year)
    earlier: list[dict] = []
    if preview.supersedes:  # a correction: rows kept as they were, the rest as it is now
        _, stored = _family_records(opened, year)
        earlier = stored.get(preview.period, {}).get("rows", [])
        with opened.transaction() as session:
            label = correction_label(year, release_family.load(session, year, as_now=True))
        corrected = [pt for pt in family if pt.release == label]
        tables = {q: corrected for q in tables}
    for row in preview.records:
        if row in earlier:
            continue
        if not extract_cells.shows_only_published(row, tables[row[release_family.QUARTER]]):
            raise ExportRefused(
                detail="een rij van het recordbestand valt in een cel die een tabel verbergt"
            )


def check_before_writing(opened: OpenVault, preview: ExportPreview) -> None:
    """The independent audit, run again on exactly what would be written, against every
    release of the family as the register holds it now."""
    if preview.profile == "comensha-records":
        _check_extract(opened, preview)
        return
    period = parse_period(preview.period)
    family = family_tables(opened, period.year)
    if all(_same_as(pt, family) for pt in preview.protected) and not preview.plan:
        return  # published or planned before, audited then with its whole family
    prior = [
        pt
        for pt in family
        if not (pt.release == period.label and _same_as(pt, preview.protected))
    ]
    try:
        failures = audit(
            [*preview.protected, *preview.plan], preview.threshold, prior, corrects=preview.corrects
        )
    except (DisclosureControlFailed, ValueError) as refused:  # released since preparing
        raise ExportRefused(detail=str(refused)) from None
    if failures:
        raise ExportRefused(detail=f"{len(failures)} cellen terug te rekenen")


def _same_as(pt: ProtectedTable, others: list[ProtectedTable]) -> bool:
    return any(
        p.release == pt.release
        and p.table == pt.table
        and p.cells == pt.cells
        and p.reasons == pt.reasons
        for p in others
    )


def register_pending(opened: OpenVault, preview: ExportPreview, files: dict[str, str]) -> int:
    """Phase one: the release is in the register (and freezes its quarters) before any of
    its files has its final name; from now on it counts as published."""
    with opened.transaction() as session:
        release_id = release_repo.add_release(
            session,
            profile=preview.profile,
            period=preview.period,
            recipient=preview.recipient,
            threshold=preview.threshold,
            manifest_sha256="",
            files=json.dumps(files, sort_keys=True),
            tables=json.dumps([protected_to_json(pt) for pt in preview.protected]),
            status=PENDING,
            revision=preview.revision,
            supersedes=preview.supersedes,
            records=_records_json(preview),
            region=preview.region.to_json() if preview.region else None,
            plan=json.dumps([protected_to_json(pt) for pt in preview.plan]),
        )
        release_family.freeze(session, release_id, preview.freezes)
        return release_id


def _records_json(preview: ExportPreview) -> str | None:
    if preview.profile != "comensha-records":
        return None
    return json.dumps(
        {
            "rows": preview.records,
            "levels": {**preview.levels, release_family.QUARTER: 0},
            "suppressed": preview.suppressed_records,
            "k": preview.k,
        },
        sort_keys=True,
    )


def confirm_release(
    opened: OpenVault, preview: ExportPreview, release_id: int, manifest_sha256: str
) -> None:
    """Phase two: every file has its final name. Audited after the act."""
    from emp_desktop.storage import audit as audit_log

    with opened.transaction() as session:
        release_repo.confirm(session, release_id, manifest_sha256)
        files = json.loads(session.get(Release, release_id).files)
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


def withdraw_pending(opened: OpenVault, release_id: int) -> None:
    """A release none of whose files reached its final name never left: forget it."""
    with opened.transaction() as session:
        release_repo.withdraw(session, release_id)


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
    status: str = CONFIRMED
    revision: int = 1
    region: str = ""  # the region it was made for ("" when the profile does not depend on it)


def _region_name(row: Release) -> str:
    if row.region:
        return Region.from_json(row.region).name
    return Region.from_json(None).name if row.profile in REGION_PROFILES else ""


def release_register(opened: OpenVault) -> list[ReleaseView]:
    with opened.transaction() as session:
        rows = release_repo.all_releases(session)
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
                r.status,
                r.revision,
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
