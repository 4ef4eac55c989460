"""Random registries and Comensha-style tables for the disclosure tests."""

from __future__ import annotations

from hypothesis import strategies as st

from emp_desktop.privacy.tables import Table, cross_tabulate

CATEGORIES = {
    "vorm": ("seksueel", "arbeid", "crimineel", "orgaan", "meerdere vormen", "onbekend"),
    "geslacht": ("Vrouw", "Man", "X", "onbekend"),
    "leeftijd": ("<18", "18-22", "23+", "onbekend"),
    "nationaliteit": ("NL", "EU", "niet-EU", "onbekend"),
    "melder": ("politie", "zorg", "school", "wijkteam", "jeugdzorg", "familie", "anders"),
}

# Skewed like real registrations, so that small cells and near-uniform groups are common.
_WEIGHTED = {
    "vorm": ["seksueel"] * 6 + ["arbeid"] * 2 + ["crimineel", "orgaan", "meerdere vormen"],
    "geslacht": ["Vrouw"] * 7 + ["Man"] * 2 + ["X", "onbekend"],
    "leeftijd": ["<18"] * 3 + ["18-22"] * 2 + ["23+"] * 3 + ["onbekend"],
    "nationaliteit": ["NL"] * 5 + ["EU"] * 2 + ["niet-EU"] * 2 + ["onbekend"],
    "melder": list(CATEGORIES["melder"]) + ["politie", "zorg"] * 2,
}

TABLE_DIMENSIONS = (
    ("vorm",),
    ("geslacht",),
    ("leeftijd",),
    ("nationaliteit",),
    ("melder",),
    ("vorm", "geslacht"),
    ("geslacht", "leeftijd"),
    ("nationaliteit", "leeftijd"),
    ("vorm", "melder"),
)


@st.composite
def person(draw: st.DrawFn) -> dict[str, str]:
    record = {dim: draw(st.sampled_from(values)) for dim, values in _WEIGHTED.items()}
    record["kwartaal"] = draw(st.sampled_from("1234"))
    return record


def registries(max_size: int = 400) -> st.SearchStrategy[list[dict[str, str]]]:
    return st.lists(person(), max_size=max_size)


def comensha_tables(
    records: list[dict[str, str]], dims: tuple[tuple[str, ...], ...] = TABLE_DIMENSIONS
) -> list[Table]:
    return [cross_tabulate(" × ".join(d), records, d, CATEGORIES, "personen") for d in dims]
