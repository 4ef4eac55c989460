"""`--self-test` of the installed package, run as the IT administrator would: a separate
process, an empty environment, no Python on PATH and (where Linux allows) no network
namespace at all. The bundle's own run is `make bundle-test` (see README)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NO_NETWORK = shutil.which("unshare")


def _isolated(command: list[str]) -> list[str]:
    """In a user + network namespace with only a loopback device, when the kernel lets us."""
    if NO_NETWORK and subprocess.run([NO_NETWORK, "-rn", "true"], check=False).returncode == 0:
        return [NO_NETWORK, "-rn", *command]
    return command


@pytest.mark.parametrize("program", ["emp-cli", "emp-desktop"])
def test_installed_self_test_passes_in_a_clean_environment(tmp_path: Path, program: str) -> None:
    executable = Path(sys.executable).with_name(program)
    empty_path, temp = tmp_path / "bin", tmp_path / "tmp"
    empty_path.mkdir()
    temp.mkdir()
    env = {"PATH": str(empty_path), "HOME": str(tmp_path), "TMPDIR": str(temp)}
    assert shutil.which("python3", path=env["PATH"]) is None
    done = subprocess.run(
        _isolated([str(executable), "--self-test"]),
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[0].startswith("EMP Desktop") and lines[-1].startswith("Alles in orde")
    checks = lines[1:-1]
    assert checks and all(line.startswith("[ OK ] ") for line in checks), checks
    named = " ".join(checks)
    for part in (
        "SQLCipher",
        "Argon2id",
        "Tijdelijke kluis",
        "offscreen",
        "Lettertypen",
        "Vertalingen",
        "PDF",
        "Geen netwerkverbinding",
        "Beveiliging van cijfers",
    ):
        assert part in named
    assert list(temp.iterdir()) == []  # nothing left behind
