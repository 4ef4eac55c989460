"""Rendering cost of the reports, as JSON lines {"measure", "seconds"}.

The annual report's input is a few hundred disclosure-controlled figures whatever the
vault size, so rendering cost does not grow with the number of cases; the vault queries
that fill the DTOs are measured with the services. Target for the whole annual report
(queries + rendering) is 10 s; rendering alone should stay around 1–2 s.

    .venv/bin/python bench/bench_reports.py [runs]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable

from emp_desktop.reports.annual import render_annual_report
from emp_desktop.reports.container import encrypted_json_container
from emp_desktop.reports.documents import render_subject_access, subject_access_payload
from emp_desktop.reports.geo_map import municipality_paths, region_map
from emp_desktop.reports.layout import register_fonts
from emp_desktop.reports.meeting import render_meeting_agenda
from emp_desktop.reports.sample import (
    sample_annual_report_data,
    sample_meeting,
    sample_subject_access,
)

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PASSWORD = "benchmark-wachtwoord-42"


def emit(measure: str, seconds: float, **extra: object) -> None:
    print(json.dumps({"measure": measure, "seconds": round(seconds, 4), **extra}))


def once(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median(action: Callable[[], object]) -> float:
    return statistics.median(once(action) for _ in range(RUNS))


def main() -> None:
    data = sample_annual_report_data(2025)
    # First use in a process: TTF parsing and the GeoJSON read + projection (cached).
    emit("first_use_fonts", once(register_fonts))
    emit("first_use_geometry", once(municipality_paths))
    emit("annual_report_first_render", once(lambda: render_annual_report(data)))
    size = len(render_annual_report(data))
    emit("annual_report_render", median(lambda: render_annual_report(data)), runs=RUNS, bytes=size)
    emit(
        "region_map_drawing",
        median(lambda: region_map(data.municipality_counts, data.outside_region)),
        runs=RUNS,
    )
    subject = sample_subject_access()
    emit(
        "subject_access_pdf_aes256",
        median(lambda: render_subject_access(subject, PASSWORD)),
        runs=RUNS,
    )
    payload = subject_access_payload(subject)
    emit(
        "json_container_argon2id_64mib",
        median(lambda: encrypted_json_container(payload, PASSWORD)),
        runs=RUNS,
    )
    meeting = sample_meeting()
    emit("meeting_agenda", median(lambda: render_meeting_agenda(meeting)), runs=RUNS)


if __name__ == "__main__":
    main()
