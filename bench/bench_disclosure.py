"""Disclosure control at scale: a Comensha-style export of 100,000 persons (8 linked tables,
the largest 5 × 12), protected and audited on its own and as a year after its four quarters.
Prints one JSON line per measure: {"measure", "seconds", ...}.

Usage: python bench/bench_disclosure.py [persons] [seed]
Target: protect + audit of one export well under 5 s (issue 5). For regional sizes the same
year is also protected with plain linprog per LP, to show what the warm-started model buys.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable

from emp_desktop.privacy import lp
from emp_desktop.privacy.disclosure import ProtectedTable, audit, protect
from emp_desktop.privacy.tables import Table, cross_tabulate

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 2025

# Weights as in the demo vault (services/demo_service.py): rare categories make small cells.
WEIGHTS = {
    "vorm": {"seksueel": 60, "arbeid": 20, "crimineel": 15, "orgaan": 0.02, "meerdere": 4},
    "geslacht": {"Vrouw": 75, "Man": 20, "X": 0.05, "onbekend": 4},
    "leeftijd": {"<18": 30, "18-22": 25, "23+": 40, "onbekend": 5},
    "nationaliteit": {"NL": 55, "EU": 19, "niet-EU": 22, "onbekend": 4},
    "melder": {
        "politie": 25,
        "zorg": 20,
        "school": 8,
        "wijkteam": 10,
        "jeugdzorg": 10,
        "opvang": 6,
        "huisarts": 4,
        "kmar": 0.3,
        "arbeidsinspectie": 2,
        "familie": 4,
        "zelf": 4,
        "anders": 1,
    },
}
CATEGORIES = {dim: tuple(w) for dim, w in WEIGHTS.items()}
TABLES = (
    ("vorm",),
    ("geslacht",),
    ("leeftijd",),
    ("nationaliteit",),
    ("vorm", "geslacht"),
    ("geslacht", "leeftijd"),
    ("vorm", "melder"),
    ("nationaliteit", "leeftijd"),
)


def registry(persons: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    columns = {
        dim: rng.choices(list(w), weights=list(w.values()), k=persons) for dim, w in WEIGHTS.items()
    }
    quarters = rng.choices("1234", k=persons)
    return [
        {**{dim: columns[dim][i] for dim in WEIGHTS}, "kwartaal": quarters[i]}
        for i in range(persons)
    ]


def tables(records: list[dict[str, str]]) -> list[Table]:
    return [
        cross_tabulate(" × ".join(dims), records, dims, CATEGORIES, "personen") for dims in TABLES
    ]


def timed(measure: str, work: Callable[[], object], **extra: object) -> object:
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(json.dumps({"measure": measure, "seconds": round(seconds, 4), **extra}), flush=True)
    return result


def report(measure: str, released: list[ProtectedTable], failures: list, **extra: object) -> None:
    hidden = sum(len(pt.hidden) for pt in released)
    cells = sum(len(pt.cells) for pt in released)
    print(
        json.dumps(
            {
                "measure": measure,
                "hidden": hidden,
                "cells": cells,
                "failures": len(failures),
                **extra,
            }
        ),
        flush=True,
    )


def quarters(records: list[dict[str, str]], persons: int) -> list[ProtectedTable]:
    parts = [tables([r for r in records if r["kwartaal"] == q]) for q in "1234"]

    def release_all() -> list[ProtectedTable]:
        prior: list[ProtectedTable] = []
        for q, part in zip("1234", parts, strict=True):
            prior += protect(part, release=f"2025Q{q}", prior=prior)
        return prior

    return timed("protect_four_quarters", release_all, persons=persons)


def run(persons: int) -> None:
    records = registry(persons, SEED)
    year = timed("cross_tabulate_8_tables", lambda: tables(records), persons=persons)
    alone = timed("protect_year", lambda: protect(year, release="2025"), persons=persons)
    report("year_result", alone, audit(alone, 5), persons=persons)
    timed("audit_year", lambda: audit(alone, 5), persons=persons)
    prior = quarters(records, persons)
    after = timed(
        "protect_year_after_quarters",
        lambda: protect(year, release="2025", prior=prior),
        persons=persons,
    )
    report("year_after_quarters_result", after, audit(after, 5, prior), persons=persons)
    timed("audit_year_after_quarters", lambda: audit(after, 5, prior), persons=persons)
    if persons <= 1_000:
        # The same work with one cold linprog call per LP instead of the warm-started model.
        lp.USE_HOT_START = False
        timed(
            "protect_year_after_quarters_linprog",
            lambda: protect(year, release="2025", prior=prior),
            persons=persons,
        )
        timed("audit_year_after_quarters_linprog", lambda: audit(after, 5, prior), persons=persons)
        lp.USE_HOT_START = True


def main() -> None:
    # The national-scale export first, then regional sizes (176 persons in 2017 in the
    # source report), where most of the work is: many small cells.
    for persons in dict.fromkeys((PERSONS, 10_000, 1_000, 200)):
        run(persons)


if __name__ == "__main__":
    main()
