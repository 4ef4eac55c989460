"""Inputs of the reports: frozen DTOs that the services fill, the renderers only read.

Every count in an anonymised report arrives here *already* disclosure-controlled by the
privacy layer: a `Figure` either carries its value or is hidden (`value=None`) and then
prints only as the marker "·", explained by `HIDDEN_LEGEND`. The marker claims nothing about
the size: a hidden cell may be small itself or hidden to protect another (a false "<5"
would tell a reader that 16 debt referrals were fewer than five). The renderers never see
the small number, so no layout bug can leak it. Labels are display strings (Dutch) chosen
upstream from the domain vocabularies; the reports do not translate codes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

# --- figures and tables ---------------------------------------------------------------

HIDDEN_MARK = "·"
HIDDEN_LEGEND = f"{HIDDEN_MARK} niet gepubliceerd ter bescherming van privacy"


@dataclass(frozen=True)
class Figure:
    """One disclosure-controlled count. `value=None` means suppressed: print the label."""

    value: int | None
    hidden_label: str = HIDDEN_MARK

    def __post_init__(self) -> None:
        if self.value is not None and self.value < 0:
            raise ValueError("a count cannot be negative")
        if self.value is None and not self.hidden_label.strip():
            raise ValueError("a hidden figure needs a label to print instead of its value")

    @property
    def hidden(self) -> bool:
        return self.value is None

    def text(self) -> str:
        """What the report prints: the number (Dutch thousands dot) or the hidden label."""
        if self.value is None:
            return self.hidden_label
        return f"{self.value:,}".replace(",", ".")


@dataclass(frozen=True)
class LabelledFigure:
    label: str
    figure: Figure


@dataclass(frozen=True)
class Measure:
    """A count with an optional share computed upstream (e.g. "64%"), both controlled."""

    figure: Figure
    share: str | None = None

    def text(self) -> str:
        return self.figure.text() if not self.share else f"{self.figure.text()} ({self.share})"


@dataclass(frozen=True)
class TableRow:
    labels: tuple[str, ...]
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class CountTable:
    """A 1-D or n-D table in long form: label columns (`dimensions`) and figure columns
    (`measures`). One-way tables may also be drawn as a bar chart."""

    title: str
    dimensions: tuple[str, ...]
    rows: tuple[TableRow, ...]
    measures: tuple[str, ...] = ("Aantal",)
    total: TableRow | None = None
    note: str = ""

    def __post_init__(self) -> None:
        for row in (*self.rows, *((self.total,) if self.total else ())):
            if len(row.labels) != len(self.dimensions):
                raise ValueError(f"{self.title}: row {row.labels} does not match dimensions")
            if len(row.figures) != len(self.measures):
                raise ValueError(f"{self.title}: row {row.labels} does not match measures")

    @classmethod
    def one_way(
        cls,
        title: str,
        dimension: str,
        counts: Mapping[str, Figure],
        total: Figure | None = None,
        note: str = "",
    ) -> CountTable:
        rows = tuple(TableRow((label,), (figure,)) for label, figure in counts.items())
        total_row = TableRow(("Totaal",), (total,)) if total is not None else None
        return cls(title, (dimension,), rows, total=total_row, note=note)


# --- the annual report -----------------------------------------------------------------


@dataclass(frozen=True)
class TaskFigures:
    """Key figures of the coordinator's four tasks (Comensha guidelines)."""

    new_reports: Figure  # task 1: meldingen (full cases) in the year
    advice_questions: Figure  # task 1: adviesvragen / korte contacten
    contacts: Figure  # task 1: contactmomenten
    outreach_contacts: Figure  # task 1: of which outreach
    active_trajectories: Figure  # task 2: trajectories open at any time in the year
    referrals: Figure  # task 2: referrals to chain partners
    victim_meetings: Figure  # task 2: zorgoverleg around one victim
    referrals_per_domain: CountTable | None = None  # task 2, by care domain


@dataclass(frozen=True)
class EffectFigures:
    """The five societal effects the organisation reports on, as in the source report."""

    zrm_improved: Measure  # 1 self-reliance: clients whose ZRM score improved (share)
    aangifte_made: Measure  # 2 safety: aangifte made
    safety_plans: Measure  # 2 safety: safety plans
    debt_help: Measure  # 3 financial health: referred to debt help
    ggz_referrals: Measure  # 4/5 care demand and mental health: GGZ referrals
    zrm_note: str = ""  # e.g. "van de 40 cliënten met een intake- én afsluitmeting"


@dataclass(frozen=True)
class NetworkFigures:
    zorgoverleggen: Figure  # 4-weekly zorgoverleg meetings held
    casusoverleggen: Figure
    partners: Figure  # organisations in the network
    consultations: Figure  # consultations given to professionals
    zorgoverleg_members: tuple[str, ...] = ()  # organisation names, never people
    consultations_per_type: CountTable | None = None


@dataclass(frozen=True)
class PreventionFigures:
    sessions: Figure  # voorlichtingen
    trainings: Figure
    people_reached: Figure
    per_institution_type: CountTable | None = None  # measures e.g. sessies/trainingen/bereik
    per_audience: CountTable | None = None


@dataclass(frozen=True)
class AnnualReportData:
    organisation_name: str
    year: int
    introduction: str  # editable text, paragraphs separated by blank lines
    development_points: str  # editable; lines starting with "- " or "• " become bullets
    registrations_per_year: Mapping[int, Figure]  # historic years included
    # CBS code (GM....) -> count, for the map; codes outside the region are context.
    municipality_counts: Mapping[str, Figure]
    # Totals beside the map, controlled upstream: e.g. "Overig Noord-Brabant",
    # "Elders in Nederland", "Buiten Nederland", "Onbekend".
    outside_region: tuple[LabelledFigure, ...]
    tasks: TaskFigures
    forms: CountTable
    melders: CountTable
    gender: CountTable
    age_groups: CountTable
    nationality: CountTable
    effects: EffectFigures
    network: NetworkFigures
    prevention: PreventionFigures
    generated_at: datetime
    logo_png: bytes | None = None
    region_codes: tuple[str, ...] = ()  # empty: the 15 municipalities of emp_region.csv
    # Region municipalities too small to publish apart: shown only together, as the
    # "Overige regiogemeenten" cell of the exports (its figure: folded_total).
    folded_codes: tuple[str, ...] = ()
    folded_total: Figure | None = None
    region_name: str = "regio Zuidoost-Brabant"
    place: str = ""  # closing line "<place>, <date>"
    demo: bool = False  # the vault holds synthetic demo data: cover and footer say so
    revision: int = 1  # above 1: a corrected version, said on the cover


# --- documents with personal data (leave only encrypted) -----------------------------------


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class RecordTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"row {row!r} does not match columns {self.columns!r}")


DEFAULT_PURPOSES = (
    "Zorgcoördinatie voor (vermoedelijke) slachtoffers van mensenhandel: melding, "
    "doorverwijzing naar ketenpartners, monitoring van het hulpverleningstraject en "
    "(met uw toestemming) anonieme registratie bij Comensha."
)
DEFAULT_RIGHTS = (
    "U hebt recht op rectificatie, wissing en beperking van de verwerking van uw gegevens, "
    "en op bezwaar tegen de verwerking (AVG art. 16–21). U kunt een klacht indienen bij de "
    "Autoriteit Persoonsgegevens. Er vindt geen geautomatiseerde besluitvorming plaats."
)


@dataclass(frozen=True)
class SubjectAccessData:
    """Everything the vault holds on one person (AVG art. 15)."""

    organisation_name: str
    pseudonym: str
    registration: tuple[Field, ...]
    identity: tuple[Field, ...]
    contacts: RecordTable
    trajectory: RecordTable
    assessments: RecordTable
    consents: RecordTable
    audit_entries: RecordTable
    generated_at: datetime
    requested_on: date | None = None
    purposes: str = DEFAULT_PURPOSES
    recipients: tuple[str, ...] = ()  # chain partners the data went to
    retention: str = ""
    source: str = ""  # where the data came from, if not from the person
    rights: str = DEFAULT_RIGHTS
    contact: str = ""  # how to reach the controller / privacy officer


@dataclass(frozen=True)
class Consent:
    purpose: str
    given_on: date
    signer: str  # "Cliënt (16+)" or "Ouder / voogd (onder 16)"


@dataclass(frozen=True)
class HandoverData:
    """What a receiving care partner needs, and no more. A consent is mandatory."""

    organisation_name: str
    recipient_organisation: str
    pseudonym: str
    consent: Consent
    identity: tuple[Field, ...]  # limited: name, date of birth, contact route
    summary: str
    risks: tuple[Field, ...]
    trajectory: RecordTable  # referrals and goals
    assessments: RecordTable  # latest ZRM
    coordinator_contact: str
    generated_at: datetime


# --- meetings (pseudonym codes only: the DTOs have no field for a name) -------------------


# A pseudonym code such as EMP-2025-0042; anything else (a name typed in the wrong box)
# is refused before it can reach paper.
PSEUDONYM_PATTERN = re.compile(r"[A-Z]{2,8}-\d{4}-\d{3,6}")


def _check_code(code: str) -> None:
    if not PSEUDONYM_PATTERN.fullmatch(code):
        raise ValueError(f"not a pseudonym code: {code[:3]}…")


@dataclass(frozen=True)
class MeetingCase:
    code: str
    phase: str
    intensity: str
    decision: str = ""

    def __post_init__(self) -> None:
        _check_code(self.code)


@dataclass(frozen=True)
class MeetingAction:
    code: str | None  # the case it belongs to, or None for a general action
    description: str
    owner: str  # an organisation or role
    due: date

    def __post_init__(self) -> None:
        if self.code is not None:
            _check_code(self.code)


@dataclass(frozen=True)
class MeetingData:
    organisation_name: str
    kind: str  # "zorgoverleg" or "casusoverleg"
    date: date
    attending_organisations: tuple[str, ...]
    cases: tuple[MeetingCase, ...]
    actions: tuple[MeetingAction, ...] = ()
    minutes: str = ""
    location: str = ""
    generated_at: datetime = field(default_factory=datetime.now)
