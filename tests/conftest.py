"""Suite-wide setup: headless Qt, no network, cheap Argon2id for test vaults only."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from emp_desktop.services import vault_service  # noqa: E402
from emp_desktop.storage.keyslots import KdfParams  # noqa: E402

# The test-only setting of the design: cheap key derivation, passed explicitly through
# the Python API. Neither the CLI nor the GUI has a way to ask for it.
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, parallelism=1)
PASSPHRASE = "paars-fietsbel-onder-zeventien-wolken"
NEW_PASSPHRASE = "groene-kikker-leest-negen-kranten"
CANARY = "Zzqcanary Vögelsang-Oosterwijk"


@dataclass
class TestVault:
    folder: Path
    recovery_code: str
    passphrase_file: Path


@pytest.fixture
def secrets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "secrets"
    folder.mkdir()
    (folder / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (folder / "new.txt").write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    (folder / "wrong.txt").write_text("dit-is-niet-de-goede-zin-echt\n", encoding="utf-8")
    return folder


@pytest.fixture
def test_vault(tmp_path: Path, secrets_dir: Path) -> TestVault:
    """A real SQLCipher vault in a temp folder, created and closed again."""
    folder = tmp_path / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    vault_service.lock(created.vault)
    return TestVault(folder, created.recovery_code, secrets_dir / "pass.txt")


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str | Path, env: dict | None = None, timeout: float = 120) -> CliResult:
    """emp-cli in its own process, as a script would run it."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "emp_desktop.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli

