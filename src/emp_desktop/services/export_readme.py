"""LEESMIJ.txt: what a recipient needs to use an export without asking — who sent it, for
which region and period, its revision status, what every table and column means, what "x"
and "Totaal" stand for, and the protection used. Plain Dutch text built from the same
manifest document and tables that are written, so it cannot describe other files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from babel.dates import format_date

from emp_desktop.domain import municipalities
from emp_desktop.privacy import profiles
from emp_desktop.privacy.disclosure import method_summary
from emp_desktop.privacy.periods import Period
from emp_desktop.privacy.tables import TOTAL, Table

README = "LEESMIJ.txt"
REGION = "regio Zuidoost-Brabant"
DEFAULT_STATUS = "voorlopig"
FLOW = "Stroomcijfer: de kwartalen van een jaar tellen op tot het jaar."
STOCK = (
    "Standcijfer: per periode geteld; kwartalen tellen niet op tot het jaar (een persoon kan "
    "in meer kwartalen meetellen)."
)
ACTIVITY = "Activiteit, geen personen: niet afgeschermd en gemeenten nooit samengevoegd."
NEW = "Nieuw gemelde (vermoedelijke) slachtoffers (eerste melding in de periode)"
TABLES = {
    "vorm_geslacht": (f"{NEW} naar vorm van uitbuiting en geslacht.", FLOW),
    "vorm_leeftijd": (f"{NEW} naar vorm van uitbuiting en leeftijdsgroep.", FLOW),
    "leeftijd_geslacht": (f"{NEW} naar leeftijdsgroep en geslacht.", FLOW),
    "nationaliteit_geslacht": (f"{NEW} naar nationaliteitsgroep en geslacht.", FLOW),
    "melder": (f"{NEW} naar melder.", FLOW),
    "leeftijd_nl_niet_nl": (f"{NEW} naar leeftijdsgroep en Nederlands / niet-Nederlands.", FLOW),
    "nieuwe_meldingen": (f"{NEW} naar woongemeente.", FLOW),
    "actieve_trajecten": (
        "Personen met een lopend hulpverleningstraject op enig moment in de periode, naar "
        "woongemeente.",
        STOCK,
    ),
    "adviesvragen": (
        "Adviesvragen en korte contacten van professionals, naar gemeente; consultaties van "
        "netwerkpartners staan onder Onbekend.",
        FLOW,
    ),
    "verwijzingen": (
        "Doorverwijzingen naar ketenpartners, aangevraagd in de periode, naar zorgdomein en "
        "woongemeente van de cliënt. Telt verwijzingen, geen personen: één persoon kan meer "
        "verwijzingen hebben.",
        FLOW,
    ),
    "uitkomst_zrm": (
        "Personen in traject met ten minste twee ZRM-metingen: zelfredzaamheid verbeterd of niet.",
        STOCK,
    ),
    "uitkomst_aangifte": (
        "Personen in traject: aangifte gedaan (bij een melding in de periode) of niet.",
        STOCK,
    ),
    "preventie_bijeenkomsten": (
        "Voorlichtingen en trainingen in de periode, naar gemeente waar ze plaatsvonden.",
        f"{FLOW} {ACTIVITY}",
    ),
    "preventie_bereik": (
        "Deelnemers aan voorlichtingen en trainingen, naar gemeente.",
        f"{FLOW} {ACTIVITY}",
    ),
    "overleggen": ("Gehouden zorgoverleggen en casusoverleggen.", f"{FLOW} {ACTIVITY}"),
}
COLUMNS = {
    "vorm": "vorm van uitbuiting bij de melding; Meerdere vormen bij meer dan één vorm",
    "geslacht": "Vrouw, Man, X / anders, Onbekend",
    "leeftijdsgroep": "leeftijd bij de melding: <18, 18-22, 23+, onbekend",
    "nationaliteitsgroep": "NL, EU (een andere EU-lidstaat), niet-EU, onbekend (ook staatloos)",
    "nl_niet_nl": "NL (Nederlandse nationaliteit), niet-NL (EU en niet-EU samen), onbekend",
    "melder": "wie de melding deed (politie, zorg, school, …)",
    "gemeente": (
        "woongemeente van de cliënt (bij preventie: waar de bijeenkomst was); gemeenten in de "
        f"regio bij naam, {profiles.OTHER_REGION} (kleine regiogemeenten samen, zie hieronder), "
        "Overig Noord-Brabant, Elders (rest van Nederland en buitenland), Onbekend"
    ),
    "gemeentecode": (
        "CBS-gemeentecode (GMxxxx) van de gemeente ernaast; leeg bij een groep van gemeenten, "
        "Totaal in totaalregels"
    ),
    "zorgdomein": "zorgdomein van de ketenpartner waarnaar verwezen is",
    "zrm": "ZRM verbeterd / niet verbeterd: gemiddelde score van de laatste meting (tot het "
    "einde van de periode) hoger dan die van de eerste",
    "aangifte": "Aangifte gedaan / Geen aangifte",
    "soort": "Zorgoverleg (4-wekelijks netwerkoverleg) of Casusoverleg (rondom één slachtoffer)",
    "aantal": "het aantal (of x, zie hierboven)",
}
RECORD_COLUMNS = {
    "pseudoniem": "pseudoniem ({pseudonym}); niet terug te rekenen naar een persoon",
    "registratiejaar": "jaar van de melding",
    "leeftijdsgroep": "<18, 18-22, 23+, onbekend; gegeneraliseerd: minderjarig, meerderjarig",
    "nationaliteitsgroep": "NL, EU, niet-EU, onbekend; gegeneraliseerd: niet-NL",
    "regio": "Zuidoost-Brabant, Overig Noord-Brabant, Elders in Nederland, Onbekend; "
    "gegeneraliseerd: Nederland",
    "vormen": "vorm van uitbuiting; Meerdere vormen bij meer dan één",
    "melder": "wie de melding deed",
    "aangifte": "ja / nee",
}


def readme_text(
    document: Mapping, sender: str, tables: Sequence[tuple[str, Table, Sequence[str]]]
) -> str:
    """The LEESMIJ for one export. `document` is the manifest (without its file list),
    `tables` are (file name, table, CSV header) in file order — empty for the extract."""
    lines = [f"LEESMIJ – export {document['profile']} {document['period']}", ""]
    lines += _facts(document, sender)
    if document["profile"] == "comensha-records":
        lines += _records(document)
    else:
        lines += _values(document) + _tables(tables) + _places(document, tables)
    return "\r\n".join(lines) + "\r\n"


def _dutch(day: date) -> str:
    return format_date(day, format="dd-MM-yyyy", locale="nl_NL")


def _facts(document: Mapping, sender: str) -> list[str]:
    period = Period.parse(document["period"])
    status = document.get("status") or DEFAULT_STATUS
    revision = document.get("revision")
    supersedes = document.get("supersedes")
    status_line = status + (f", revisie {revision}" if revision else "")
    status_line += f" (vervangt {supersedes})" if supersedes else ""
    name, codes = _region_of(document)
    region = ", ".join(f"{municipalities.name(c)} ({c})" for c in codes)
    return [
        f"Afzender:   {sender or 'zorgcoördinatie mensenhandel (naam niet ingesteld)'}",
        f"Ontvanger:  {document['recipient']}",
        f"Regio:      regio {name}: {region}",
        f"Periode:    {period.label}, {_dutch(period.start)} t/m {_dutch(period.end)}",
        f"Profiel:    {document['profile']}",
        f"Status:     {status_line}. Voorlopige cijfers kunnen nog worden gecorrigeerd "
        "(nagekomen registraties); een correctie komt als nieuwe levering met eigen revisie.",
        f"Gemaakt met EMP Desktop {document['app_version']} (tijdstip: zie manifest.json).",
        "",
    ]


def _values(document: Mapping) -> list[str]:
    n = document["threshold"]
    return [
        "Waarden",
        f"  x       niet gepubliceerd ter bescherming van privacy: een aantal van 1 tot en met "
        f"{n - 1}, of een cel die verborgen is omdat anders een ander verborgen aantal terug te "
        "rekenen zou zijn. Een x kan dus ook een groot aantal zijn.",
        f"  {TOTAL}  in een dimensiekolom: de som over alle categorieën van die kolom (een "
        f"marge); {TOTAL} in elke dimensiekolom is het eindtotaal.",
        "  0       werkelijk nul.",
        f"  Drempel n = {n}. {method_summary(n)}",
        "",
        "Bestanden",
        "  Per tabel een CSV-bestand (UTF-8, scheidingsteken ;) in lang formaat: één kolom per "
        f"dimensie en de kolom aantal, marges met de waarde {TOTAL}. Het XLSX-bestand bevat "
        "dezelfde tabellen, één blad per tabel, met een extra kolom marge (ja/nee) om "
        "totaalregels weg te filteren, en dit LEESMIJ als eerste blad. manifest.json bevat een "
        "SHA-256 per bestand.",
        "  Tabellen met dezelfde eenheid tellen dezelfde personen: hun gedeelde marges en "
        "totalen zijn gelijk.",
        "",
    ]


def _tables(tables: Sequence[tuple[str, Table, Sequence[str]]]) -> list[str]:
    lines = ["Tabellen"]
    columns: list[str] = []
    for file_name, table, header in tables:
        what, kind = TABLES.get(table.name, (table.name, ""))
        lines.append(f"  {file_name}: {what} Eenheid: {table.unit}. {kind}".rstrip())
        columns += [c for c in header[:-1] if c not in columns]
    columns.append("aantal")
    lines += ["", "Kolommen"]
    lines += [f"  {c}: {COLUMNS.get(c, c)}" for c in columns]
    return [*lines, ""]


def _region_of(document: Mapping) -> tuple[str, list[str]]:
    """(name, CBS codes) of the region the release is made for; the manifest of a release
    from before regions names none: the Eindhoven preset."""
    entry = document.get("region")
    if not entry:
        return REGION.removeprefix("regio "), municipalities.region_codes()
    return entry["name"], [m["code"] for m in entry["municipalities"]]


def _places(
    document: Mapping, tables: Sequence[tuple[str, Table, Sequence[str]]]
) -> list[str]:
    """Which municipalities 'Overige regiogemeenten' holds, and in which tables."""
    by_list: dict[str, list[str]] = {}
    _, codes = _region_of(document)
    for file_name, table, _ in tables:
        shown = set(table.categories.get("gemeente", ()))
        if profiles.OTHER_REGION not in shown:
            continue
        folded = [c for c in codes if municipalities.name(c) not in shown]
        names = ", ".join(f"{municipalities.name(c)} ({c})" for c in folded)
        by_list.setdefault(names, []).append(file_name)
    if not by_list:
        return []
    lines = [
        f"{profiles.OTHER_REGION}: regiogemeenten met te weinig meldingen om apart te tonen, "
        "samen geteld (in de activiteitentabellen staat elke gemeente apart)."
    ]
    for names, files in by_list.items():
        lines += [f"  {names}", f"  in: {', '.join(files)}"]
    return [*lines, ""]


def _records(document: Mapping) -> list[str]:
    levels = document.get("generalisation_levels", {})
    return [
        "Bestand",
        f"  {document['profile']}_{document['period']}.csv (UTF-8, scheidingsteken ;): één "
        "regel per persoon met toestemming voor registratie bij Comensha; hetzelfde in het "
        "XLSX-bestand, met dit LEESMIJ als eerste blad.",
        f"  k-anonimiteit: elke combinatie van {', '.join(document['quasi_identifiers'])} "
        f"komt minstens k = {document['k']} keer voor. Generalisatieniveau per kolom "
        f"(0 = zoals geregistreerd): "
        + ", ".join(f"{k} {v}" for k, v in sorted(levels.items()))
        + ". Weggelaten om k te halen of omdat de rij in een verborgen tabelcel valt: "
        f"{document.get('suppressed_records', 0)} personen.",
        "  * betekent: niet gepubliceerd. Bij een kenmerk van de personen: volledig "
        "gegeneraliseerd. Bij vormen of melder: de waarde valt in een cel die de tabellen van "
        "deze periode of dit jaar verbergen (x); zo zegt het recordbestand niets wat de "
        "tabellen niet mogen zeggen.",
        "",
        "Kolommen",
        *(
            f"  {name}: {meaning.format(pseudonym=document.get('pseudonym', 'HMAC-SHA-256'))}"
            for name, meaning in RECORD_COLUMNS.items()
        ),
        "",
    ]
