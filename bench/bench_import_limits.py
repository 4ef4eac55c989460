"""Import limits: time and peak memory of `emp-cli import --preview` on files that must be
refused, against a one-row import. The files are generated here (never committed):

- a cell bomb: one XLSX cell of 1.4 GB of "A", about 1.4 MB packed
- a 3,000,000-row XLSX (about 20 MB packed) and a 3,000,000-row CSV
- a CSV with a 1 MB cell

Each is run as its own process; peak RSS is that process's ru_maxrss (os.wait4).
Prints one JSON line per file.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.faults.test_bad_imports import _cell_bomb, write_xlsx  # noqa: E402

from emp_desktop.services import vault_service  # noqa: E402
from emp_desktop.storage.keyslots import KdfParams  # noqa: E402

PASSPHRASE = "benchmark-zin-met-genoeg-lengte-42"
HEADER = "datum_melding;type;gemeente\n"
ROW = "01-03-2025;melding;GM0772\n"
CHEAP = KdfParams(memory_kib=1024, iterations=1, parallelism=1)  # unlock is not measured here


def _rows_xlsx(rows: int):  # noqa: ANN202
    chunk = 10_000
    for start in range(1, rows + 1, chunk):
        yield "".join(
            f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>01-02-2025</t></is></c>'
            f'<c r="B{i}" t="inlineStr"><is><t>melding</t></is></c></row>'
            for i in range(start, min(start + chunk, rows + 1))
        )


def _files(tmp: Path) -> dict[str, Path]:
    one = tmp / "een-regel.csv"
    one.write_text(HEADER + ROW)
    rows_csv = tmp / "3m-regels.csv"
    with open(rows_csv, "w") as handle:
        handle.write(HEADER)
        for _ in range(30):
            handle.write(ROW * 100_000)
    big_cell = tmp / "cel-1mb.csv"
    big_cell.write_text(HEADER + "01-03-2025;melding;" + "x" * (1 << 20) + "\n")
    return {
        "one_row_csv": one,
        "cell_bomb_xlsx": write_xlsx(tmp / "celbom.xlsx", _cell_bomb(1400)),
        "rows_3m_xlsx": write_xlsx(tmp / "3m-rijen.xlsx", _rows_xlsx(3_000_000)),
        "rows_3m_csv": rows_csv,
        "cell_1mb_csv": big_cell,
    }


def _check_seconds(path: Path) -> float:
    """The streaming check alone, in this process (no interpreter start-up, no unlock)."""
    from emp_desktop.domain.errors import EmpError
    from emp_desktop.services import import_check

    start = time.perf_counter()
    with contextlib.suppress(EmpError):
        import_check.check_file(path)
    return round(time.perf_counter() - start, 3)


def _run(folder: Path, passphrase_file: Path, path: Path) -> dict:
    command = [
        sys.executable, "-m", "emp_desktop.cli", "--vault", str(folder),
        "--passphrase-file", str(passphrase_file), "import", "registrations", str(path),
        "--preview",
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {
        "exit_code": proc.returncode,
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "file_mb": round(path.stat().st_size / 1e6, 2),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vault_service.lock(vault_service.create_vault(tmp / "kluis", PASSPHRASE, kdf=CHEAP).vault)
        passphrase_file = tmp / "pp"
        passphrase_file.write_text(PASSPHRASE + "\n")
        baseline = None
        for name, path in _files(tmp).items():
            figures = _run(tmp / "kluis", passphrase_file, path)
            baseline = baseline or figures["peak_rss_mb"]
            figures["rss_above_one_row_mb"] = round(figures["peak_rss_mb"] - baseline, 1)
            figures["check_seconds"] = _check_seconds(path)
            print(json.dumps({"bench": "import_limits", "file": name, **figures}), flush=True)


if __name__ == "__main__":
    main()
