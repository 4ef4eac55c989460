"""Fixtures of the report tests."""

from __future__ import annotations

import pytest

from emp_desktop.reports.annual import render_annual_report
from emp_desktop.reports.sample import sample_annual_report_data


@pytest.fixture(scope="session")
def annual_pdf() -> bytes:
    """The sample annual report, rendered once for the read-only tests."""
    return render_annual_report(sample_annual_report_data(2025))
