"""A writer killed with SIGKILL at random moments never loses an acknowledged commit and
leaves a vault that passes verify."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from emp_desktop.services import vault_service
from tests.conftest import PASSPHRASE

ROUNDS = 50
WRITER = Path(__file__).with_name("crash_writer.py")


def _run_and_kill(folder: Path, passphrase_file: Path, round_id: str, rng: random.Random) -> set:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), str(passphrase_file), round_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    acknowledged: set[int] = set()
    first = proc.stdout.readline()  # wait until it is really writing
    assert first.strip(), proc.stderr.read()
    acknowledged.add(int(first))
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for line in proc.stdout.read().splitlines():
        if line.strip():
            acknowledged.add(int(line))
    return acknowledged


def _stored(folder: Path, round_id: str) -> set:
    opened = vault_service.unlock(folder, PASSPHRASE)
    try:
        report = vault_service.verify_vault(opened)
        assert report.ok, report
        lines = vault_service.audit_log(opened)
        return {ln.detail["n"] for ln in lines if ln.detail.get("round") == round_id}
    finally:
        vault_service.lock(opened)


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_commit(test_vault):
    rng = random.Random(20261129)
    total = 0
    for i in range(ROUNDS):
        round_id = f"r{i}"
        acknowledged = _run_and_kill(test_vault.folder, test_vault.passphrase_file, round_id, rng)
        stored = _stored(test_vault.folder, round_id)
        missing = acknowledged - stored
        assert not missing, f"round {i}: acknowledged but lost: {sorted(missing)[:5]}"
        total += len(acknowledged)
    assert total > ROUNDS  # the writer got real work done between kills
