"""The emp-cli contract: commands, exit codes, one Dutch line on errors, no traceback."""

from __future__ import annotations

import json

import pytest

from emp_desktop.services import vault_service
from tests.conftest import PASSPHRASE


def _no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_wrong_passphrase_exits_3_with_one_dutch_line(cli, test_vault, secrets_dir):
    result = cli(
        "--vault", test_vault.folder, "--passphrase-file", secrets_dir / "wrong.txt", "info"
    )
    assert result.code == 3
    _no_traceback(result)
    assert result.stderr.strip().count("\n") == 0
    assert "Wachtwoordzin onjuist" in result.stderr


def test_english_is_selectable(cli, test_vault, secrets_dir):
    result = cli(
        "--lang",
        "en",
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        secrets_dir / "wrong.txt",
        "info",
    )
    assert result.code == 3 and "Wrong passphrase" in result.stderr


def test_usage_error_exits_2(cli, tmp_path):
    result = cli("--vault", tmp_path, "frobnicate")
    assert result.code == 2
    _no_traceback(result)
    assert "Onjuist gebruik" in result.stderr


def test_passphrase_is_never_accepted_as_an_argument(cli, test_vault):
    result = cli("--vault", test_vault.folder, "--passphrase", PASSPHRASE, "info")
    assert result.code == 2


def test_without_terminal_or_file_there_is_no_silent_default(cli, test_vault):
    result = cli("--vault", test_vault.folder, "info")
    assert result.code == 2 and "--passphrase-file" in result.stderr


def test_info_json_reports_schema_cipher_counts_and_kdf(cli, test_vault):
    result = cli(
        "--vault",
        test_vault.folder,
        "--passphrase-file",
        test_vault.passphrase_file,
        "info",
        "--json",
    )
    assert result.code == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["schema_revision"] == info["head_revision"]
    assert info["cipher_version"].startswith("4.")
    assert info["record_counts"]["audit_log"] >= 2
    assert set(info["kdf"]) == {"algorithm", "memory_kib", "iterations", "parallelism"}
    assert info["kdf"]["algorithm"] == "argon2id"


def test_init_creates_a_vault_with_production_parameters(cli, tmp_path, secrets_dir):
    folder, code_file = tmp_path / "nieuw", tmp_path / "herstelcode.txt"
    created = cli(
        "--vault",
        folder,
        "--passphrase-file",
        secrets_dir / "pass.txt",
        "init",
        "--recovery-out",
        code_file,
    )
    assert created.code == 0, created.stderr
    code = code_file.read_text().strip()
    assert code not in created.stdout
    info = json.loads(
        cli(
            "--vault", folder, "--passphrase-file", secrets_dir / "pass.txt", "info", "--json"
        ).stdout
    )
    assert info["kdf"]["memory_kib"] >= 256 * 1024
    assert info["kdf"]["algorithm"] == "argon2id"
    again = cli("--vault", folder, "--passphrase-file", secrets_dir / "pass.txt", "init")
    assert again.code == 1 and "Er staat al een kluis" in again.stderr


def test_init_refuses_a_weak_passphrase_with_advice(cli, tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("geheim\n")
    result = cli("--vault", tmp_path / "v", "--passphrase-file", weak, "init")
    assert result.code == 2 and "minstens 15 tekens" in result.stderr
    assert not (tmp_path / "v" / "vault.db").exists()


def test_init_prints_the_recovery_code_once_when_no_file_is_given(cli, tmp_path, secrets_dir):
    result = cli("--vault", tmp_path / "v", "--passphrase-file", secrets_dir / "pass.txt", "init")
    assert result.code == 0
    code = result.stdout.strip().splitlines()[-1]
    assert len(code.split("-")) == 7


def test_verify_and_audit(cli, test_vault):
    args = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    verified = cli(*args, "verify")
    assert verified.code == 0 and "Kluis in orde" in verified.stdout
    entries = json.loads(cli(*args, "audit", "--json").stdout)
    actions = [e["action"] for e in entries]
    assert actions[-1] == "vault_created" and actions.count("unlock") >= 2


def test_passwd_then_old_passphrase_fails(cli, test_vault, secrets_dir):
    args = ("--vault", test_vault.folder)
    changed = cli(
        *args,
        "--passphrase-file",
        test_vault.passphrase_file,
        "passwd",
        "--new-passphrase-file",
        secrets_dir / "new.txt",
    )
    assert changed.code == 0, changed.stderr
    assert cli(*args, "--passphrase-file", test_vault.passphrase_file, "info").code == 3
    assert cli(*args, "--passphrase-file", secrets_dir / "new.txt", "info").code == 0
    assert (test_vault.folder / "keyslots.json.previous").exists()


def test_recover_sets_a_new_passphrase(cli, test_vault, secrets_dir, tmp_path):
    code_file = tmp_path / "code.txt"
    code_file.write_text(test_vault.recovery_code.lower().replace("-", " ") + "\n")
    result = cli(
        "--vault",
        test_vault.folder,
        "recover",
        "--recovery-file",
        code_file,
        "--new-passphrase-file",
        secrets_dir / "new.txt",
    )
    assert result.code == 0, result.stderr
    assert (
        cli("--vault", test_vault.folder, "--passphrase-file", secrets_dir / "new.txt", "info").code
        == 0
    )
    bad_code = tmp_path / "bad.txt"
    bad_code.write_text("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG\n")
    wrong = cli(
        "--vault",
        test_vault.folder,
        "recover",
        "--recovery-file",
        bad_code,
        "--new-passphrase-file",
        secrets_dir / "new.txt",
    )
    assert wrong.code == 3 and "Herstelcode onjuist" in wrong.stderr


def test_second_process_gets_vault_in_use(cli, test_vault):
    opened = vault_service.unlock(test_vault.folder, PASSPHRASE)
    try:
        result = cli(
            "--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file, "info"
        )
        assert result.code == 5 and "in gebruik" in result.stderr
        _no_traceback(result)
    finally:
        vault_service.lock(opened)
    assert (
        cli(
            "--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file, "info"
        ).code
        == 0
    )


def test_missing_vault_is_a_clear_message(cli, tmp_path, secrets_dir):
    result = cli(
        "--vault", tmp_path / "leeg", "--passphrase-file", secrets_dir / "pass.txt", "info"
    )
    assert result.code == 1 and "Geen kluis gevonden" in result.stderr


@pytest.mark.parametrize("command", ["info", "verify", "audit"])
def test_vault_env_variable_is_honoured(cli, test_vault, command):
    result = cli(
        "--passphrase-file",
        test_vault.passphrase_file,
        command,
        env={"EMP_VAULT": str(test_vault.folder)},
    )
    assert result.code == 0, result.stderr
