"""Release families: a year and its quarters released in both orders, and a correction.

Prints one JSON line per measure: the time of every release (the largest family audit is
the year planning its four quarters), and the hidden cells per table for year-then-quarters
against quarters-then-year. Target: the largest family audit ≤ 10 s at 100,000 persons.
Usage: bench_release_family.py [persons] [seed] [vault folder to reuse as a starting point]
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from emp_desktop.services import demo_service, export_files, export_service, vault_service
from emp_desktop.storage.keyslots import KdfParams

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 7
PASSPHRASE = "bench-wachtzin-lang-genoeg-42"
YEAR = "2025"
QUARTERS = [f"{YEAR}Q{q}" for q in range(1, 5)]
ORDERS = {
    "year_then_quarters": [YEAR, *QUARTERS],
    "quarters_then_year": [*QUARTERS, YEAR],
}


def _base(folder: Path) -> Path:
    if not vault_service.vault_exists(folder):
        opened = vault_service.create_vault(
            folder, PASSPHRASE, kdf=KdfParams(memory_kib=1024, iterations=1, parallelism=1)
        ).vault
        demo_service.fill_demo(opened, PERSONS, seed=SEED, today=date(2026, 11, 1))
        vault_service.lock(opened)
    return folder


def _emit(**fields: object) -> None:
    print(json.dumps({"persons": PERSONS, **fields}, ensure_ascii=False), flush=True)


def _run(base: Path, tmp: Path, profile: str, order: str) -> None:
    folder = tmp / f"{profile}-{order}"
    shutil.copytree(base, folder)
    opened = vault_service.unlock(folder, PASSPHRASE)
    hidden: Counter[str] = Counter()
    try:
        for period in ORDERS[order]:
            start = time.perf_counter()
            preview = export_service.prepare_export(opened, profile, period)
            export_files.write_export(opened, preview, tmp / f"out-{profile}-{order}-{period}")
            _emit(
                measure="family_release",
                profile=profile,
                order=order,
                period=period,
                seconds=round(time.perf_counter() - start, 3),
                planned_quarters=len({pt.release for pt in preview.plan}),
            )
            for pt in preview.protected:
                hidden[pt.table.name] += len(pt.hidden)
    finally:
        vault_service.lock(opened)
    _emit(measure="family_hidden_cells", profile=profile, order=order, per_table=dict(hidden))


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = _base(Path(sys.argv[3]) if len(sys.argv) > 3 else tmp / "basis")
        for profile in ("comensha", "gemeente"):
            for order in ORDERS:
                _run(base, tmp, profile, order)


if __name__ == "__main__":
    main()
