"""The annual report: figures from the same disclosure-controlled tables as the exports,
texts kept in the vault per year, rendered by reports.annual; recorded as a release."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import AUDIENCES, INSTITUTION_TYPES, NETWORK_ORGANISATION_TYPES
from emp_desktop.domain.region import EINDHOVEN, Region
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import ProtectedTable, derived_share, protect
from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.tables import TOTAL, Table
from emp_desktop.reports import annual
from emp_desktop.reports.dto import (
    AnnualReportData,
    CountTable,
    EffectFigures,
    Figure,
    LabelledFigure,
    Measure,
    NetworkFigures,
    PreventionFigures,
    TableRow,
    TaskFigures,
)
from emp_desktop.services import export_service, release_family, report_revisions
from emp_desktop.services.errors import privacy_refusals
from emp_desktop.services.export_codec import protected_to_json
from emp_desktop.services.region_service import region_for_period
from emp_desktop.storage import audit, release_repo, stats_repo
from emp_desktop.storage.models import VaultMeta
from emp_desktop.storage.registry_models import HistoricTotal
from emp_desktop.storage.vault import OpenVault

Progress = Callable[[int, int], None]
DEFAULT_INTRO = (
    "Om u inzicht te geven in de resultaten en effecten van de zorgcoördinatie "
    "mensenhandel in uw regio, sturen wij u deze rapportage."
)
DEFAULT_DEVELOPMENT = "- Ontwikkelpunten voor het komende jaar."


def report_texts(opened: OpenVault, year: int) -> tuple[str, str]:
    with opened.transaction() as session:
        intro = session.get(VaultMeta, f"report_intro:{year}")
        dev = session.get(VaultMeta, f"report_development:{year}")
        return (intro.value if intro else DEFAULT_INTRO, dev.value if dev else DEFAULT_DEVELOPMENT)


def set_report_texts(opened: OpenVault, year: int, introduction: str, development: str) -> None:
    with opened.transaction() as session:
        session.merge(VaultMeta(key=f"report_intro:{year}", value=introduction))
        session.merge(VaultMeta(key=f"report_development:{year}", value=development))


def _figure(value: int | None) -> Figure:
    return Figure(value)  # hidden: the marker, whatever the reason


def _margin(pt: ProtectedTable, dimension: str) -> dict[str, Figure]:
    """The one-way margin of `dimension` from a protected two-way (or one-way) table."""
    index = pt.table.dimensions.index(dimension)
    result = {}
    for category in pt.table.categories[dimension]:
        key = tuple(category if i == index else TOTAL for i in range(len(pt.table.dimensions)))
        result[category] = _figure(pt.cells[key])
    return result


def _total(pt: ProtectedTable) -> Figure:
    return _figure(pt.cells[tuple(TOTAL for _ in pt.table.dimensions)])


def _one_way(title: str, dimension: str, pt: ProtectedTable, name: str) -> CountTable:
    return CountTable.one_way(title, dimension, _margin(pt, name), total=_total(pt))


def _per_year(opened: OpenVault, year: int, threshold: int) -> dict[int, Figure]:
    """Registrations per year, historic years included, as a protected one-way table."""
    with opened.transaction() as session:
        counts = {y: n for y, n in stats_repo.registrations_per_year(session).items() if y <= year}
        for released in _released_years(session, counts, year):
            # A year that has left counts what its releases counted, not what arrived since.
            family = release_family.load(session, Period.parse(str(released)))
            counts[released] = len(family.flows["new_registrations"])
        historic = {h.year: h.registrations for h in session.query(HistoricTotal)}
    counts = {**counts, **{y: n for y, n in historic.items() if y not in counts and y <= year}}
    counts.setdefault(year, 0)  # the report's own year is always on the chart
    years = tuple(str(y) for y in sorted(counts))
    table = Table(
        "meldingen_per_jaar",
        ("jaar",),
        {"jaar": years},
        {(str(y),): n for y, n in counts.items()},
        "personen",
    )
    (protected,) = protect([table], threshold, release=f"{year}-reeks")
    return {int(y): _figure(protected.cells[(y,)]) for y in years}


def _released_years(session, counts: dict[int, int], year: int) -> list[int]:  # noqa: ANN001
    """The report's own year and every year with a frozen quarter (see release_family)."""
    out = []
    for y in sorted({*counts, year}):
        quarters = [q.label for q in Period.parse(str(y)).quarters()]
        if y == year or release_repo.frozen(session, quarters):
            out.append(y)
    return out


@dataclass(frozen=True)
class MapFigures:
    """The map's figures, all cells of the protected `nieuwe_meldingen` table: per region
    municipality shown apart, the folded ones with their joint total, and outside the region."""

    counts: dict[str, Figure]
    outside: tuple[LabelledFigure, ...]
    folded: tuple[str, ...]
    folded_total: Figure | None


def folded_codes(table: Table, region: Region = EINDHOVEN) -> tuple[str, ...]:
    """Region municipalities the table counts only within 'Overige regiogemeenten': those
    missing from its categories (however the folding was decided, the table says it)."""
    shown = set(table.categories["gemeente"])
    if profiles.OTHER_REGION not in shown:
        return ()
    return tuple(c for c in region if municipalities.name(c) not in shown)


def map_figures(gemeente: ProtectedTable, region: Region = EINDHOVEN) -> MapFigures:
    margin = _margin(gemeente, "gemeente")
    folded = folded_codes(gemeente.table, region)
    counts = {code: margin[municipalities.name(code)] for code in region if code not in folded}
    overig = [profiles.other_in(p) for p in region.provinces_with_rest]
    outside = tuple(
        LabelledFigure(bucket, margin.get(bucket, Figure(0)))
        for bucket in (*overig, profiles.ELSEWHERE, profiles.UNKNOWN_PLACE)
    )
    return MapFigures(counts, outside, folded, margin.get(profiles.OTHER_REGION))


def _effect_tables(opened: OpenVault, start: str, end: str) -> list[Table]:
    with opened.transaction() as session:
        ids = {r["person_id"] for r in stats_repo.active_cases(session, start, end)}
        outcomes = stats_repo.outcomes(session, ids)

    def yes_no(name: str, attribute: str) -> Table:
        yes = sum(1 for o in outcomes.values() if getattr(o, attribute))
        return Table(
            name,
            (name,),
            {name: ("ja", "nee")},
            {("ja",): yes, ("nee",): len(ids) - yes},
            "personen in traject",
            additive=False,
        )

    return [
        yes_no("veiligheidsplan", "safety_plan"),
        yes_no("schuldhulp", "debt_help"),
        yes_no("ggz", "ggz_referral"),
    ]


def _measure(pt: ProtectedTable, category: str) -> Measure:
    part = pt.cells.get((category,))
    return Measure(_figure(part), derived_share(part, pt.cells[(TOTAL,)]))


def _by_name(protected: list[ProtectedTable]) -> dict[str, ProtectedTable]:
    return {pt.table.name: pt for pt in protected}


def _tasks(
    opened: OpenVault,
    gemeente: dict[str, ProtectedTable],
    start: str,
    end: str,
    meetings: dict[str, int],
) -> TaskFigures:
    with opened.transaction() as session:
        contacts = stats_repo.contacts_in(session, start, end)
    referrals = gemeente["verwijzingen"]
    return TaskFigures(
        new_reports=_total(gemeente["nieuwe_meldingen"]),
        advice_questions=_total(gemeente["adviesvragen"]),
        contacts=Figure(sum(contacts.values())),
        outreach_contacts=Figure(contacts.get("outreach", 0)),
        active_trajectories=_total(gemeente["actieve_trajecten"]),
        referrals=_total(referrals),
        victim_meetings=Figure(meetings.get("casusoverleg", 0)),
        referrals_per_domain=CountTable.one_way(
            "Doorverwijzingen per zorgdomein (aantal verwijzingen, geen personen)",
            "Zorgdomein",
            _margin(referrals, "zorgdomein"),
            total=_total(referrals),
        ),
    )


def _network(opened: OpenVault, start: str, end: str, meetings: dict[str, int]) -> NetworkFigures:
    with opened.transaction() as session:
        per_type = stats_repo.consultations_per_type(session, start, end)
        partners = stats_repo.partner_count(session)
    table = CountTable.one_way(
        "Consultaties per type organisatie",
        "Organisatie",
        {NETWORK_ORGANISATION_TYPES.label(code): Figure(n) for code, n in sorted(per_type.items())},
    )
    return NetworkFigures(
        zorgoverleggen=Figure(meetings.get("zorgoverleg", 0)),
        casusoverleggen=Figure(meetings.get("casusoverleg", 0)),
        partners=Figure(partners),
        consultations=Figure(sum(per_type.values())),
        consultations_per_type=table,
    )


def _prevention(opened: OpenVault, start: str, end: str) -> PreventionFigures:
    with opened.transaction() as session:
        rows = stats_repo.prevention(session, start, end)
    sessions = [r for r in rows if r["kind"] == "voorlichting"]
    trainings = [r for r in rows if r["kind"] != "voorlichting"]
    per_type = []
    for term in INSTITUTION_TYPES.terms:
        mine = [r for r in rows if r["institution_type"] == term.code]
        per_type.append(
            TableRow(
                (term.nl,),
                (
                    Figure(sum(r["kind"] == "voorlichting" for r in mine)),
                    Figure(sum(r["kind"] != "voorlichting" for r in mine)),
                    Figure(sum(r["participants"] for r in mine)),
                ),
            )
        )
    reached = sum(r["participants"] for r in rows)
    return PreventionFigures(
        sessions=Figure(len(sessions)),
        trainings=Figure(len(trainings)),
        people_reached=Figure(reached),
        per_institution_type=CountTable(
            "Preventie per type instelling",
            ("Type instelling",),
            tuple(per_type),
            measures=("Voorlichtingen", "Trainingen", "Bereikt"),
            total=TableRow(
                ("Totaal",), (Figure(len(sessions)), Figure(len(trainings)), Figure(reached))
            ),
        ),
        per_audience=CountTable.one_way(
            "Bereik per doelgroep",
            "Doelgroep",
            {
                term.nl: Figure(sum(r["participants"] for r in rows if r["audience"] == term.code))
                for term in AUDIENCES.terms
            },
        ),
    )


@dataclass(frozen=True)
class Safekeeping:
    """What recording the report keeps besides its tables: the quarters it freezes (see
    services.release_family) and the tables it plans for quarters not out yet."""

    freezes: dict[str, dict] = field(default_factory=dict)
    plan: list[ProtectedTable] = field(default_factory=list)
    revision: int = 1  # above 1: a corrected report (see report_revisions)


def build_annual_data(
    opened: OpenVault, year: int, threshold: int = 5, correction: bool = False
) -> tuple[AnnualReportData, list[ProtectedTable], Safekeeping]:
    """The report's figures, the protected tables they come from, and what recording it
    keeps (`Safekeeping`). A year whose report was released gets that report's figures
    again; `correction` counts the year as the vault holds it now (see report_revisions)."""
    period = Period.parse(str(year))
    start, end = period.start.isoformat(), period.end.isoformat()
    with privacy_refusals():
        comensha, gemeente, effects, keep, region = _report_tables(
            opened, period, threshold, correction
        )
    with opened.transaction() as session:
        meetings = stats_repo.meetings_held(session, start, end)
    intro, development = report_texts(opened, year)
    residence = map_figures(gemeente["nieuwe_meldingen"], region)
    tasks = _tasks(opened, gemeente, start, end, meetings)
    with privacy_refusals():
        per_year = _per_year(opened, year, threshold)
    # The report's own year is the export's cell, so the chart and the key figure agree.
    per_year[year] = tasks.new_reports
    from emp_desktop.services.vault_service import holds_demo_data, logo, organisation_name

    data = AnnualReportData(
        organisation_name=organisation_name(opened) or "Zorgcoördinatie mensenhandel",
        logo_png=logo(opened),
        year=year,
        introduction=intro,
        development_points=development,
        registrations_per_year=per_year,
        municipality_counts=residence.counts,
        outside_region=residence.outside,
        folded_codes=residence.folded,
        folded_total=residence.folded_total,
        tasks=tasks,
        forms=_one_way("Vormen van uitbuiting", "Vorm", comensha["vorm_geslacht"], "vorm"),
        melders=_one_way("Melders", "Melder", comensha["melder"], "melder"),
        gender=_one_way("Geslacht", "Geslacht", comensha["vorm_geslacht"], "geslacht"),
        age_groups=_one_way(
            "Leeftijd bij melding", "Leeftijd", comensha["leeftijd_geslacht"], "leeftijdsgroep"
        ),
        nationality=_one_way(
            "Nationaliteit",
            "Nationaliteit",
            comensha["nationaliteit_geslacht"],
            "nationaliteitsgroep",
        ),
        effects=EffectFigures(
            zrm_improved=_measure(gemeente["uitkomst_zrm"], "ZRM verbeterd"),
            aangifte_made=_measure(gemeente["uitkomst_aangifte"], "Aangifte gedaan"),
            safety_plans=_measure(effects["veiligheidsplan"], "ja"),
            debt_help=_measure(effects["schuldhulp"], "ja"),
            ggz_referrals=_measure(effects["ggz"], "ja"),
            zrm_note="Aandeel van de cliënten met ten minste twee ZRM-metingen.",
        ),
        network=_network(opened, start, end, meetings),
        prevention=_prevention(opened, start, end),
        generated_at=datetime.now(),
        region_codes=region.codes,
        region_name=region.title,
        demo=holds_demo_data(opened),
        revision=keep.revision,
    )
    tables = [*comensha.values(), *gemeente.values(), *effects.values()]
    return data, tables, keep


def _report_tables(opened: OpenVault, period: Period, threshold: int, correction: bool) -> tuple:
    """(comensha, gemeente, effects, Safekeeping, region) as the report prints them."""
    if correction:
        start, end = period.start.isoformat(), period.end.isoformat()
        found = report_revisions.corrected(
            opened, period, threshold, _effect_tables(opened, start, end)
        )
    else:
        found = report_revisions.newest_report(opened, period)
        if found is None:
            return _protected_tables(opened, period.year.start.year, threshold)
    keep = Safekeeping(revision=found.revision)
    return found.comensha, found.gemeente, found.effects, keep, found.region


def _protected_tables(opened: OpenVault, year: int, threshold: int) -> tuple:
    """One release of the year family: the year's Comensha and Gemeente tables and the
    effects, protected together with each other and with every earlier release of the
    family; a table the family already published is printed exactly as it was published.
    Returns (comensha, gemeente, effects by name, Safekeeping, region)."""
    period = Period.parse(str(year))
    start, end = period.start.isoformat(), period.end.isoformat()
    comensha_preview = export_service.prepare_export(opened, "comensha", str(year), threshold)
    comensha = _by_name(comensha_preview.protected)
    gemeente_preview = export_service.prepare_export(
        opened,
        "gemeente",
        str(year),
        threshold,
        extra_prior=[*comensha_preview.protected, *comensha_preview.plan],
    )
    gemeente = _by_name(gemeente_preview.protected)
    region = gemeente_preview.region or EINDHOVEN
    plan = [*comensha_preview.plan, *gemeente_preview.plan]
    prior = [
        *export_service.family_tables(opened, period),
        *comensha.values(),
        *gemeente.values(),
        *plan,
    ]
    effects = _by_name(
        export_service.protect_in_family(
            _effect_tables(opened, start, end), period, threshold, prior
        )[0]
    )
    return comensha, gemeente, effects, Safekeeping(comensha_preview.freezes, plan), region


@dataclass(frozen=True)
class AnnualRendering:
    """A rendered annual report and the protected tables its figures come from."""

    year: int
    pdf: bytes
    tables: list[ProtectedTable]
    keep: Safekeeping = field(default_factory=Safekeeping)
    region: Region = EINDHOVEN  # the region it was made for, recorded with the release


def prepare_annual(
    opened: OpenVault, year: int, progress: Progress | None = None, correction: bool = False
) -> AnnualRendering:
    """Renders the report for a preview; nothing is recorded until it is saved."""
    data, tables, keep = build_annual_data(opened, year, correction=correction)
    region = region_for_period(opened, Period.parse(str(year)))  # as build_annual_data had it
    rendering = annual.render_annual_report(data, progress)
    return AnnualRendering(year, rendering, tables, keep, region)


def record_annual_release(opened: OpenVault, rendering: AnnualRendering) -> None:
    """The report leaves the laptop: into the release register and the audit trail."""
    digest = hashlib.sha256(rendering.pdf).hexdigest()
    with opened.transaction() as session:
        release_id = release_repo.add_release(
            session,
            profile="jaarverslag",
            period=str(rendering.year),
            recipient="Gemeenten (jaarverslag)",
            threshold=5,
            manifest_sha256=digest,
            files=json.dumps({f"jaarverslag-{rendering.year}.pdf": digest}),
            tables=json.dumps([protected_to_json(pt) for pt in rendering.tables]),
            plan=json.dumps([protected_to_json(pt) for pt in rendering.keep.plan]),
            region=rendering.region.to_json(),
            revision=rendering.keep.revision,
        )
        release_family.freeze(session, release_id, rendering.keep.freezes)
        audit.append(session, "annual_report", detail={"year": rendering.year})


def render_annual(
    opened: OpenVault, year: int, progress: Progress | None = None, correction: bool = False
) -> bytes:
    """Render and record at once (the CLI writes the file right after)."""
    rendering = prepare_annual(opened, year, progress, correction)
    record_annual_release(opened, rendering)
    return rendering.pdf
