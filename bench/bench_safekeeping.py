"""Automatic backup with its staged test-restore, rotation over a simulated year, and an
erasure (with compaction) on the 100,000-person demo vault. One JSON line per measure.

    .venv/bin/python bench/bench_safekeeping.py [persons] [vault folder to reuse] [passphrase]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from emp_desktop.domain.rotation import KeptBackup, RotationPolicy, backup_name, to_keep
from emp_desktop.services import backup_schedule, demo_service, erasure_service, vault_service
from emp_desktop.storage.keyslots import KdfParams

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PASSPHRASE = sys.argv[3] if len(sys.argv) > 3 else "bench-wachtzin-lang-genoeg-42"


def emit(measure: str, seconds: float, **extra: object) -> None:
    line = {"measure": measure, "seconds": round(seconds, 3), "persons": PERSONS, **extra}
    print(json.dumps(line), flush=True)


def _vault(folder: Path):  # noqa: ANN202
    if vault_service.vault_exists(folder):
        return vault_service.unlock(folder, PASSPHRASE)
    opened = vault_service.create_vault(
        folder, PASSPHRASE, kdf=KdfParams(memory_kib=1024, iterations=1, parallelism=1)
    ).vault
    demo_service.fill_demo(opened, PERSONS, seed=42, today=date(2026, 11, 1))
    return opened


def simulated_year() -> int:
    """Files kept on a target after a year of one backup a day (default policy)."""
    kept: dict[str, KeptBackup] = {}
    start = datetime(2025, 1, 1, 17, 0)
    for day in range(365):
        now = start + timedelta(days=day)
        name = backup_name(now, kept)
        kept[name] = KeptBackup(name, now, True)
        keep = to_keep(kept.values(), now, RotationPolicy())
        kept = {k: v for k, v in kept.items() if k in keep}
    return len(kept)


def main() -> None:
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp()) / "kluis"
    opened = _vault(folder)
    try:
        with tempfile.TemporaryDirectory() as target:
            start = time.perf_counter()
            (outcome,) = backup_schedule.auto_backup(opened, [target])
            emit("backup_auto_verified", time.perf_counter() - start, bytes=outcome.size)
        code = erasure_service.persons_overview(opened)[0].code
        start = time.perf_counter()
        erasure_service.erase_person(opened, code, "benchmark")
        emit("erase_person_with_compaction", time.perf_counter() - start)
    finally:
        vault_service.lock(opened)
    print(json.dumps({"measure": "files_kept_after_a_year", "files": simulated_year()}))


if __name__ == "__main__":
    main()
