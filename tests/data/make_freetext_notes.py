"""Writes freetext_notes.jsonl: synthetic Dutch case notes with the personal data in them
marked by construction (every value is invented; BSNs pass the elfproef, IBANs mod 97).

Run once: `python tests/data/make_freetext_notes.py`; the JSONL is committed so that the
figures in the README are reproducible. Each line: {"text", "spans": [[kind, start, end]],
"own": [first, surname], "others": [[first, surname], ...]}.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OWN = [("Ilse", "Verhoeven"), ("Joyce", "Mertens"), ("Samira", "Bouzid"), ("Anouk", "Pijnenburg")]
OTHERS = [("Bram", "Hendriks"), ("Yasmina", "Tahiri"), ("Ruud", "Kuijpers")]
# Names of people who are not in the vault: deduce's Dutch name knowledge must find them.
STRANGERS = [
    "Daan de Vries",
    "Sanne Jansen",
    "Kevin Bakker",
    "mevrouw Van den Berg",
    "Mark Visser",
    "Lotte Smit",
    "Thijs Meijer",
    "Fleur de Boer",
    "Jeroen Mulder",
    "Eva de Groot",
    "Bas Bos",
    "Nina Vos",
    "Rick Peters",
    "Iris Dekker",
    "dhr. Willemsen",
]
PHONES = [
    "06-12345678",
    "06 2345 6789",
    "0612398745",
    "040-2345678",
    "040 234 56 78",
    "+31 6 34567890",
    "+31(0)6 45678901",
    "0031 6 56789012",
    "+48 512 345 678",
    "+40 721 234 567",
    "+44 20 7946 0958",
    "+359 88 123 4567",
]
BSNS = ["111222333", "123456782", "944 117 715", "853.194.130"]
IBANS = [
    "NL91 ABNA 0417 1643 00",
    "NL18RABO0123459876",
    "NL20INGB0001234567",
    "DE89 3704 0044 0532 0130 00",
]
EMAILS = [
    "ilse.v2007@hotmail.com",
    "jm_love99@gmail.com",
    "b.hendriks@ziggo.nl",
    "samira.b@outlook.com",
]
POSTCODES = ["5611 AB 12", "5612AX 3", "5502 KL", "5651 GH 140", "5581 BB 7a"]
STREETS = [
    "Stratumsedijk 23",
    "Kruisstraat 105",
    "Van Goghstraat 8",
    "Hoogstraat 12a",
    "Vestdijk 9",
]
PLATES = ["XR-123-B", "12-ABC-3", "GH-45-JK", "1-KTR-45", "99-XX-99"]
BIRTHS = ["14-03-2007", "geboren op 2 mei 2006", "geb. 01-11-1999", "3/7/2008", "2005-09-21"]

TEMPLATES = [
    ("telefoon", "Cliënte belde vanaf nieuw nummer {telefoon}, wil morgen terugbellen."),
    ("telefoon", "Pooier belt haar steeds vanaf {telefoon}; nummer doorgegeven aan AVIM."),
    ("telefoon", "Bereikbaar via {telefoon} (alleen na 18 uur)."),
    ("bsn", "BSN {bsn} nodig voor aanvraag zorgverzekering."),
    ("bsn", "Burgerservicenummer: {bsn}, gecontroleerd bij gemeente."),
    ("iban", "Schulden: huur achterstand, rekening {iban} geblokkeerd."),
    ("iban", "Leefgeld wordt gestort op {iban}."),
    ("email", "Mailt soms vanaf {email}, niet via haar telefoon."),
    ("email", "Contact via e-mail {email} afgesproken."),
    ("postcode", "Verblijft tijdelijk op {postcode} bij een vriendin."),
    ("postcode", "Nieuw adres na verhuizing: {postcode}."),
    ("adres", "Woont sinds kort op de {adres} in Eindhoven."),
    ("adres", "Slaapadres {adres}, boven de shoarmazaak."),
    ("kenteken", "Wordt opgehaald door een zwarte Audi met kenteken {kenteken}."),
    ("kenteken", "Auto {kenteken} gezien bij school, doorgegeven aan politie."),
    ("geboortedatum", "Leeftijd gecontroleerd, {geboortedatum}, dus minderjarig."),
    ("geboortedatum", "Paspoort toont {geboortedatum}."),
    ("own", "{own} vertelde dat zij niet meer naar huis durft."),
    ("own", "Gesprek met {own} op school, samen met mentor."),
    ("other", "{other} is volgens haar degene die de klanten regelt."),
    ("other", "Zus {other} ook in beeld bij het wijkteam."),
    ("stranger", "Haar vriend {stranger} brengt haar naar de afspraken."),
    ("stranger", "Moeder noemt {stranger} als degene die haar onder druk zet."),
    ("stranger", "Besproken met {stranger}, die haar kent van het werk."),
]

CLEAN = [
    "Intake gedaan op 12-03-2025, vervolgafspraak over twee weken.",
    "Verwezen naar GGD en Humanitas; wachttijd ongeveer 6 weken.",
    "Zorgoverleg 4 april: casus besproken, acties bij WIJeindhoven.",
    "Schuld van ongeveer 1.250 euro bij de zorgverzekeraar.",
    "Om 14:30 gebeld, geen gehoor. Morgen opnieuw proberen.",
    "Cliënte volgt 12 sessies traumabehandeling bij GGZ Oost Brabant.",
    "Aangifte gedaan bij de politie Eindhoven, zaaknummer volgt.",
    "Huisvesting via Leger des Heils, intake 3 juni.",
    "ZRM afgenomen: financiën 2, huisvesting 3, justitie 4.",
    "Voorlichting gegeven op het Summa College voor 25 leerlingen.",
    "Cliënte is 16 jaar en woont bij haar moeder in Veldhoven.",
    "Afspraak verzet naar 21-05-2025 in verband met vakantie.",
    "Casus P-2025-0012 overgedragen aan collega in regio Tilburg.",
    "Wil geen aangifte doen uit angst voor represailles.",
    "Begeleid naar het spreekuur van de huisarts.",
    "Contact met JUZT over plaatsing; besluit volgt volgende week.",
    "Reiskosten 45,50 euro vergoed uit het noodfonds.",
    "Telefonisch contact, 20 minuten, stemming wisselend.",
    "Plan: veiligheidsplan opstellen samen met AVIM en Veilig Thuis.",
    "Schoolverzuim sinds januari 2025, leerplicht ingeschakeld.",
    "Werkt 24 uur per week in een distributiecentrum in Tilburg.",
    "Zorgt voor haar zoontje van 2 jaar, opvang geregeld.",
    "Bespreking in zorgoverleg van 7 oktober 2025 gepland.",
    "Score op de vragenlijst: 31 van de 40 punten.",
    "Kamer 3 van de opvang, gedeeld met een andere cliënte.",
    "Doorverwezen naar Sterk Huis voor crisisopvang.",
    "Verklaring ontvangen van de Immigratie- en Naturalisatiedienst.",
    "Terugkoppeling aan de melder gegeven op 02-06-2025.",
    "Gesprek in het Nederlands met tolk Arabisch via de telefoon.",
    "Zij wil volgend jaar een opleiding tot kapster starten.",
    "Dossiernummer 231472683 bij de rechtbank, zitting in het najaar.",
    "Factuur 987654321 van de energieleverancier nog open.",
    "Vervolg gepland voor 2025-11-04 met de gedragsdeskundige.",
    "Groep van 12 meiden, 3 met een LVB, tussen 14 en 17 jaar.",
    "Traject loopt sinds 2024, eerste melding via school.",
    "Wacht op uitslag van het medisch onderzoek bij de GGD.",
    "Via Koraalgroep YIP! aangemeld voor dagbesteding.",
    "Code 5 op de risicotaxatie, hoog risico op terugval.",
]

POOLS = {
    "telefoon": PHONES,
    "bsn": BSNS,
    "iban": IBANS,
    "email": EMAILS,
    "postcode": POSTCODES,
    "adres": STREETS,
    "kenteken": PLATES,
    "geboortedatum": BIRTHS,
    "stranger": STRANGERS,
}
KIND_OF_SLOT = {"own": "naam", "other": "naam", "stranger": "naam"}


def _birth_value_span(value: str) -> tuple[int, int]:
    """Only the date itself is personal data, not 'geboren op'."""
    m = re.search(r"\d.*\d", value)
    return m.start(), m.end()


def _fill(template: str, slot: str, value: str) -> tuple[str, list]:
    start = template.index("{" + slot + "}")
    text = template.replace("{" + slot + "}", value)
    kind = KIND_OF_SLOT.get(slot, slot)
    a, b = (0, len(value))
    if slot == "geboortedatum":
        a, b = _birth_value_span(value)
    elif slot == "stranger":
        a = (
            len(value) - len(value.split(" ", 1)[1])
            if value.split()[0] in ("mevrouw", "dhr.")
            else 0
        )
    return text, [[kind, start + a, start + b]]


def notes() -> list[dict]:
    rng = random.Random(16)
    out = []
    for slot, template in TEMPLATES:
        for _ in range(5):
            own = rng.choice(OWN)
            if slot == "own":
                value = rng.choice([f"{own[0]} {own[1]}", own[0], own[1]])
            elif slot == "other":
                other = rng.choice(OTHERS)
                value = rng.choice([f"{other[0]} {other[1]}", other[0]])
            else:
                value = rng.choice(POOLS[slot])
            text, spans = _fill(template, slot, value)
            out.append({"text": text, "spans": spans, "own": list(own), "others": OTHERS})
    for text in CLEAN:
        out.append({"text": text, "spans": [], "own": list(rng.choice(OWN)), "others": OTHERS})
    unique = {n["text"]: n for n in out}
    return list(unique.values())


if __name__ == "__main__":
    target = Path(__file__).with_name("freetext_notes.jsonl")
    lines = [json.dumps(n, ensure_ascii=False) for n in notes()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} notities naar {target}")
