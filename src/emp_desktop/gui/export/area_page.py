"""The Export & rapportage area: three tabs over one vault session."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from emp_desktop.gui.export.annual_tab import AnnualTab
from emp_desktop.gui.export.export_tab import ExportTab
from emp_desktop.gui.export.handover_tab import HandoverTab
from emp_desktop.gui.export.register_tab import RegisterTab
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import heading


class ExportAreaPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.export_tab = ExportTab(session, self)
        self.register_tab = RegisterTab(session, self)
        self.annual_tab = AnnualTab(session, self)
        self.handover_tab = HandoverTab(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Export and reports"))
        self.tabs.addTab(self.export_tab, self.tr("Export"))
        self.tabs.addTab(self.register_tab, self.tr("Release register"))
        self.tabs.addTab(self.annual_tab, self.tr("Annual report"))
        self.tabs.addTab(self.handover_tab, self.tr("Handover"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # The register shows a new release as soon as it is written, or the report made.
        self.export_tab.exported.connect(self.register_tab.refresh)
        intro = QLabel(
            self.tr(
                "Only anonymised tables leave the laptop, and only after you have seen "
                "them and confirmed."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Export & reports"), self))
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    def _tab_changed(self, _index: int) -> None:
        if self.session.is_open:
            self.tabs.currentWidget().refresh()

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()
        self.annual_tab.refresh()  # so a kept draft is offered as soon as the area opens

    def clear(self) -> None:
        for tab in (self.export_tab, self.register_tab, self.annual_tab, self.handover_tab):
            tab.clear()
