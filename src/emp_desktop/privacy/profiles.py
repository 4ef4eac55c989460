"""Export profiles: which tables leave for whom, built from coded records (pure functions).

Records arrive with codes only (see storage.stats_repo); here they become categories in
Dutch and then tables, as a statistician would design them: a few two-way tables that
share their dimensions, so that every person falls in exactly one cell of every table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from emp_desktop.domain import countries, municipalities
from emp_desktop.domain.care import CARE_DOMAINS
from emp_desktop.domain.region import Region
from emp_desktop.domain.registry import age_group, mask_to_forms
from emp_desktop.domain.vocabulary import EXPLOITATION_FORMS, GENDERS, MELDERS
from emp_desktop.privacy.tables import Table, cross_tabulate

MULTIPLE_FORMS = "Meerdere vormen"
FORMS = (
    *(t.nl for t in EXPLOITATION_FORMS.terms if t.code != "onbekend"),
    MULTIPLE_FORMS,
    "Onbekend",
)
GENDER = tuple(t.nl for t in GENDERS.terms)
AGE = ("<18", "18-22", "23+", "onbekend")
NATIONALITY = countries.GROUPS
MELDER = tuple(t.nl for t in MELDERS.terms)
OTHER_BRABANT, ELSEWHERE, UNKNOWN_PLACE = "Overig Noord-Brabant", "Elders", "Onbekend"
OTHER_REGION = "Overige regiogemeenten"
PERSONS = "personen"


def other_in(province: str) -> str:
    """The category of the rest of a province the region touches: 'Overig Zuid-Holland'."""
    return f"Overig {province}"


def form_category(forms_mask: int) -> str:
    forms = [f for f in mask_to_forms(forms_mask) if f != "onbekend"]
    if len(forms) > 1:
        return MULTIPLE_FORMS
    return EXPLOITATION_FORMS.label(forms[0]) if forms else "Onbekend"


def comensha_record(row: Mapping) -> dict[str, str]:
    """One newly registered person in the categories of the Comensha tables."""
    return {
        "vorm": form_category(row["forms_mask"]),
        "geslacht": GENDERS.label(row["gender"]),
        "leeftijdsgroep": age_group(row["age"]),
        "nationaliteitsgroep": countries.group(row["nationality"]),
        "melder": MELDERS.label(row["melder"]),
    }


COMENSHA_CATEGORIES = {
    "vorm": FORMS,
    "geslacht": GENDER,
    "leeftijdsgroep": AGE,
    "nationaliteitsgroep": NATIONALITY,
    "melder": MELDER,
}
COMENSHA_TABLES = (
    ("vorm_geslacht", ("vorm", "geslacht")),
    ("vorm_leeftijd", ("vorm", "leeftijdsgroep")),
    ("leeftijd_geslacht", ("leeftijdsgroep", "geslacht")),
    ("nationaliteit_geslacht", ("nationaliteitsgroep", "geslacht")),
    ("melder", ("melder",)),
    ("leeftijd_nl_niet_nl", ("leeftijdsgroep", "nationaliteitsgroep")),
)
# Dutch / non-Dutch is the nationality group coarsened. The table keeps the dimension's name
# so that disclosure control links it to nationaliteit_geslacht like any shared dimension:
# its NL and onbekend margins are those cells there, and niet-NL (= EU + niet-EU) follows
# from the grand total. Under another name the audit would not know that relation, which
# every reader does. The file calls the column `nl_niet_nl` (see COLUMN_NAMES).
NL_NOT_NL = ("NL", "niet-NL", "onbekend")
COARSE = {"leeftijd_nl_niet_nl": {"nationaliteitsgroep": {"EU": "niet-NL", "niet-EU": "niet-NL"}}}
COLUMN_NAMES = {("leeftijd_nl_niet_nl", "nationaliteitsgroep"): "nl_niet_nl"}


def column_name(table: str, dimension: str) -> str:
    """The name of a dimension's column in the files of `table`."""
    return COLUMN_NAMES.get((table, dimension), dimension)


GEMEENTE_CONTROLLED = (
    "nieuwe_meldingen",
    "actieve_trajecten",
    "adviesvragen",
    "verwijzingen",
    "uitkomst_zrm",
    "uitkomst_aangifte",
)
# Persons counted at some moment of a period, and their outcomes: a year is not the sum of
# its quarters (see privacy.tables).
STOCK_TABLES = ("actieve_trajecten", "uitkomst_zrm", "uitkomst_aangifte")
CONTROLLED_TABLES = {
    "comensha": tuple(name for name, _ in COMENSHA_TABLES),
    "gemeente": GEMEENTE_CONTROLLED,
}


def comensha_tables(rows: Sequence[Mapping]) -> list[Table]:
    records = [comensha_record(r) for r in rows]
    return [
        cross_tabulate(name, _coarsened(name, records), dims, _categories(name, dims), PERSONS)
        for name, dims in COMENSHA_TABLES
    ]


def _coarsened(name: str, records: list[dict[str, str]]) -> list[dict[str, str]]:
    steps = COARSE.get(name)
    if not steps:
        return records
    return [{d: steps.get(d, {}).get(v, v) for d, v in r.items()} for r in records]


def _categories(name: str, dims: Sequence[str]) -> dict[str, tuple[str, ...]]:
    coarse = {"nationaliteitsgroep": NL_NOT_NL} if name in COARSE else {}
    return {d: coarse.get(d, COMENSHA_CATEGORIES[d]) for d in dims}


# --- municipalities --------------------------------------------------------------------


def place_bucket(code: str, region: Sequence[str]) -> str:
    """A residence municipality as the Gemeente profile shows it: a region municipality,
    the rest of a province the region touches, elsewhere, or unknown. A code merged away
    since it was recorded counts as its successor."""
    region = Region.of(region)
    code = municipalities.successor(code)
    if code in region:
        return municipalities.name(code)
    if code == municipalities.ABROAD:
        return ELSEWHERE
    found = municipalities.all_municipalities().get(code)
    if found is None:
        return UNKNOWN_PLACE
    return other_in(found.province) if found.province in region.provinces else ELSEWHERE


def folded_places(counts: Mapping[str, int], region: Sequence[str], minimum: int) -> set[str]:
    """Region municipalities too small to show on their own (fewer than `minimum` new
    reports): they are folded into 'Overige regiogemeenten' in every table, because
    their cells would otherwise be mostly suppressed."""
    names = [municipalities.name(code) for code in region]
    return {name for name in names if counts.get(name, 0) < minimum}


def place_categories(region: Sequence[str], folded: set[str]) -> tuple[str, ...]:
    shown = [municipalities.name(c) for c in region if municipalities.name(c) not in folded]
    rest = [OTHER_REGION] if folded else []
    overig = [other_in(p) for p in Region.of(region).provinces_with_rest]
    return (*shown, *rest, *overig, ELSEWHERE, UNKNOWN_PLACE)


def _place(code: str, region: Sequence[str], folded: set[str]) -> str:
    bucket = place_bucket(code, region)
    return OTHER_REGION if bucket in folded else bucket


def year_folding(
    new_registrations: Sequence[Mapping], region: Sequence[str], threshold: int
) -> set[str]:
    """The folding of a year family, from the new reports of the whole year: a quarter
    and its year must show the same municipalities, or they cannot be audited together."""
    new = [place_bucket(r["municipality"], region) for r in new_registrations]
    counts = {name: new.count(name) for name in set(new)}
    return folded_places(counts, region, 2 * threshold)


def gemeente_tables(
    data: Mapping[str, Sequence[Mapping]],
    region: Sequence[str],
    threshold: int,
    folded: set[str] | None = None,
) -> tuple[list[Table], list[Table]]:
    """(tables about persons — disclosure controlled, tables about activities — not).

    `data` holds the record lists: new_registrations, advice_questions, active_cases,
    referrals, prevention, outcomes (each outcome record: zrm, aangifte).
    `region` is the Region the release is made for (a bare list of codes: the preset's name).
    `folded` is the folding of the year family (`year_folding`); by default it is decided
    on `data` alone.
    """
    region = Region.of(region)
    if folded is None:
        folded = year_folding(data["new_registrations"], region, threshold)
    places = place_categories(region, folded)

    def by_place(name: str, rows: Sequence[Mapping], unit: str) -> Table:
        records = [{"gemeente": _place(r["municipality"], region, folded)} for r in rows]
        return cross_tabulate(
            name, records, ("gemeente",), {"gemeente": places}, unit, name not in STOCK_TABLES
        )

    domains = tuple(t.nl for t in CARE_DOMAINS.terms)
    referral_records = [
        {
            "gemeente": _place(r["municipality"], region, folded),
            "zorgdomein": CARE_DOMAINS.label(r["domain"]),
        }
        for r in data["referrals"]
    ]
    persons = [
        by_place("nieuwe_meldingen", data["new_registrations"], PERSONS),
        by_place("actieve_trajecten", data["active_cases"], "personen in traject"),
        by_place("adviesvragen", data["advice_questions"], "adviesvragen"),
        cross_tabulate(
            "verwijzingen",
            referral_records,
            ("zorgdomein", "gemeente"),
            {"zorgdomein": domains, "gemeente": places},
            "verwijzingen",
        ),
        *_outcome_tables(data["outcomes"]),
    ]
    meetings = _meetings_table(data.get("meetings", {}))
    # Activities are not about persons: every region municipality by name, never folded.
    every_place = place_categories(region, set())
    return persons, [*_activity_tables(data["prevention"], every_place, region, set()), meetings]


def _meetings_table(held: Mapping[str, int]) -> Table:
    """Zorgoverleggen and casusoverleggen held: regional activities, not per person."""
    kinds = ("Zorgoverleg", "Casusoverleg")
    counts = {(kind,): int(held.get(kind.lower(), 0)) for kind in kinds}
    return Table("overleggen", ("soort",), {"soort": kinds}, counts, "overleggen")


def _outcome_tables(outcomes: Sequence[Mapping]) -> list[Table]:
    zrm = [
        {"zrm": "ZRM verbeterd" if o["zrm"] else "ZRM niet verbeterd"}
        for o in outcomes
        if o["zrm"] is not None
    ]
    aangifte = [
        {"aangifte": "Aangifte gedaan" if o["aangifte"] else "Geen aangifte"} for o in outcomes
    ]
    return [
        cross_tabulate(
            "uitkomst_zrm",
            zrm,
            ("zrm",),
            {"zrm": ("ZRM verbeterd", "ZRM niet verbeterd")},
            "personen met ZRM",
            additive=False,
        ),
        cross_tabulate(
            "uitkomst_aangifte",
            aangifte,
            ("aangifte",),
            {"aangifte": ("Aangifte gedaan", "Geen aangifte")},
            "personen in traject",
            additive=False,
        ),
    ]


def _activity_tables(
    prevention: Sequence[Mapping], places: tuple[str, ...], region: Sequence[str], folded: set[str]
) -> list[Table]:
    """Sessions and people reached: about activities, not persons; published as they are."""
    sessions: dict[tuple[str, ...], int] = {}
    reached: dict[tuple[str, ...], int] = {}
    for row in prevention:
        key = (_place(row["municipality"], region, folded),)
        sessions[key] = sessions.get(key, 0) + 1
        reached[key] = reached.get(key, 0) + int(row["participants"])
    categories = {"gemeente": places}
    return [
        Table("preventie_bijeenkomsten", ("gemeente",), categories, sessions, "bijeenkomsten"),
        Table("preventie_bereik", ("gemeente",), categories, reached, "deelnemers"),
    ]


# --- the record extract ----------------------------------------------------------------

QUASI_IDENTIFIERS = ("registratiejaar", "leeftijdsgroep", "nationaliteitsgroep", "regio")


def region_of(code: str, region: Sequence[str]) -> str:
    region = Region.of(region)
    if municipalities.successor(code) in region:
        return region.name
    bucket = place_bucket(code, region)
    if bucket.startswith("Overig "):
        return bucket
    return "Elders in Nederland" if bucket == ELSEWHERE else "Onbekend"


def extract_record(row: Mapping, region: Sequence[str], pseudonym: str) -> dict[str, str]:
    return {
        "pseudoniem": pseudonym,
        "registratiejaar": row["date"][:4],
        "leeftijdsgroep": age_group(row["age"]),
        "nationaliteitsgroep": countries.group(row["nationality"]),
        "regio": region_of(row["municipality"], region),
        "vormen": form_category(row["forms_mask"]),
        "melder": MELDERS.label(row["melder"]),
        "aangifte": "ja" if row["aangifte"] == "ja" else "nee",
    }


def _step(mapping: Mapping[str, str]):  # noqa: ANN202
    return lambda value: mapping.get(value, value)


HIERARCHIES = {
    "registratiejaar": [lambda v: v, lambda v: "*"],
    "leeftijdsgroep": [
        lambda v: v,
        _step({"<18": "minderjarig", "18-22": "meerderjarig", "23+": "meerderjarig"}),
        lambda v: "*",
    ],
    "nationaliteitsgroep": [
        lambda v: v,
        _step({"EU": "niet-NL", "niet-EU": "niet-NL"}),
        lambda v: "*",
    ],
    "regio": [
        lambda v: v,
        lambda v: v if v == "Onbekend" else "Nederland",  # the region, overig, elders
        lambda v: "*",
    ],
}
