"""Residence municipalities: CBS codes (2025 division) with names and aliases, the 15
municipalities of the Eindhoven care-coordination region (the first region preset, see
domain.region), the municipalities merged away since (`merged.csv`: their old codes and
names still resolve, to their successor), and two special values."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from emp_desktop.domain.vocabulary import fold
from emp_desktop.locations import resources_dir

ABROAD = "buiten_nl"
UNKNOWN = "onbekend"
SPECIAL = {ABROAD: "Buiten Nederland", UNKNOWN: "Onbekend"}
PROVINCE = "Noord-Brabant"
_EXTRA_ALIASES = {
    "den haag": "GM0518",
    "s gravenhage": "GM0518",
    "the hague": "GM0518",
    "den bosch": "GM0796",
    "s hertogenbosch": "GM0796",
    "nuenen": "GM0820",
    "nuenen c a": "GM0820",
    "nuenen ca": "GM0820",
    "laren": "GM0417",
    "bergen": "GM0373",  # Bergen (NH.), the larger of the two
    "budel": "GM1706",
    "maarheeze": "GM1706",
    "geldrop": "GM1771",
    "mierlo": "GM1771",
    "heeze": "GM1658",
    "leende": "GM1658",
    "reusel": "GM1667",
    "son": "GM0848",
    "buitenland": ABROAD,
    "buiten nederland": ABROAD,
    "onbekend": UNKNOWN,
    "": UNKNOWN,
}


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    province: str
    in_region: bool
    short_name: str


def _rows(filename: str) -> list[dict[str, str]]:
    with open(resources_dir() / "geo" / filename, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def all_municipalities() -> dict[str, Municipality]:
    region = {row["code"]: row["short_name"] for row in _rows("emp_region.csv")}
    return {
        row["code"]: Municipality(
            row["code"],
            row["name"],
            row["province"],
            row["code"] in region,
            region.get(row["code"], row["name"]),
        )
        for row in _rows("gemeenten.csv")
    }


def region_codes() -> list[str]:
    """The Eindhoven preset; the vault's own region comes from services.region_service."""
    return [row["code"] for row in _rows("emp_region.csv")]


@cache
def _merged() -> dict[str, tuple[str, str]]:
    """Old CBS code -> (old name, code it merged into), from `merged.csv`: a municipal merger
    of a later year is a data update (new gemeenten.csv, new line here), never a code change."""
    return {row["old_code"]: (row["old_name"], row["new_code"]) for row in _rows("merged.csv")}


def successor(code: str) -> str:
    """The current code for `code`: itself, or where a merged municipality went (in chains)."""
    seen = {code}
    while code in _merged() and code not in all_municipalities():
        code = _merged()[code][1]
        if code in seen:
            break
        seen.add(code)
    return code


def province(code: str) -> str | None:
    found = all_municipalities().get(successor(code))
    return found.province if found else None


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, municipality in all_municipalities().items():
        index[fold(code)] = code
        index[fold(municipality.name)] = code
        index[fold(municipality.short_name)] = code
        without_province = re.sub(r"\s*\(.*?\)", "", municipality.name)
        index.setdefault(fold(without_province), code)
    index.update({fold(k): v for k, v in _EXTRA_ALIASES.items()})
    for old_code, (old_name, _) in _merged().items():  # current names win over old ones
        index.setdefault(fold(old_code), successor(old_code))
        index.setdefault(fold(old_name), successor(old_code))
    return index


def match(value: str) -> str | None:
    """CBS code for a code, official name or alias; ABROAD/UNKNOWN; None if not found."""
    return _index().get(fold(value))


def name(code: str) -> str:
    if code in SPECIAL:
        return SPECIAL[code]
    municipality = all_municipalities().get(code)
    return municipality.short_name if municipality else code


def sort_key(code: str) -> str:
    """What the person list sorts on: the folded Dutch (CBS) name, the same in every region
    (not the region's short name); an unknown code after every name."""
    if code in SPECIAL:
        return fold(SPECIAL[code])
    municipality = all_municipalities().get(code)
    return fold(municipality.name) if municipality else "\uffff" + code


def is_valid(code: str) -> bool:
    return code in SPECIAL or code in all_municipalities()
