"""emp-cli region show/set: CBS codes or names in, one Dutch line and exit 2 on bad input."""

from __future__ import annotations

import json


def _base(test_vault) -> list:  # noqa: ANN001
    return ["--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file]


def test_region_set_and_show(cli, test_vault) -> None:  # noqa: ANN001
    base = _base(test_vault)
    shown = cli(*base, "region", "show")
    assert shown.code == 0 and "regio Zuidoost-Brabant" in shown.stdout
    assert "standaardregio" in shown.stdout and "GM0772  Eindhoven" in shown.stdout
    entries = "GM0599,Schiedam,vlaardingen,GM0556,Capelle aan den IJssel"
    saved = cli(*base, "region", "set", "--name", "Rijnmond", "--municipalities", entries)
    assert saved.code == 0, saved.stderr
    assert "Rijnmond" in saved.stdout and "5 gemeenten" in saved.stdout
    document = json.loads(cli(*base, "region", "show", "--json").stdout)
    assert document["name"] == "Rijnmond" and not document["is_default"]
    assert document["codes"] == ["GM0599", "GM0606", "GM0622", "GM0556", "GM0502"]
    assert document["municipalities"][4] == {
        "code": "GM0502",
        "name": "Capelle aan den IJssel",
        "province": "Zuid-Holland",
    }


def test_unknown_or_empty_municipalities_change_nothing(cli, test_vault) -> None:  # noqa: ANN001
    base = _base(test_vault)
    before = cli(*base, "region", "show", "--json").stdout
    for entries in ("GM0599,GM9999", ","):
        refused = cli(*base, "region", "set", "--name", "X", "--municipalities", entries)
        assert refused.code == 2, (entries, refused.stderr)
        assert refused.stderr.count("\n") == 1 and "Er is niets gewijzigd" in refused.stderr
    unnamed = cli(*base, "region", "set", "--name", " ", "--municipalities", "GM0599")
    assert unnamed.code == 2 and "naam" in unnamed.stderr
    assert cli(*base, "region", "show", "--json").stdout == before
    audit = cli(*base, "audit", "--json").stdout
    assert "region_changed" not in audit
