"""Realistic, fictitious inputs for every report: the layout preview in the settings, the
tests and bench/bench_reports.py. The historic years are the source report's (2015: 66,
2016: 97, 2017: 176); everything else is invented and contains no real person."""

from __future__ import annotations

from datetime import date, datetime

from emp_desktop.domain import municipalities
from emp_desktop.reports.dto import (
    AnnualReportData,
    CountTable,
    EffectFigures,
    Field,
    Figure,
    LabelledFigure,
    Measure,
    MeetingAction,
    MeetingCase,
    MeetingData,
    NetworkFigures,
    PreventionFigures,
    RecordTable,
    SubjectAccessData,
    TableRow,
    TaskFigures,
)

H = None  # a hidden (suppressed) count

REGISTRATIONS = {
    2015: 66,
    2016: 97,
    2017: 176,
    2018: 203,
    2019: 221,
    2020: 198,
    2021: 240,
    2022: 262,
    2023: 281,
    2024: 305,
    2025: 318,
}
REGION_COUNTS = (182, H, 9, 6, 5, H, 14, H, 7, 5, 0, 6, 12, 19, H)  # emp_region.csv order
CONTEXT_COUNTS = {
    "GM0794": 11,
    "GM0796": 6,
    "GM0855": 8,
    "GM0847": H,
    "GM0762": H,
    "GM1652": 0,
    "GM0744": 0,
}
INTRODUCTION = (
    "Om u inzicht te geven in de resultaten en effecten van de zorgcoördinatie "
    "mensenhandel zoals wij die in uw regio uitvoeren, sturen wij u deze rapportage.\n\n"
    "Onze aanpak richt zich op preventie van slachtofferschap enerzijds en het creëren van "
    "een vangnet voor slachtoffers anderzijds. We zorgen voor continuïteit van het "
    "hulpaanbod en verbinden de zorgketen met de justitiële keten. Naïeve aannames over "
    "‘wie een slachtoffer is’ staan herkenning vaak in de weg; daarom investeren we in "
    "voorlichting en training."
)
DEVELOPMENT = (
    "Voor het komende jaar hebben we de volgende ontwikkelpunten vastgesteld:\n\n"
    "- Meer verbinding met de rest van de regio: nog te veel Brabantse gemeenten hebben geen "
    "zorgcoördinatie mensenhandel conform de richtlijnen van Comensha.\n"
    "- Verdere verdieping in het privacyvraagstuk en een convenant voor alle betrokken "
    "partners.\n"
    "- Meer verbinding tussen zorg en veiligheid, door bij elkaar in de ‘keuken’ te kijken "
    "en slachtoffers te blijven motiveren tot het doen van aangifte."
)


def f(value: int | None) -> Figure:
    return Figure(value)


def one_way(
    title: str,
    dimension: str,
    counts: dict[str, int | None],
    note: str = "",
    total: int | None = None,
) -> CountTable:
    return CountTable.one_way(
        title,
        dimension,
        {k: f(v) for k, v in counts.items()},
        total=f(total) if total is not None else None,
        note=note,
    )


FORMS = {
    "Seksuele uitbuiting": 171,
    "Arbeidsuitbuiting": 64,
    "Criminele uitbuiting": 58,
    "Gedwongen orgaanverwijdering": H,
    "Onbekend": 21,
}
MELDERS = {
    "Zorg / hulpverlening": 71,
    "Politie / AVIM": 62,
    "Wijkteam": 41,
    "Jeugdzorg": 34,
    "Slachtoffer zelf": 27,
    "School": 23,
    "Familie / omgeving": 18,
    "Anders": 14,
    "Opvang": 12,
    "Huisarts": 9,
    "Nederlandse Arbeidsinspectie": 6,
    "Koninklijke Marechaussee": H,
}
GENDER = {"Vrouw": 221, "Man": 84, "X / anders": H, "Onbekend": 10}
AGE = {"Minderjarig (<18)": 97, "18–22 jaar": 88, "23 jaar en ouder": 121, "Onbekend": 12}
NATIONALITY = {"Nederlands": 184, "Overig EU": 71, "Buiten de EU": 52, "Onbekend": 11}


def sample_annual_report_data(year: int = 2025) -> AnnualReportData:
    counts = {code: f(v) for code, v in CONTEXT_COUNTS.items()}
    region = zip(municipalities.region_codes(), REGION_COUNTS, strict=True)
    counts.update({code: f(v) for code, v in region})
    return AnnualReportData(
        organisation_name="Expertisecentrum Mensenhandel en (jeugd)Prostitutie",
        year=year,
        introduction=INTRODUCTION,
        development_points=DEVELOPMENT,
        registrations_per_year={y: f(v) for y, v in REGISTRATIONS.items() if y <= year},
        municipality_counts=counts,
        outside_region=(
            LabelledFigure("Overig Noord-Brabant", f(34)),
            LabelledFigure("Elders in Nederland", f(12)),
            LabelledFigure("Buiten Nederland", f(7)),
            LabelledFigure("Onbekend", f(H)),
        ),
        tasks=_tasks(),
        effects=EffectFigures(
            zrm_improved=Measure(f(87), "68%"),
            aangifte_made=Measure(f(58), "18%"),
            safety_plans=Measure(f(96)),
            debt_help=Measure(f(73)),
            ggz_referrals=Measure(f(112)),
            zrm_note="Aandeel van de 128 cliënten met een intake- én afsluitmeting.",
        ),
        network=_network(),
        prevention=_prevention(),
        generated_at=datetime(year + 1, 3, 14, 10, 30),
        place="Eindhoven",
        **_profiles(),
    )


def _profiles() -> dict[str, CountTable]:
    note = "Een melding kan meer dan één vorm van uitbuiting hebben."
    return {
        "forms": one_way("Vormen van uitbuiting", "Vorm", FORMS, note=note),
        "melders": one_way("Melders", "Melder", MELDERS),
        "gender": one_way("Geslacht", "Geslacht", GENDER),
        "age_groups": one_way("Leeftijd bij melding", "Leeftijd", AGE),
        "nationality": one_way("Nationaliteit", "Nationaliteit", NATIONALITY),
    }


def _tasks() -> TaskFigures:
    return TaskFigures(
        new_reports=f(318),
        advice_questions=f(412),
        contacts=f(4876),
        outreach_contacts=f(1203),
        active_trajectories=f(356),
        referrals=f(529),
        victim_meetings=f(41),
        referrals_per_domain=one_way(
            "Doorverwijzingen per zorgdomein",
            "Zorgdomein",
            {
                "Psychisch / GGZ": 112,
                "Medisch / GGD": 96,
                "Opvang": 74,
                "Schulden": 73,
                "Politie / aangifte": 61,
                "Huisvesting": 44,
                "Juridisch / verblijf": 38,
                "Onderwijs / werk": 27,
                "Anders": H,
            },
        ),
    )


def _network() -> NetworkFigures:
    return NetworkFigures(
        zorgoverleggen=f(12),
        casusoverleggen=f(37),
        partners=f(64),
        consultations=f(238),
        zorgoverleg_members=(
            "Humanitas",
            "GGD (jeugdarts)",
            "GGZ",
            "NEOS",
            "Leger des Heils",
            "WIJeindhoven",
            "Politie, team mensenhandel (AVIM)",
        ),
        consultations_per_type=one_way(
            "Consultaties per type organisatie",
            "Organisatie",
            {
                "Zorg / GGZ / GGD": 74,
                "Gemeente / wijkteam": 52,
                "Jeugdzorg": 46,
                "Onderwijs": 31,
                "Politie / AVIM": 21,
                "Opvang": 9,
                "Juridische hulp": H,
            },
        ),
    )


def _prevention() -> PreventionFigures:
    measures = ("Voorlichtingen", "Trainingen", "Bereikt")
    rows = (
        ("School", 41, 2, 2310),
        ("Zorginstelling", 18, 6, 512),
        ("Huisartsen", 7, H, 96),
        ("Generalisten / wijkteam", 12, 5, 341),
        ("Anders", 8, H, 153),
    )
    return PreventionFigures(
        sessions=f(86),
        trainings=f(14),
        people_reached=f(3412),
        per_institution_type=CountTable(
            "Preventie per type instelling",
            ("Type instelling",),
            tuple(TableRow((r[0],), tuple(f(v) for v in r[1:])) for r in rows),
            measures=measures,
            total=TableRow(("Totaal",), (f(86), f(14), f(3412))),
        ),
        per_audience=one_way(
            "Bereik per doelgroep",
            "Doelgroep",
            {"Jongeren": 2405, "Ouders": 188, "Professionals": 819},
        ),
    )


def sample_subject_access() -> SubjectAccessData:
    return SubjectAccessData(
        organisation_name="Expertisecentrum Mensenhandel en (jeugd)Prostitutie",
        pseudonym="EMP-2025-0042",
        registration=(
            Field("Soort", "Melding"),
            Field("Datum melding", "03-02-2025"),
            Field("Status", "Vermoedelijk"),
            Field("Vorm van uitbuiting", "Seksuele uitbuiting"),
            Field("Woongemeente", "Eindhoven"),
        ),
        identity=(
            Field("Naam", "Voorbeeld Persoon"),
            Field("Geboortedatum", "12-05-2007"),
            Field("Telefoon", "06-00000000"),
        ),
        generated_at=datetime(2025, 6, 2, 14, 0),
        requested_on=date(2025, 5, 28),
        recipients=("GGD Brabant-Zuidoost",),
        retention="15 jaar na afsluiting van het traject (Wgbo), daarna vernietigd.",
        contact="privacy@voorbeeld.nl",
        **_subject_records(),
    )


def _subject_records() -> dict[str, RecordTable]:
    return {
        "contacts": RecordTable(
            ("Datum", "Vorm", "Met", "Duur", "Notitie"),
            (
                ("03-02-2025", "Face-to-face", "Cliënt", "60 min", "Intakegesprek, zorgen geüit."),
                ("10-02-2025", "Telefonisch", "Cliënt", "15 min", "Afspraak GGD gepland."),
            ),
        ),
        "trajectory": RecordTable(
            ("Onderdeel", "Partner / domein", "Status", "Datum"),
            (
                ("Doorverwijzing", "GGD – Medisch", "Gestart", "12-02-2025"),
                ("Doel", "Veilige woonplek", "Mee bezig", "03-02-2025"),
            ),
        ),
        "assessments": RecordTable(
            ("Datum", "Moment", "Scores (ZRM 2017)"),
            (("04-02-2025", "Intake", "Financiën 2, Huisvesting 1, Geestelijke gezondheid 2"),),
        ),
        "consents": RecordTable(
            ("Doel", "Gegeven op", "Door"),
            (("Zorg en doorverwijzing", "03-02-2025", "Cliënt (16+)"),),
        ),
        "audit_entries": RecordTable(
            ("Moment", "Gebruiker", "Handeling"),
            (
                ("03-02-2025 10:14", "zorgcoördinator 1", "Registratie aangemaakt"),
                ("12-02-2025 09:02", "zorgcoördinator 1", "Identiteit getoond"),
            ),
        ),
    }


def sample_meeting(kind: str = "zorgoverleg") -> MeetingData:
    return MeetingData(
        organisation_name="Expertisecentrum Mensenhandel en (jeugd)Prostitutie",
        kind=kind,
        date=date(2025, 9, 16),
        attending_organisations=(
            "EMP (voorzitter)",
            "Humanitas",
            "GGD",
            "GGZ",
            "NEOS",
            "Leger des Heils",
            "WIJeindhoven",
            "Politie (AVIM)",
        ),
        cases=(
            MeetingCase("EMP-2025-0042", "Traject", "Intensief", "GGZ-traject starten"),
            MeetingCase("EMP-2025-0107", "Intake", "Regulier", ""),
            MeetingCase("EMP-2024-0311", "Nazorg", "Licht", "Afschalen naar nazorg"),
        ),
        actions=(
            MeetingAction("EMP-2025-0042", "Aanmelding GGZ versnellen", "GGZ", date(2025, 9, 30)),
            MeetingAction(None, "Evaluatie convenant agenderen", "EMP", date(2025, 10, 14)),
        ),
        minutes="Opening en vaststellen agenda. Ronde langs de casussen; besluiten zie hieronder.",
        location="Eindhoven",
        generated_at=datetime(2025, 9, 10, 9, 0),
    )
