"""migrations/ and resources/ ship inside the wheel, and are found from this install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from emp_desktop import locations

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_folders_are_found_from_the_current_install():
    assert (locations.migrations_dir() / "env.py").is_file()
    assert list((locations.migrations_dir() / "versions").glob("0001_*.py"))
    assert (locations.resources_dir() / "geo" / "gemeenten.csv").is_file()
    assert (locations.manual_dir() / "00-inhoud.md").is_file()


@pytest.mark.slow
def test_wheel_contains_migrations_and_resources(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("emp_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "emp_desktop/migrations/env.py" in names
    assert any(n.startswith("emp_desktop/migrations/versions/0001_") for n in names)
    assert "emp_desktop/resources/geo/nl_gemeenten.geojson" in names
    assert "emp_desktop/resources/translations/emp_desktop_nl.ts" in names
    assert "emp_desktop/locations.py" in names
    assert "emp_desktop/handleiding/00-inhoud.md" in names  # F1's chapters
    assert "emp_desktop/handleiding/img/dashboard.png" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "emp-cli = emp_desktop.cli:run" in scripts  # run() wraps main() (fast exit)
    assert "emp-desktop = emp_desktop.gui.app:main" in scripts
