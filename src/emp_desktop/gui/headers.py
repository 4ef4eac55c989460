"""The one rule every table model's header follows: horizontal display text per column."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt


def column_header(
    section: int,
    orientation: Qt.Orientation,
    role: int,
    columns: Callable[[int], Any],
    titles: Mapping[Any, str],
    count: int,
) -> str | None:
    """`titles[columns(section)]` for the horizontal display role, else None."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < count
    ):
        return titles[columns(section)]
    return None
