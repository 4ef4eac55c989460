"""Failed unlocks back off, persisted across restarts, about twenty an hour at most."""

from __future__ import annotations

import pytest

from emp_desktop.domain.errors import TooManyAttempts, WrongSecret
from emp_desktop.services import vault_service
from emp_desktop.storage.throttle import MAX_DELAY_SECONDS, UnlockThrottle, delay_after
from tests.conftest import PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_delays_grow_and_are_capped():
    delays = [delay_after(n) for n in range(1, 15)]
    assert delays[:2] == [0, 0]
    assert delays == sorted(delays)
    assert max(delays) == MAX_DELAY_SECONDS


def test_at_most_about_twenty_guesses_an_hour(tmp_path):
    clock = Clock()
    throttle = UnlockThrottle(tmp_path / "attempts.json", clock)
    guesses, start = 0, clock.now
    while clock.now - start < 3600:
        clock.now += throttle.seconds_to_wait()
        throttle.record_failure()
        guesses += 1
    assert 15 <= guesses <= 21


def test_back_off_survives_a_restart(tmp_path):
    clock = Clock()
    for _ in range(4):
        UnlockThrottle(tmp_path / "attempts.json", clock).record_failure()
    fresh = UnlockThrottle(tmp_path / "attempts.json", clock)  # as after restarting the app
    with pytest.raises(TooManyAttempts) as caught:
        fresh.check()
    assert caught.value.params["wait_seconds"] == delay_after(4)


def test_wrong_passphrases_never_wipe_the_vault(test_vault):
    for _ in range(3):
        with pytest.raises(WrongSecret):
            vault_service.unlock(test_vault.folder, "helemaal-niet-de-goede-zin")
    assert vault_service.seconds_until_next_attempt(test_vault.folder) > 0
    with pytest.raises(TooManyAttempts):
        vault_service.unlock(test_vault.folder, PASSPHRASE)
    assert (test_vault.folder / "vault.db").exists()
    assert (test_vault.folder / "keyslots.json").exists()
