"""SIGKILL before every durable step (fsync, rename) of init, passwd, backup and restore.

After each kill: nothing acknowledged is lost, the folder is either the old state or the
new one (never a vault whose recovery code nobody saw), and what the kill left behind is
either cleaned at the next unlock or cleared by running the command again.
"""

from __future__ import annotations

import json

from emp_desktop.domain import recovery_code
from emp_desktop.domain.errors import WrongSecret
from emp_desktop.services import backup_service, vault_service
from emp_desktop.storage import keyslots
from emp_desktop.storage.keyslots import RECOVERY_SLOT
from emp_desktop.storage.vault import open_with
from tests.conftest import PASSPHRASE
from tests.faults.conftest import copy_vault, count_steps, run_actor

NEW = "groene-kikker-leest-negen-kranten"


def _audit_count(folder, passphrase=PASSPHRASE) -> int:
    opened = vault_service.unlock(folder, passphrase)
    try:
        assert vault_service.verify_vault(opened).ok
        return len(vault_service.audit_log(opened))
    finally:
        vault_service.lock(opened)


def test_init_killed_at_every_step_never_leaves_a_vault_without_its_code(tmp_path, template):
    steps, _ = count_steps(
        tmp_path, "--vault", tmp_path / "probe", "--passphrase-file", template.passphrase_file,
        "init", "--recovery-out", tmp_path / "probe-code.txt",
    )
    assert steps >= 6
    for step in range(1, steps + 1):
        folder, code_file = tmp_path / f"v{step}", tmp_path / f"code{step}.txt"
        args = ("--vault", folder, "--passphrase-file", template.passphrase_file, "init")
        killed = run_actor(*args, "--recovery-out", code_file, kill_at=step)
        assert killed.code == -9, (step, killed.stderr)
        if vault_service.vault_exists(folder):
            # It counts as created: then its recovery code is on disk and opens it.
            code = code_file.read_text().strip()
            vault_service.lock(open_with(folder, recovery_code.normalise(code), RECOVERY_SLOT))
            continue
        again = run_actor(*args, "--recovery-out", tmp_path / f"again{step}.txt")
        assert again.code == 0, (step, again.stderr)
        assert _audit_count(folder) >= 1


def test_passwd_killed_at_every_step_leaves_exactly_one_passphrase(tmp_path, template):
    probe = copy_vault(template, tmp_path / "probe")
    passwd = ("passwd", "--new-passphrase-file", template.new_passphrase_file)
    steps, _ = count_steps(
        tmp_path, "--vault", probe, "--passphrase-file", template.passphrase_file, *passwd
    )
    for step in range(1, steps + 1):
        folder = copy_vault(template, tmp_path / f"v{step}")
        args = ("--vault", folder, "--passphrase-file", template.passphrase_file)
        assert run_actor(*args, *passwd, kill_at=step).code == -9
        opens = [p for p in (PASSPHRASE, NEW) if _opens(folder, p)]
        assert len(opens) == 1, (step, opens)
        assert _audit_count(folder, opens[0]) >= 21  # the template's history is all there
        # The spare key file never brings back the passphrase that no longer works.
        spare = keyslots.load(keyslots.previous_path(folder / "keyslots.json"))
        gone = NEW if opens[0] == PASSPHRASE else PASSPHRASE
        slot = spare.slot("passphrase")
        try:
            keyslots.unwrap(spare.vault_id, slot, gone)
            raise AssertionError(f"step {step}: the spare opens with the revoked passphrase")
        except WrongSecret:
            pass


def _opens(folder, passphrase) -> bool:
    try:
        vault_service.lock(vault_service.unlock(folder, passphrase))
        return True
    except WrongSecret:
        return False


def test_backup_killed_at_every_step_leaves_no_half_file(tmp_path, template):
    probe = copy_vault(template, tmp_path / "probe")
    out = tmp_path / "usb"
    out.mkdir()
    steps, _ = count_steps(
        tmp_path, "--vault", probe, "--passphrase-file", template.passphrase_file,
        "backup", "--out", out / "probe.empbak",
    )
    for step in range(1, steps + 1):
        folder = copy_vault(template, tmp_path / f"v{step}")
        target = out / f"k{step}.empbak"
        args = ("--vault", folder, "--passphrase-file", template.passphrase_file)
        assert run_actor(*args, "backup", "--out", target, kill_at=step).code == -9
        before = _audit_count(folder)  # the next unlock cleans what the kill left
        assert not [p.name for p in out.iterdir() if p.name.startswith(f".k{step}")], step
        if target.exists():  # a backup that has its name is complete and restores
            restored = backup_service.restore_backup(target, tmp_path / f"r{step}", PASSPHRASE)
            vault_service.lock(restored)
        assert before >= 21


def test_restore_killed_at_every_step_can_be_run_again(tmp_path, template):
    backup_file = tmp_path / "kluis.empbak"
    opened = vault_service.unlock(template.folder, PASSPHRASE)
    backup_service.backup_vault(opened, backup_file)
    vault_service.lock(opened)
    restore = ("--passphrase-file", template.passphrase_file, "restore", "--from", backup_file)
    steps, _ = count_steps(tmp_path, "--vault", tmp_path / "probe", *restore)
    for step in range(1, steps + 1):
        target = tmp_path / f"t{step}"
        assert run_actor("--vault", target, *restore, kill_at=step).code == -9
        if not vault_service.vault_exists(target):
            again = run_actor("--vault", target, *restore)
            assert again.code == 0, (step, again.stderr)
        assert _audit_count(target) >= 22, step


def test_audit_follows_the_backup_it_records(tmp_path, template):
    folder = copy_vault(template, tmp_path / "v")
    opened = vault_service.unlock(folder, PASSPHRASE)
    earlier = [e.action for e in vault_service.audit_log(opened)].count("backup")
    backup_service.backup_vault(opened, tmp_path / "a.empbak")
    entries = vault_service.audit_log(opened)
    vault_service.lock(opened)
    assert entries[0].action == "backup"
    # The backup itself was made before its audit entry: it does not claim to contain it.
    restored = backup_service.restore_backup(tmp_path / "a.empbak", tmp_path / "r", PASSPHRASE)
    actions = [e.action for e in vault_service.audit_log(restored)]
    vault_service.lock(restored)
    assert actions[:2] == ["restore", "unlock"]
    assert actions.count("backup") == earlier  # the template's own, not this one's


def test_unlock_and_lock_killed_at_every_step_lose_nothing(tmp_path, template):
    """`info` unlocks (audit entry, back-off file) and locks (checkpoint, anchor, spare)."""
    probe = copy_vault(template, tmp_path / "probe")
    info = ("--passphrase-file", template.passphrase_file, "info")
    steps, _ = count_steps(tmp_path, "--vault", probe, *info)
    assert steps >= 4
    for step in range(1, steps + 1):
        folder = copy_vault(template, tmp_path / f"v{step}")
        assert run_actor("--vault", folder, *info, kill_at=step).code == -9
        assert _audit_count(folder) >= 21, step


def test_export_killed_at_every_step_leaves_no_temp_files(tmp_path, template):
    from datetime import date

    from emp_desktop.services import demo_service

    folder = copy_vault(template, tmp_path / "probe")
    opened = vault_service.unlock(folder, PASSPHRASE)
    demo_service.fill_demo(opened, 400, seed=5, today=date(2026, 6, 30), contacts_per_person=1)
    vault_service.lock(opened)
    export = ("--passphrase-file", template.passphrase_file, "export", "comensha-records")
    steps, _ = count_steps(
        tmp_path, "--vault", folder, *export, "--period", "2025", "--out", tmp_path / "probe-out"
    )
    for step in range(1, steps + 1):
        out = tmp_path / f"out{step}"
        killed = run_actor("--vault", folder, *export, "--period", "2025", "--out", out,
                           kill_at=step)
        assert killed.code == -9
        _audit_count(folder)  # the next unlock sweeps what the kill left
        left = [p.name for p in out.iterdir()] if out.exists() else []
        assert not [n for n in left if n.endswith(".tmp")], (step, left)
        if "manifest.json" in left:  # the manifest comes last: present means complete
            manifest = json.loads((out / "manifest.json").read_text())
            assert manifest


def test_import_killed_part_way_is_all_or_nothing(tmp_path, template):
    import os
    import random
    import signal
    import subprocess
    import sys
    import time
    from datetime import date, timedelta

    from tests.faults.conftest import ACTOR

    rows = 1500
    # Every row different (a day of 2025 and a municipality), so none is a duplicate.
    places = ("GM0772", "GM0794", "GM0820", "GM0858", "GM0861")
    csv_file = tmp_path / "meldingen.csv"
    csv_file.write_text(
        "datum_melding;type;gemeente\n"
        + "".join(
            f"{date(2025, 1, 1) + timedelta(days=i % 365):%d-%m-%Y};melding;{places[i // 365]}\n"
            for i in range(rows)
        )
    )
    rng = random.Random(10)
    for attempt in range(3):
        folder = copy_vault(template, tmp_path / f"v{attempt}")
        proc = subprocess.Popen(
            [sys.executable, str(ACTOR), "--vault", str(folder), "--passphrase-file",
             str(template.passphrase_file), "import", "registrations", str(csv_file)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        time.sleep(rng.uniform(0.5, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        opened = vault_service.unlock(folder, PASSPHRASE)
        persons = vault_service.vault_info(opened).record_counts["person"]
        assert vault_service.verify_vault(opened).ok
        vault_service.lock(opened)
        assert persons in (0, rows), (attempt, persons)
