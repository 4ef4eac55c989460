"""The care-coordination region a vault serves: a name and its municipalities (CBS codes).

Every region-dependent output (the Gemeente export, the annual report, the maps, the demo
data, the person list's municipality filter) takes a `Region`; the Eindhoven region is the
first preset and the region of a vault that has none stored. A Region behaves as the
sequence of its codes, so code written for a list of codes keeps working.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from emp_desktop.domain import municipalities
from emp_desktop.domain.errors import EmpError

MAX_NAME_LENGTH = 80
# Names the Gemeente profile already uses for its other categories: a region called so
# would make two different rows read the same.
_RESERVED_PREFIXES = ("overig", "elders", "onbekend", "buiten nederland", "totaal")


class InvalidRegion(EmpError):
    """A region that cannot be stored: nothing is changed. `detail` says what is wrong."""

    key = "invalid_region"
    exit_code = 2


class UnknownMunicipalities(EmpError):
    """Entries that are no CBS code, name or former name of a Dutch municipality."""

    key = "unknown_municipalities"
    exit_code = 2


@dataclass(frozen=True)
class Region(Sequence[str]):
    name: str  # as it follows "regio", e.g. "Zuidoost-Brabant", "Rijnmond"
    codes: tuple[str, ...]

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - Sequence protocol
        return self.codes[index]

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[str]:
        return iter(self.codes)

    def __contains__(self, code: object) -> bool:
        return code in self._members

    @cached_property
    def _members(self) -> frozenset[str]:
        return frozenset(self.codes)

    @cached_property
    def provinces(self) -> tuple[str, ...]:
        """The provinces it touches, most of its municipalities first (its home province)."""
        found = [municipalities.province(code) or "" for code in self.codes]
        return tuple(sorted({p for p in found if p}, key=lambda p: (-found.count(p), p)))

    @cached_property
    def provinces_with_rest(self) -> tuple[str, ...]:
        """The provinces that have municipalities outside the region: each gets its own
        'Overig <provincie>' category; a province wholly inside the region gets none."""
        everything = municipalities.all_municipalities().values()
        rest = {m.province for m in everything if m.code not in self}
        return tuple(p for p in self.provinces if p in rest)

    @property
    def title(self) -> str:
        """'regio Zuidoost-Brabant', as the report's sentences use it."""
        return self.name if self.name.lower().startswith("regio") else f"regio {self.name}"

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "codes": list(self.codes)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> Region:
        """A stored region; None or empty is the Eindhoven preset. Codes merged away since
        (a newer municipal division) are read as their successor."""
        if not text:
            return EINDHOVEN
        stored = json.loads(text)
        codes = dict.fromkeys(municipalities.successor(c) for c in stored["codes"])
        return cls(str(stored["name"]), tuple(codes))

    @classmethod
    def of(cls, region: Sequence[str]) -> Region:
        """A Region from a Region or a bare list of codes (then named as the preset)."""
        if isinstance(region, Region):
            return region
        return cls(EINDHOVEN.name, tuple(region))


def _preset_eindhoven() -> Region:
    return Region("Zuidoost-Brabant", tuple(municipalities.region_codes()))


EINDHOVEN = _preset_eindhoven()
PRESETS: dict[str, Region] = {"eindhoven": EINDHOVEN}


def resolve_municipalities(entries: Iterable[str]) -> tuple[str, ...]:
    """CBS codes for codes, names, aliases or former names (as the import reads them), in
    the order given, without repeats. Raises for an empty list or any unknown entry."""
    cleaned = [e.strip() for e in entries if e.strip()]
    if not cleaned:
        raise InvalidRegion(detail="geen gemeenten gekozen")
    found, unknown = [], []
    for entry in cleaned:
        code = municipalities.match(entry)
        if code is None or code in municipalities.SPECIAL:
            unknown.append(entry)
        else:
            found.append(code)
    if unknown:
        raise UnknownMunicipalities(entries=", ".join(unknown))
    return tuple(dict.fromkeys(found))


def build_region(name: str, entries: Iterable[str]) -> Region:
    """A validated Region, or InvalidRegion / UnknownMunicipalities (nothing changed)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidRegion(detail="de naam van de regio ontbreekt")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidRegion(detail=f"de naam is langer dan {MAX_NAME_LENGTH} tekens")
    if name.lower().startswith(_RESERVED_PREFIXES):
        raise InvalidRegion(detail=f"‘{name}’ is al de naam van een andere categorie")
    return Region(name, resolve_municipalities(entries))
