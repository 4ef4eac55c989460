"""Cold start to the unlock window: a fresh process runs the real `emp-desktop` start-up
(imports, QApplication, translators, main window and unlock window) and reports the moment
the unlock window is shown. Median over several runs; prints JSON lines."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import emp_desktop.gui.app as app_module

def report():
    window = controller_holder[0].unlock_window
    if window.isVisible():
        print(repr(time.time()), flush=True)
        QApplication.instance().quit()
    else:
        QTimer.singleShot(1, report)

controller_holder = []
original = app_module.AppController
class Probe(original):
    def start(self):
        controller_holder.append(self)
        super().start()
        QTimer.singleShot(0, report)
app_module.AppController = Probe
sys.exit(app_module.main(["emp-desktop", "--vault", sys.argv[1]]))
"""


def _vault(folder: Path) -> None:
    from emp_desktop.services import vault_service
    from emp_desktop.storage.keyslots import KdfParams

    created = vault_service.create_vault(folder, "opstart-meting-lange-zin-42",
                                         kdf=KdfParams(memory_kib=1024, iterations=1,
                                                       parallelism=1))
    vault_service.lock(created.vault)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "kluis"
        _vault(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": tmp}
        samples = []
        for _ in range(RUNS):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env,
                                 capture_output=True, text=True, timeout=120, check=True)
            samples.append(float(out.stdout.strip().splitlines()[-1]) - start)
    print(json.dumps({"measure": "cold_start_to_unlock_window",
                      "seconds": round(statistics.median(samples), 3), "runs": RUNS,
                      "platform": env["QT_QPA_PLATFORM"]}))


if __name__ == "__main__":
    main()
