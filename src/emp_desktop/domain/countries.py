"""Nationalities: ISO 3166-1 alpha-2 codes with Dutch names (from Babel's CLDR data),
grouped as NL / EU / non-EU / onbekend for reporting."""

from __future__ import annotations

from functools import cache

from babel import Locale

from emp_desktop.domain.vocabulary import fold

UNKNOWN = "onbekend"
STATELESS = "XX"
EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"})
# Adjectives people write in a nationality column ("Poolse", "Nederlandse").
_ADJECTIVES = {
    "nederlandse": "NL",
    "nederlands": "NL",
    "poolse": "PL",
    "roemeense": "RO",
    "bulgaarse": "BG",
    "hongaarse": "HU",
    "litouwse": "LT",
    "slowaakse": "SK",
    "nigeriaanse": "NG",
    "eritrese": "ER",
    "syrische": "SY",
    "marokkaanse": "MA",
    "turkse": "TR",
    "oekraiense": "UA",
    "chinese": "CN",
    "vietnamese": "VN",
    "braziliaanse": "BR",
    "duitse": "DE",
    "belgische": "BE",
    "ghanese": "GH",
    "oegandese": "UG",
    "filipijnse": "PH",
    "thaise": "TH",
    "indiase": "IN",
    "stateloos": STATELESS,
    "onbekend": UNKNOWN,
}
GROUPS = ("NL", "EU", "niet-EU", "onbekend")


@cache
def _names(lang: str) -> dict[str, str]:
    territories = Locale(lang).territories
    names = {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    names["XK"] = territories.get("XK", "Kosovo")
    names[STATELESS] = "Staatloos" if lang == "nl" else "Stateless"
    return names


def codes() -> list[str]:
    return sorted(_names("nl"))


def name(code: str, lang: str = "nl") -> str:
    if code == UNKNOWN:
        return "Onbekend" if lang == "nl" else "Unknown"
    return _names(lang).get(code, code)


@cache
def _index() -> dict[str, str]:
    index = {fold(k): v for k, v in _ADJECTIVES.items()}
    for lang in ("en", "nl"):
        for code, country in _names(lang).items():
            index[fold(country)] = code
    for code in _names("nl"):
        index[fold(code)] = code
    return index


def match(value: str) -> str | None:
    """ISO code for a code, Dutch or English name, or common adjective; None if unknown."""
    return _index().get(fold(value)) if value.strip() else UNKNOWN


def group(code: str | None) -> str:
    if not code or code in (UNKNOWN, STATELESS):
        return "onbekend"
    if code == "NL":
        return "NL"
    return "EU" if code in EU_MEMBERS else "niet-EU"
