"""Quitting the GUI with Ctrl+Q is clean every time, even with work still running."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

QUIT_APP = Path(__file__).with_name("quit_app.py")


def test_ctrl_q_quits_cleanly_with_work_in_flight(test_vault, tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    for attempt in range(3):
        done = subprocess.run(
            [sys.executable, str(QUIT_APP), str(test_vault.folder), PASSPHRASE],
            capture_output=True, text=True, env=env, timeout=300,
        )
        assert done.returncode == 0, (attempt, done.returncode, done.stderr[-2000:])
        assert "Fatal Python error" not in done.stderr
        assert "Signal source has been deleted" not in done.stderr
