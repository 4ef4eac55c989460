"""The annual report: figures from the same disclosure-controlled tables as the exports,
texts kept in the vault per year, rendered by reports.annual; recorded as a release."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import AUDIENCES, INSTITUTION_TYPES, NETWORK_ORGANISATION_TYPES
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
from emp_desktop.services import export_service
from emp_desktop.services.export_codec import protected_to_json
from emp_desktop.storage import audit, stats_repo
from emp_desktop.storage.models import VaultMeta
from emp_desktop.storage.registry_models import HistoricTotal
from emp_desktop.storage.release_models import Release
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


def _figure(value: int | None, label: str = "<5") -> Figure:
    return Figure(value, label)


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


def _map_counts(gemeente: ProtectedTable) -> tuple[dict[str, Figure], tuple[LabelledFigure, ...]]:
    margin = _margin(gemeente, "gemeente")
    counts = {}
    for code in municipalities.region_codes():
        name = municipalities.name(code)
        counts[code] = margin.get(name, Figure(None, "<10"))  # folded: fewer than 10
    outside = tuple(
        LabelledFigure(label, margin.get(bucket, Figure(0)))
        for label, bucket in (
            ("Overig Noord-Brabant", profiles.OTHER_BRABANT),
            ("Elders", profiles.ELSEWHERE),
            ("Onbekend", profiles.UNKNOWN_PLACE),
        )
    )
    return counts, outside


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
        referrals_per_domain=_one_way(
            "Doorverwijzingen per zorgdomein", "Zorgdomein", referrals, "zorgdomein"
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


def build_annual_data(
    opened: OpenVault, year: int, threshold: int = 5
) -> tuple[AnnualReportData, list[ProtectedTable]]:
    period = Period.parse(str(year))
    start, end = period.start.isoformat(), period.end.isoformat()
    comensha = _by_name(
        export_service.prepare_export(opened, "comensha", str(year), threshold).protected
    )
    gemeente = _by_name(
        export_service.prepare_export(opened, "gemeente", str(year), threshold).protected
    )
    effects = _by_name(
        protect(_effect_tables(opened, start, end), threshold, release=f"{year}-effecten")
    )
    with opened.transaction() as session:
        meetings = stats_repo.meetings_held(session, start, end)
    intro, development = report_texts(opened, year)
    counts, outside = _map_counts(gemeente["nieuwe_meldingen"])
    from emp_desktop.services.vault_service import holds_demo_data, logo, organisation_name

    data = AnnualReportData(
        organisation_name=organisation_name(opened) or "Zorgcoördinatie mensenhandel",
        logo_png=logo(opened),
        year=year,
        introduction=intro,
        development_points=development,
        registrations_per_year=_per_year(opened, year, threshold),
        municipality_counts=counts,
        outside_region=outside,
        tasks=_tasks(opened, gemeente, start, end, meetings),
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
        demo=holds_demo_data(opened),
    )
    return data, [*comensha.values(), *gemeente.values(), *effects.values()]


@dataclass(frozen=True)
class AnnualRendering:
    """A rendered annual report and the protected tables its figures come from."""

    year: int
    pdf: bytes
    tables: list[ProtectedTable]


def prepare_annual(
    opened: OpenVault, year: int, progress: Progress | None = None
) -> AnnualRendering:
    """Renders the report for a preview; nothing is recorded until it is saved."""
    data, tables = build_annual_data(opened, year)
    return AnnualRendering(year, annual.render_annual_report(data, progress), tables)


def record_annual_release(opened: OpenVault, rendering: AnnualRendering) -> None:
    """The report leaves the laptop: into the release register and the audit trail."""
    digest = hashlib.sha256(rendering.pdf).hexdigest()
    with opened.transaction() as session:
        session.add(
            Release(
                profile="jaarverslag",
                period=str(rendering.year),
                recipient="Gemeenten (jaarverslag)",
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                threshold=5,
                manifest_sha256=digest,
                files=json.dumps({f"jaarverslag-{rendering.year}.pdf": digest}),
                tables=json.dumps([protected_to_json(pt) for pt in rendering.tables]),
            )
        )
        audit.append(session, "annual_report", detail={"year": rendering.year})


def render_annual(opened: OpenVault, year: int, progress: Progress | None = None) -> bytes:
    """Render and record at once (the CLI writes the file right after)."""
    rendering = prepare_annual(opened, year, progress)
    record_annual_release(opened, rendering)
    return rendering.pdf
