"""The areas of the main window, in navigation order."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication


class Area(IntEnum):
    DASHBOARD = 0
    CLIENTS = 1
    ADVICE = 2
    CONTACTS = 3
    TRAJECTORY = 4
    NETWORK = 5
    PREVENTION = 6
    EXPORT = 7
    AUDIT = 8
    SETTINGS = 9


def area_titles() -> dict[Area, str]:
    return {
        Area.DASHBOARD: QCoreApplication.translate("MainWindow", "Dashboard"),
        Area.CLIENTS: QCoreApplication.translate("MainWindow", "Clients"),
        Area.ADVICE: QCoreApplication.translate("MainWindow", "Advice questions"),
        Area.CONTACTS: QCoreApplication.translate("MainWindow", "Contacts"),
        Area.TRAJECTORY: QCoreApplication.translate("MainWindow", "Care trajectory"),
        Area.NETWORK: QCoreApplication.translate("MainWindow", "Network"),
        Area.PREVENTION: QCoreApplication.translate("MainWindow", "Prevention"),
        Area.EXPORT: QCoreApplication.translate("MainWindow", "Export & reports"),
        Area.AUDIT: QCoreApplication.translate("MainWindow", "Audit"),
        Area.SETTINGS: QCoreApplication.translate("MainWindow", "Settings"),
    }
