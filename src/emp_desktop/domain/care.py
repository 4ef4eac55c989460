"""Vocabularies of trajectories, outcomes, the network and prevention (versioned data)."""

from __future__ import annotations

from emp_desktop.domain.vocabulary import Term, Vocabulary

CARE_VOCABULARY_VERSION = 1

PHASES = Vocabulary(
    "phase",
    (
        Term("aanmelding", "Aanmelding", "Registration"),
        Term("intake", "Intake", "Intake"),
        Term("plan", "Plan", "Plan"),
        Term("traject", "Traject", "Trajectory"),
        Term("nazorg", "Nazorg", "Aftercare"),
        Term("afgesloten", "Afgesloten", "Closed"),
    ),
)

INTENSITIES = Vocabulary(
    "intensity",
    (
        Term("intensief", "Intensief", "Intensive"),
        Term("regulier", "Regulier", "Regular"),
        Term("licht", "Licht", "Light"),
    ),
)

GOAL_STATUSES = Vocabulary(
    "goal_status",
    (
        Term("open", "Open", "Open"),
        Term("bezig", "Mee bezig", "In progress"),
        Term("bereikt", "Bereikt", "Reached"),
        Term("niet_bereikt", "Niet bereikt", "Not reached"),
    ),
)

CARE_DOMAINS = Vocabulary(
    "care_domain",
    (
        Term("medisch", "Medisch / GGD", "Medical / GGD", ("ggd",)),
        Term("psychisch", "Psychisch / GGZ", "Mental health / GGZ", ("ggz",)),
        Term("opvang", "Opvang", "Shelter"),
        Term("huisvesting", "Huisvesting", "Housing"),
        Term("schulden", "Schulden", "Debts", ("schuldhulp",)),
        Term("juridisch", "Juridisch / verblijf", "Legal / residence", ("verblijf",)),
        Term("onderwijs_werk", "Onderwijs / werk", "Education / work", ("onderwijs", "werk")),
        Term("politie", "Politie / aangifte", "Police / report", ("aangifte",)),
        Term("anders", "Anders", "Other"),
    ),
)

REFERRAL_STATUSES = Vocabulary(
    "referral_status",
    (
        Term("aangevraagd", "Aangevraagd", "Requested"),
        Term("geaccepteerd", "Geaccepteerd", "Accepted"),
        Term("afgewezen", "Afgewezen", "Rejected"),
        Term("gestart", "Gestart", "Started"),
        Term("afgerond", "Afgerond", "Done"),
        Term("ingetrokken", "Ingetrokken", "Revoked"),
    ),
)
# Which status may follow which: a referral moves forward, or is stopped.
REFERRAL_TRANSITIONS = {
    "aangevraagd": {"geaccepteerd", "afgewezen", "ingetrokken"},
    "geaccepteerd": {"gestart", "ingetrokken"},
    "gestart": {"afgerond", "ingetrokken"},
    "afgewezen": set(),
    "afgerond": set(),
    "ingetrokken": set(),
}

DEADLINE_KINDS = Vocabulary(
    "deadline_kind",
    (
        Term("bedenktijd", "Einde bedenktijd", "End of reflection period"),
        Term("aangifte", "Besluit aangifte", "Decision on police report"),
        Term("verblijf", "Verblijfsprocedure", "Residence procedure"),
        Term("zrm", "ZRM opnieuw scoren", "ZRM re-score"),
        Term("checkin", "Check-in", "Check-in"),
        Term("actiepunt", "Actiepunt overleg", "Meeting action item"),
    ),
)

ZRM_DOMAINS = {
    "2017": (
        "Financiën",
        "Werk & opleiding",
        "Tijdsbesteding",
        "Huisvesting",
        "Huiselijke relaties",
        "Geestelijke gezondheid",
        "Lichamelijke gezondheid",
        "Middelengebruik",
        "Basale ADL",
        "Instrumentele ADL",
        "Sociaal netwerk",
        "Maatschappelijke participatie",
        "Justitie",
    ),
    "2013": (
        "Financiën",
        "Dagbesteding",
        "Huisvesting",
        "Huiselijke relaties",
        "Geestelijke gezondheid",
        "Fysieke gezondheid",
        "Verslaving",
        "ADL-vaardigheden",
        "Sociaal netwerk",
        "Maatschappelijke participatie",
        "Justitie",
    ),
}
ZRM_SCALE = {
    1: "Acute problematiek",
    2: "Niet zelfredzaam",
    3: "Beperkt zelfredzaam",
    4: "Voldoende zelfredzaam",
    5: "Volledig zelfredzaam",
}
ZRM_MOMENTS = Vocabulary(
    "zrm_moment",
    (
        Term("intake", "Intake", "Intake"),
        Term("periodiek", "Periodiek", "Periodic"),
        Term("afsluiting", "Afsluiting", "Closure"),
    ),
)

DEBT_RANGES = Vocabulary(
    "debt_range",
    (
        Term("geen", "Geen schulden", "No debts"),
        Term("tot_1000", "Tot € 1.000", "Up to € 1,000"),
        Term("1000_5000", "€ 1.000 – 5.000", "€ 1,000 – 5,000"),
        Term("5000_20000", "€ 5.000 – 20.000", "€ 5,000 – 20,000"),
        Term("boven_20000", "Meer dan € 20.000", "More than € 20,000"),
        Term("onbekend", "Onbekend", "Unknown"),
    ),
)

NETWORK_ORGANISATION_TYPES = Vocabulary(
    "network_organisation_type",
    (
        Term("zorg", "Zorg / GGZ / GGD", "Care"),
        Term("opvang", "Opvang", "Shelter"),
        Term("politie", "Politie / AVIM", "Police"),
        Term("justitie", "Justitie / OM", "Justice"),
        Term("gemeente", "Gemeente / wijkteam", "Municipality"),
        Term("jeugdzorg", "Jeugdzorg", "Youth care"),
        Term("onderwijs", "Onderwijs", "Education"),
        Term("juridisch", "Juridische hulp", "Legal aid"),
        Term("anders", "Anders", "Other"),
    ),
)

MEETING_KINDS = Vocabulary(
    "meeting_kind",
    (
        Term("zorgoverleg", "Zorgoverleg", "Care meeting"),
        Term("casusoverleg", "Casusoverleg", "Case meeting"),
    ),
)

INSTITUTION_TYPES = Vocabulary(
    "institution_type",
    (
        Term("school", "School", "School"),
        Term("zorginstelling", "Zorginstelling", "Care institution"),
        Term("huisartsen", "Huisartsen", "GPs"),
        Term("wijkteam", "Generalisten / wijkteam", "Generalists / neighbourhood team"),
        Term("anders", "Anders", "Other"),
    ),
)

AUDIENCES = Vocabulary(
    "audience",
    (
        Term("jongeren", "Jongeren", "Youth"),
        Term("ouders", "Ouders", "Parents"),
        Term("professionals", "Professionals", "Professionals"),
    ),
)

PREVENTION_KINDS = Vocabulary(
    "prevention_kind",
    (
        Term("voorlichting", "Voorlichting", "Information session"),
        Term("training_1", "Training (1 dag)", "Training (1 day)"),
        Term("training_2", "Training (2 dagen)", "Training (2 days)"),
    ),
)
