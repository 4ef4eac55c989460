"""Back-off after failed unlocks, persisted so that restarting the app does not reset it.

Two failures are free (typos happen); after that each attempt waits twice as long as
the one before, up to three minutes, and after twenty failures within an hour the next
attempt waits until the oldest of them is an hour old: twenty guesses an hour at most. The file
holds only timestamps; the vault is never wiped, however many attempts fail.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

from emp_desktop.domain.errors import TooManyAttempts
from emp_desktop.storage.atomic import write_atomic

FREE_FAILURES = 2
MAX_DELAY_SECONDS = 180
WINDOW_SECONDS = 3600
MAX_FAILURES_PER_WINDOW = 20


def delay_after(failures: int) -> int:
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS)


class UnlockThrottle:
    def __init__(self, path: Path, clock=time.time) -> None:  # noqa: ANN001
        self._path = path
        self._clock = clock

    def _recent_failures(self) -> list[float]:
        try:
            stamps = json.loads(self._path.read_text())["failures"]
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return []
        now = self._clock()
        # A stamp from the future (the clock was wrong, then corrected) is ignored: a stored
        # time never decides the wait on its own, the wall clock does.
        return [
            float(s)
            for s in stamps
            if isinstance(s, int | float) and 0 <= now - float(s) < WINDOW_SECONDS
        ]

    def seconds_to_wait(self) -> int:
        failures = self._recent_failures()
        if not failures:
            return 0
        ready_at = max(failures) + delay_after(len(failures))
        if len(failures) >= MAX_FAILURES_PER_WINDOW:
            ready_at = max(ready_at, min(failures) + WINDOW_SECONDS)
        return min(WINDOW_SECONDS, max(0, int(ready_at - self._clock() + 0.999)))

    def check(self) -> None:
        wait = self.seconds_to_wait()
        if wait:
            raise TooManyAttempts(wait_seconds=wait)

    def record_failure(self) -> None:
        failures = [*self._recent_failures(), self._clock()]
        write_atomic(self._path, json.dumps({"failures": failures}).encode())

    def record_success(self) -> None:
        # Best effort: a full disk must not stop the right passphrase from opening the vault.
        if self._path.exists():
            with contextlib.suppress(OSError):
                write_atomic(self._path, json.dumps({"failures": []}).encode())
