"""No export or report path ends in "Onverwachte fout": every failure is a typed Dutch
error with its exit code, and nothing is recorded as released when nothing was written."""

from __future__ import annotations

import json
from datetime import date

import pytest

from emp_desktop.domain.errors import LogoUnreadable, OutputNotWritable, ReleaseRefused
from emp_desktop.domain.messages import error_text
from emp_desktop.services import demo_service, report_service, vault_service
from emp_desktop.services.errors import privacy_refusals, writing
from emp_desktop.services.export_gui_support import save_bytes
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from tests.conftest import CHEAP_KDF

    folder = tmp_path_factory.mktemp("fouten") / "kluis"
    opened = vault_service.create_vault(folder, PASSPHRASE, kdf=CHEAP_KDF).vault
    demo_service.fill_demo(opened, 400, seed=5, today=date(2026, 3, 1))
    vault_service.lock(opened)
    secret = folder.parent / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return ("--vault", folder, "--passphrase-file", secret)


def _releases(cli, args) -> int:  # noqa: ANN001
    return len(json.loads(cli(*args, "releases", "--json").stdout))


def test_unwritable_targets_are_typed_and_record_nothing(cli, demo, tmp_path) -> None:  # noqa: ANN001
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    before = _releases(cli, demo)
    export = cli(*demo, "export", "comensha", "--period", "2024", "--out", blocker / "map")
    report = cli(*demo, "report", "annual", "--year", "2024", "--out", tmp_path / "nee" / "j.pdf")
    for result in (export, report):
        assert result.code == 1, result.stderr
        assert "Kan niet schrijven naar" in result.stderr and "Onverwachte" not in result.stderr
    assert "een deel van het pad is een bestand" in export.stderr
    assert "de map bestaat niet" in report.stderr
    assert _releases(cli, demo) == before  # nothing left, nothing registered


def test_quarters_then_the_year_never_crash(cli, demo, tmp_path) -> None:  # noqa: ANN001
    """Quarters folded differently from their year used to end in a ValueError."""
    first = cli(*demo, "export", "gemeente", "--period", "2025Q1", "--out", tmp_path / "q1")
    assert first.code == 0, first.stderr
    for command in (
        ("export", "gemeente", "--period", "2025", "--out", tmp_path / "jaar"),
        ("report", "annual", "--year", "2025", "--out", tmp_path / "jaarverslag.pdf"),
    ):
        result = cli(*demo, *command)
        assert result.code in (0, 6), result.stderr
        assert "Onverwachte" not in result.stderr
        if result.code == 6:
            assert result.stderr.startswith(("Levering geweigerd", "Geen veilige", "Export"))


def test_an_unreadable_logo_is_said_so(demo) -> None:  # noqa: ANN001
    opened = vault_service.unlock(demo[1], PASSPHRASE)
    try:
        vault_service.set_logo(opened, b"\x89PNG\r\n\x1a\n" + b"geen afbeelding" * 10)
        with pytest.raises(LogoUnreadable) as failed:
            report_service.prepare_annual(opened, 2024)
        assert "logo" in error_text(failed.value) and failed.value.exit_code == 1
    finally:
        vault_service.set_logo(opened, None)
        vault_service.lock(opened)


def test_refusals_and_write_failures_carry_their_reason(tmp_path) -> None:
    with pytest.raises(ReleaseRefused) as refused, privacy_refusals():
        raise ValueError("Tabel actieve_trajecten heeft niet in elke levering dezelfde opbouw")
    assert refused.value.exit_code == 6
    assert "actieve_trajecten" in error_text(refused.value)
    with pytest.raises(OutputNotWritable) as failed:
        save_bytes(tmp_path / "ontbreekt" / "jaarverslag.pdf", b"%PDF-")
    assert "de map bestaat niet" in error_text(failed.value)
    with pytest.raises(OutputNotWritable), writing(tmp_path):
        (tmp_path / "x").mkdir()
        (tmp_path / "x").mkdir()  # exists: a typed error too, not a crash


@pytest.mark.parametrize(
    ("option", "value"), [("--threshold", "3"), ("--threshold", "0"), ("--k", "2"), ("--k", "99")]
)
def test_n_and_k_below_five_are_refused_in_dutch(cli, demo, tmp_path, option, value) -> None:  # noqa: ANN001
    """No looser than the product promises; the error names n or k, not a period."""
    before = _releases(cli, demo)
    result = cli(*demo, "export", "comensha", "--period", "2024", option, value,
                 "--out", tmp_path / "uit")
    assert result.code == 2
    assert "kan niet: kies een geheel getal van 5 tot en met" in result.stderr
    assert "periode" not in result.stderr.lower()
    assert not (tmp_path / "uit").exists() and _releases(cli, demo) == before


def test_usage_errors_are_dutch(cli, demo, tmp_path) -> None:  # noqa: ANN001
    wrong = cli(*demo, "export", "onbekend", "--period", "2024", "--out", tmp_path / "x")
    missing = cli(*demo, "export", "comensha", "--period", "2024")
    extra = cli(*demo, "info", "--zomaar")
    assert "ongeldige keuze: 'onbekend' (kies uit" in wrong.stderr
    assert "deze argumenten ontbreken: --out" in missing.stderr
    assert "onbekende argumenten: --zomaar" in extra.stderr
    for result in (wrong, missing, extra):
        assert result.code == 2 and result.stderr.count("\n") == 1


def test_a_period_that_has_not_begun_is_refused(cli, demo, tmp_path) -> None:  # noqa: ANN001
    before = _releases(cli, demo)
    result = cli(*demo, "export", "comensha", "--period", "2099", "--out", tmp_path / "uit")
    assert result.code == 2 and "is nog niet begonnen" in result.stderr
    assert not (tmp_path / "uit").exists() and _releases(cli, demo) == before
