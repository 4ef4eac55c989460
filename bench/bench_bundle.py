"""The bundle as the IT administrator gets it (`make bundle-test`): its size, its
`--self-test` on both executables in a clean environment (no Python on PATH, an empty
HOME, and no network namespace where Linux allows), and its cold start to the unlock
window. Prints JSON lines; exits 1 when a self-test fails or something that must stay
out of the bundle (plain sqlite3, QtNetwork, test packages) is in it."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
LAST_YEAR = time.localtime().tm_year - 1
# Plain sqlite3 (SQLCipher's own module is sqlcipher3/_sqlite3), Qt's network library and
# the plugins that serve or listen (VNC, TUIO), test packages.
FORBIDDEN = (
    "lib-dynload/_sqlite3",
    "libQt6Network",
    "QtNetwork",
    "platforms/libqvnc",
    "generic/libqtuiotouchplugin",
    "/pytest",
    "/hypothesis",
    "/tests/",
)


def _emit(**record: object) -> None:
    print(json.dumps(record), flush=True)


def _exe(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def _isolated(command: list[str]) -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], check=False).returncode == 0:
        return [unshare, "-rn", *command]
    return command


def _clean_env(home: Path) -> dict[str, str]:
    (home / "bin").mkdir(exist_ok=True)
    (home / "tmp").mkdir(exist_ok=True)
    return {"PATH": str(home / "bin"), "HOME": str(home), "TMPDIR": str(home / "tmp")}


def size(bundle: Path) -> list[str]:
    # PyInstaller links some libraries twice by symlink: count each file once.
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    names = [str(p.relative_to(bundle)).replace("\\", "/") for p in files]
    bad = sorted({word for word in FORBIDDEN for name in names if word in "/" + name})
    _emit(measure="bundle_size", mib=round(total / 2**20, 1), files=len(files), forbidden=bad)
    return bad


def self_test(bundle: Path, name: str) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        env = _clean_env(Path(tmp))
        started = time.perf_counter()
        done = subprocess.run(
            _isolated([str(_exe(bundle, name)), "--self-test"]),
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        seconds = time.perf_counter() - started
    ok = (
        done.returncode == 0
        and done.stdout.splitlines()[-1:] != []
        and done.stdout.splitlines()[-1].startswith("Alles in orde")
    )
    _emit(
        measure="self_test_seconds",
        program=name,
        seconds=round(seconds, 2),
        ok=ok,
        network_namespace=_isolated(["x"]) != ["x"],
    )
    if not ok:
        sys.stderr.write(done.stdout + done.stderr)
    return ok


def real_work(bundle: Path) -> bool:
    """The bundle's emp-cli doing real work: a vault, the (Faker-made) demo data, a check,
    and an annual report (disclosure control with SciPy, maps, ReportLab)."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = _clean_env(home)
        secret = home / "pass.txt"
        secret.write_text("bundel-controle-lange-zin-42\n", encoding="utf-8")
        base = [str(_exe(bundle, "emp-cli")), "--vault", str(home / "kluis")]
        base += ["--passphrase-file", str(secret)]
        steps = (
            ["init", "--recovery-out", str(home / "code.txt")],
            ["demo", "--persons", "200"],
            ["verify"],
            ["report", "annual", "--year", str(LAST_YEAR), "--out", str(home / "jaar.pdf")],
        )
        started = time.perf_counter()
        for step in steps:
            done = subprocess.run(
                [*base, *step], env=env, capture_output=True, text=True, timeout=600, check=False
            )
            if done.returncode != 0:
                sys.stderr.write(f"emp-cli {step[0]}: {done.stdout}{done.stderr}")
                _emit(measure="bundle_cli_vault_demo_verify", ok=False, failed=step[0])
                return False
    seconds = round(time.perf_counter() - started, 2)
    _emit(measure="bundle_cli_vault_demo_verify", ok=True, seconds=seconds)
    return True


def _vault(folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from emp_desktop.services import vault_service
    from emp_desktop.storage.keyslots import KdfParams

    cheap = KdfParams(memory_kib=1024, iterations=1, parallelism=1)
    vault_service.lock(
        vault_service.create_vault(folder, "opstart-meting-lange-zin-42", kdf=cheap).vault
    )


def cold_start(bundle: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        _vault(home / "kluis")
        env = {
            **_clean_env(home),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(home / "config"),
        }
        samples = []
        for run in range(RUNS):
            ready = home / f"ready-{run}"
            started = time.time()
            subprocess.run(
                [
                    str(_exe(bundle, "emp-desktop")),
                    "--vault",
                    str(home / "kluis"),
                    "--report-ready",
                    str(ready),
                ],
                env=env,
                timeout=120,
                check=True,
                capture_output=True,
            )
            samples.append(float(ready.read_text()) - started)
    _emit(
        measure="bundle_cold_start_to_unlock_window",
        first_run=round(samples[0], 3),
        median=round(statistics.median(samples), 3),
        runs=RUNS,
        platform="offscreen",
    )


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/emp-desktop").resolve()
    bad = size(bundle)
    passed = [self_test(bundle, name) for name in ("emp-cli", "emp-desktop")]
    passed.append(real_work(bundle))
    cold_start(bundle)
    return 0 if all(passed) and not bad else 1


if __name__ == "__main__":
    os.environ.pop("PYTHONPATH", None)
    raise SystemExit(main())
