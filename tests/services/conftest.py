"""Shared by the service tests: one demo vault whose 2025 went out as every export and the
annual report, for the tests that read the written files back (built once per run, so the
suite stays fast)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from emp_desktop.reports.dto import AnnualReportData
from emp_desktop.services import (
    demo_service,
    export_files,
    export_service,
    report_service,
    vault_service,
)
from tests.conftest import CHEAP_KDF, PASSPHRASE

SENDER = "Expertisecentrum Mensenhandel Demo"


@dataclass(frozen=True)
class Published:
    folders: dict[str, Path]  # profile → export folder of 2025
    data: AnnualReportData  # the annual report's figures of 2025
    pdf: bytes


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Published:  # noqa: ANN001
    root = tmp_path_factory.mktemp("published")
    opened = vault_service.create_vault(root / "kluis", PASSPHRASE, kdf=CHEAP_KDF).vault
    try:
        demo_service.fill_demo(opened, 1200, seed=3, today=date(2026, 3, 1))
        vault_service.set_organisation_name(opened, SENDER)
        folders = {}
        for profile in export_service.PROFILES:
            preview = export_service.prepare_export(opened, profile, "2025")
            folders[profile] = export_files.write_export(opened, preview, root / profile).folder
        pdf = report_service.render_annual(opened, 2025)
        data, _, _ = report_service.build_annual_data(opened, 2025)
    finally:
        vault_service.lock(opened)
    return Published(folders, data, pdf)
