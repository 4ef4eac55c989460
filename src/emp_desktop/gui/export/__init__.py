"""GUI of the Export & rapportage area (Area.EXPORT): exports with a preview of exactly
what leaves, the release register, and the annual report.

`build_pages` is the one entry point the main window calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from emp_desktop.gui.areas import Area
from emp_desktop.gui.export.area_page import ExportAreaPage
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings


def build_pages(
    session: VaultSession,
    settings: Settings,
    parent: QWidget,
    navigate: Callable[..., None],
) -> dict[Area, QWidget]:
    return {Area.EXPORT: ExportAreaPage(session, parent)}
