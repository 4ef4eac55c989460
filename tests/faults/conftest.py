"""Shared parts of the fault-injection suite: the killable CLI, vault templates, tmpfs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from emp_desktop.services import vault_service
from tests.conftest import CHEAP_KDF, PASSPHRASE, CliResult

ACTOR = Path(__file__).with_name("actor.py")


def run_actor(*args: str | Path, kill_at: int = 0, steps_file: Path | None = None) -> CliResult:
    """emp-cli in its own process, killed just before durable step `kill_at` (0: never)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "EMP_FAULT_KILL_AT": str(kill_at),
        "EMP_FAULT_STEPS": str(steps_file or ""),
    }
    proc = subprocess.run(
        [sys.executable, str(ACTOR), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def count_steps(tmp_path: Path, *args: str | Path) -> tuple[int, CliResult]:
    steps_file = tmp_path / f"steps-{uuid.uuid4().hex}"
    result = run_actor(*args, steps_file=steps_file)
    assert result.code == 0, result.stderr
    return int(steps_file.read_text()), result


def one_line_error(result: CliResult) -> None:
    """The contract for every failure: one line on stderr, no traceback, never 'Onverwacht'."""
    assert "Traceback" not in result.stderr, result.stderr
    assert "Onverwachte fout" not in result.stderr, result.stderr


@dataclass
class Template:
    folder: Path
    recovery_code: str
    passphrase_file: Path
    new_passphrase_file: Path


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    """A small vault with some history, made once per module and copied per fault."""
    root = tmp_path_factory.mktemp("template")
    folder = root / "kluis"
    created = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF)
    for i in range(20):
        vault_service.record_event(created.vault, "export", {"n": i})
    vault_service.lock(created.vault)
    (root / "pass.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (root / "new.txt").write_text("groene-kikker-leest-negen-kranten\n", encoding="utf-8")
    return Template(folder, created.recovery_code, root / "pass.txt", root / "new.txt")


def copy_vault(template: Template, target: Path) -> Path:
    shutil.copytree(template.folder, target)
    return target


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs (8 MiB) to fill; skipped where mounting is not allowed."""
    mount = tmp_path / "klein"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder: Path) -> Path:
    """Fills the disk of `folder` to the last byte; returns the filler to delete later."""
    filler = folder / "vulsel.bin"
    with open(filler, "wb", buffering=0) as handle:  # unbuffered: close has nothing to flush
        for size in (1 << 16, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass
    return filler
