"""Exports and the annual report for a full year of the 100,000-person demo vault.
Targets: each export profile ≤ 5 s (issue 5), the annual report ≤ 10 s (issue 6).
Prints one JSON line per measure. Usage: bench_exports.py [persons] [vault folder to reuse];
by default the cached demo vault of bench/_shared.py (built once, reused)."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from _shared import large_vault

from emp_desktop.services import (
    demo_service,
    export_files,
    export_service,
    report_service,
    vault_service,
)
from emp_desktop.storage.keyslots import KdfParams

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PASSPHRASE = "bench-wachtzin-lang-genoeg-42"
YEAR = "2025"


def _vault(folder: Path):  # noqa: ANN202
    if vault_service.vault_exists(folder):
        return vault_service.unlock(folder, PASSPHRASE)
    opened = vault_service.create_vault(
        folder, PASSPHRASE, kdf=KdfParams(memory_kib=1024, iterations=1, parallelism=1)
    ).vault
    demo_service.fill_demo(opened, PERSONS, seed=42, today=date(2026, 11, 1))
    return opened


def _timed(measure: str, action) -> object:  # noqa: ANN001
    start = time.perf_counter()
    result = action()
    print(
        json.dumps(
            {
                "measure": measure,
                "seconds": round(time.perf_counter() - start, 3),
                "persons": PERSONS,
            }
        ),
        flush=True,
    )
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(sys.argv[2]) if len(sys.argv) > 2 else large_vault(PERSONS)[0]
        opened = _vault(folder)
        try:
            for profile in export_service.PROFILES:
                out = Path(tmp) / f"out-{profile}-{time.time_ns()}"
                _timed(
                    f"export_{profile}_{YEAR}",
                    lambda p=profile, o=out: export_files.write_export(
                        opened, export_service.prepare_export(opened, p, YEAR), o
                    ),
                )
            _timed(f"annual_report_{YEAR}", lambda: report_service.render_annual(opened, int(YEAR)))
        finally:
            vault_service.lock(opened)


if __name__ == "__main__":
    main()
