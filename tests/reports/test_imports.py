"""Rendering every report loads no network module (checked in a fresh interpreter, since
this test process may have imported anything by now)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from emp_desktop.reports.annual import render_annual_report
from emp_desktop.reports.documents import render_subject_access
from emp_desktop.reports.meeting import render_meeting_agenda
from emp_desktop.reports import sample
render_annual_report(sample.sample_annual_report_data())
render_subject_access(sample.sample_subject_access(), "twaalf-tekens-of-meer")
render_meeting_agenda(sample.sample_meeting())
print(sorted({"http.client", "urllib.request", "requests", "httpx", "ftplib"} & set(sys.modules)))
"""


def test_rendering_loads_no_network_modules() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "[]"
