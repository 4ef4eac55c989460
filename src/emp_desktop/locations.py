"""Where the files that ship with the app are, in every way it can be installed.

A wheel and the PyInstaller bundle carry `migrations/` and `resources/` inside the
package folder; an editable install or a source checkout has them at the project's
top level. Both are looked up here, so no other module needs to know.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str, checkout: str | None = None) -> Path:
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / (checkout or name)]
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        candidates.insert(0, Path(bundle_root) / "emp_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped folder {name!r} not found next to the package")


def migrations_dir() -> Path:
    return _shipped_dir("migrations")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def manual_dir() -> Path:
    """The Dutch manual: Markdown chapters, screenshots and (in a bundle) handleiding.pdf."""
    return _shipped_dir("handleiding", checkout="docs/handleiding")
