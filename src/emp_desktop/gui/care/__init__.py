"""GUI of the care areas: Area.DASHBOARD, Area.TRAJECTORY, Area.NETWORK and Area.PREVENTION.

`build_pages` is the one entry point the main window calls; each page has `refresh()`
(the vault is open: fill in) and `clear()` (the vault is about to lock: keep a draft of
unsaved edits, then empty every widget).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.dashboard_page import DashboardPage
from emp_desktop.gui.care.network_page import NetworkPage
from emp_desktop.gui.care.prevention_page import PreventionPage
from emp_desktop.gui.care.trajectory_page import TrajectoryPage
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.settings import Settings


def build_pages(
    session: VaultSession,
    settings: Settings,
    parent: QWidget,
    navigate: Callable[..., None],
) -> dict[Area, QWidget]:
    return {
        Area.DASHBOARD: DashboardPage(session, navigate, parent),
        Area.TRAJECTORY: TrajectoryPage(session, parent),
        Area.NETWORK: NetworkPage(session, parent),
        Area.PREVENTION: PreventionPage(session, parent),
    }
