"""Unlock cost: Argon2id alone and a whole unlock (key slot + SQLCipher + schema check),
with the production parameters, as medians of several runs. Also SQLCipher's own
default key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations) for comparison."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from _shared import emit

from emp_desktop.services import vault_service
from emp_desktop.storage import keyslots
from emp_desktop.storage.keyslots import KdfParams

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 7
PASSPHRASE = "benchmark-zin-met-genoeg-lengte-42"


def _median(action) -> float:  # noqa: ANN001
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    params = KdfParams.production()
    kdf = _median(lambda: keyslots.derive_key(PASSPHRASE, b"0123456789abcdef", params))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "kluis"
        vault_service.lock(vault_service.create_vault(folder, PASSPHRASE).vault)
        unlock = _median(lambda: vault_service.lock(vault_service.unlock(folder, PASSPHRASE)))
    pbkdf2 = _median(_sqlcipher_default_kdf)
    cost = {"memory_mib": params.memory_kib // 1024, "iterations": params.iterations,
            "parallelism": params.parallelism, "runs": RUNS}
    emit("argon2id_kdf", kdf, **cost)
    # key slot, SQLCipher open, schema check, audit entry (an empty vault)
    emit("whole_unlock", unlock, **cost)
    emit("sqlcipher_default_pbkdf2", pbkdf2, note="for comparison, not used",
         argon2id_cost_factor=round(kdf / pbkdf2, 1))


def _sqlcipher_default_kdf() -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlcipher.connect(str(Path(tmp) / "p.db"))
        conn.execute("PRAGMA key = 'a passphrase'")  # derived on first access
        conn.execute("CREATE TABLE t (x)")
        conn.close()


if __name__ == "__main__":
    main()
