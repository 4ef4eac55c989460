"""Writer process for test_crash_safety: commits numbered audit entries and prints the
number of each one after its commit returned (= acknowledged), until it is killed."""

import sys
from pathlib import Path

from emp_desktop.services import vault_service


def main() -> None:
    folder, passphrase_file, round_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    opened = vault_service.unlock(folder, passphrase_file.read_text().strip())
    n = 0
    while True:
        n += 1
        vault_service.record_event(opened, "export", {"round": round_id, "n": n})
        print(n, flush=True)


if __name__ == "__main__":
    main()
