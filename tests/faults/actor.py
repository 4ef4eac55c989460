"""`emp-cli` with a fault planted: killed (SIGKILL) at the N-th durable step.

A step is a call of os.fsync or os.replace, the points where a write becomes durable or
takes its name. `EMP_FAULT_KILL_AT=N` kills the process just before step N;
`EMP_FAULT_STEPS=FILE` writes the number of steps of a run that was not killed. Key
derivation is cheap here (the CLI itself has no way to ask for that).
"""

import os
import signal
import sys
from pathlib import Path

from emp_desktop.storage.keyslots import KdfParams

KdfParams.production = classmethod(lambda cls: cls(memory_kib=1024, iterations=1, parallelism=1))
KILL_AT = int(os.environ.get("EMP_FAULT_KILL_AT", "0"))
_steps = 0


def _step(real):  # noqa: ANN001, ANN202
    def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        global _steps
        _steps += 1
        if _steps == KILL_AT:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    return wrapped


os.fsync = _step(os.fsync)
os.replace = _step(os.replace)

from emp_desktop import cli  # noqa: E402

if __name__ == "__main__":
    code = cli.main(sys.argv[1:])
    if os.environ.get("EMP_FAULT_STEPS"):
        Path(os.environ["EMP_FAULT_STEPS"]).write_text(str(_steps))
    sys.exit(code)
