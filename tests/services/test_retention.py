"""Retention on a real vault: a dry run changes nothing, a run anonymises what expired
(per tier, counted from closing), the policy lives in the vault and reaches subject access."""

from __future__ import annotations

import json
from datetime import date

import pytest

from emp_desktop.domain.errors import InvalidRetentionPolicy
from emp_desktop.domain.registry import (
    AdviceInput,
    IdentityInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.privacy.retention import RetentionPolicy, expires_on
from emp_desktop.services import (
    document_service,
    erasure_service,
    registry_service,
    retention_service,
    vault_service,
)
from emp_desktop.storage.registry_models import AdviceQuestion
from tests.conftest import CANARY, PASSPHRASE

TODAY = date(2026, 6, 30)


@pytest.fixture
def opened(test_vault):
    vault = vault_service.unlock(test_vault.folder, PASSPHRASE)
    yield vault
    vault_service.lock(vault)


def _person(opened, registered: date, closed: date | None, identity: bool = True) -> str:
    reg = RegistrationInput(
        date=registered, closed_on=closed, closure_reason="afgerond" if closed else None
    )
    who = IdentityInput(first_name=CANARY, surname="Bewaar") if identity else None
    return registry_service.register_person(opened, PersonInput(), reg, who).code


def _fill(opened) -> dict[str, str]:
    codes = {
        "old_client": _person(opened, date(2004, 1, 10), date(2005, 2, 1)),
        "young_client": _person(opened, date(2020, 1, 10), date(2021, 2, 1)),
        "open_client": _person(opened, date(2001, 1, 10), None),
        "old_signal": _person(opened, date(2018, 1, 10), date(2019, 3, 1), identity=False),
        "new_signal": _person(opened, date(2023, 1, 10), date(2024, 3, 1), identity=False),
    }
    for day in (date(2021, 5, 1), date(2026, 5, 1)):
        registry_service.register_advice(opened, AdviceInput(date=day, advice=f"{CANARY} belde"))
    return codes


def test_dry_run_previews_and_changes_nothing(opened):
    _fill(opened)
    head = vault_service.audit_log(opened, limit=1)[0].id
    report = retention_service.run_retention(opened, dry_run=True, today=TODAY)
    assert (report.anonymised, report.kept) == (3, 4)
    assert report.tiers == {
        "adviesvraag": {"anonymised": 1, "kept": 1},
        "signaal": {"anonymised": 1, "kept": 1},
        "client": {"anonymised": 1, "kept": 2},
    }
    assert vault_service.audit_log(opened, limit=1)[0].id == head
    assert retention_service.run_retention(opened, dry_run=True, today=TODAY) == report


def test_run_anonymises_what_expired_and_only_that(opened):
    codes = _fill(opened)
    report = retention_service.run_retention(opened, today=TODAY)
    assert report.anonymised == 3 and set(report.codes) == {
        codes["old_client"],
        codes["old_signal"],
    }
    listed = {p.code: p for p in erasure_service.persons_overview(opened)}
    assert listed[codes["old_client"]].erased and not listed[codes["young_client"]].erased
    assert not listed[codes["open_client"]].erased  # never closed: never expires
    with opened.transaction() as s:
        texts = sorted(a.advice for a in s.query(AdviceQuestion))
    assert texts == ["", f"{CANARY} belde"]
    entry = vault_service.audit_log(opened, limit=1)[0]
    assert entry.action == "retention_run" and CANARY not in json.dumps(entry.detail)
    again = retention_service.run_retention(opened, today=TODAY)
    assert again.anonymised == 0 and again.kept == 4


def test_policy_in_the_vault_reaches_the_subject_access_document(opened):
    with pytest.raises(InvalidRetentionPolicy):
        retention_service.save_retention_policy(opened, RetentionPolicy(0, 5, 20))
    retention_service.save_retention_policy(opened, RetentionPolicy(3, 6, 25))
    assert retention_service.retention_policy(opened) == RetentionPolicy(3, 6, 25)
    code = _person(opened, date(2024, 1, 10), None)
    ref = registry_service.find_person(opened, code)
    payload = document_service.documents.subject_access_payload(
        document_service._subject_access_data(opened, ref.id)
    )
    text = json.dumps(payload, ensure_ascii=False)
    assert "25 jaar na afsluiting" in text and "12 maanden" in text
    assert "Bewaartermijn" in text and '"—"' not in text


def test_monthly_schedule(opened):
    assert retention_service.is_run_due(opened, TODAY)
    retention_service.mark_checked(opened, TODAY)
    assert not retention_service.is_run_due(opened, date(2026, 7, 29))
    assert retention_service.is_run_due(opened, date(2026, 7, 30))


def test_leap_day_and_cli_json(cli, test_vault):
    assert expires_on(date(2004, 2, 29), 5) == date(2009, 2, 28)
    base = ("--vault", test_vault.folder, "--passphrase-file", test_vault.passphrase_file)
    result = cli(*base, "retention", "run", "--dry-run", "--json")
    document = json.loads(result.stdout)
    assert result.code == 0 and isinstance(document["anonymised"], int)
    assert isinstance(document["kept"], int) and set(document["tiers"]) == {
        "adviesvraag",
        "signaal",
        "client",
    }
    policy = cli(*base, "retention", "policy", "--client", "15", "--json")
    assert json.loads(policy.stdout)["client"] == 15
    assert cli(*base, "retention", "policy", "--client", "0").code == 2
