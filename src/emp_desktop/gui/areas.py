"""The areas of the main window, in navigation order."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication


class Area(IntEnum):
    DASHBOARD = 0
    CLIENTS = 1
    CONTACTS = 2
    TRAJECTORY = 3
    NETWORK = 4
    PREVENTION = 5
    EXPORT = 6
    AUDIT = 7
    SETTINGS = 8


def area_titles() -> dict[Area, str]:
    return {
        Area.DASHBOARD: QCoreApplication.translate("MainWindow", "Dashboard"),
        Area.CLIENTS: QCoreApplication.translate("MainWindow", "Clients"),
        Area.CONTACTS: QCoreApplication.translate("MainWindow", "Contacts"),
        Area.TRAJECTORY: QCoreApplication.translate("MainWindow", "Care trajectory"),
        Area.NETWORK: QCoreApplication.translate("MainWindow", "Network"),
        Area.PREVENTION: QCoreApplication.translate("MainWindow", "Prevention"),
        Area.EXPORT: QCoreApplication.translate("MainWindow", "Export & reports"),
        Area.AUDIT: QCoreApplication.translate("MainWindow", "Audit"),
        Area.SETTINGS: QCoreApplication.translate("MainWindow", "Settings"),
    }
