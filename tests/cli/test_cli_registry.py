"""emp-cli import and demo, as scripts use them."""

from __future__ import annotations

import json


def test_import_exit_7_with_a_line_per_bad_row(cli, test_vault, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "datum_melding,type,gemeente\n01-01-2025,melding,Eindhoven\n"
        "99-99-2025,melding,Nergenshuizen\n",
        encoding="utf-8",
    )
    args = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    result = cli(*args, "import", "registrations", path)
    assert result.code == 7
    assert "regel 3, kolom datum_melding" in result.stderr
    assert "regel 3, kolom gemeente" in result.stderr
    assert "Traceback" not in result.stderr
    info = json.loads(cli(*args, "info", "--json").stdout)
    assert info["record_counts"]["person"] == 0


def test_demo_fills_a_vault_and_info_counts_it(cli, test_vault):
    args = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    result = cli(*args, "demo", "--persons", "300", "--seed", "7")
    assert result.code == 0, result.stderr
    counts = json.loads(cli(*args, "info", "--json").stdout)["record_counts"]
    assert counts["person"] == 300 and counts["registration"] == 300
    assert counts["contact"] > 1000 and counts["advice_question"] == 150
    assert cli(*args, "verify").code == 0
