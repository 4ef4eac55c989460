"""The partner network on tabs: organisations and contact persons, consultations,
planning a meeting, the meetings of the year, and attendance per partner."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from emp_desktop.gui.care.common import year_box
from emp_desktop.gui.care.forms import CareForm, DraftBanner, Drafts
from emp_desktop.gui.care.meeting_detail import MeetingDetail
from emp_desktop.gui.care.meeting_plan import PlanPanel
from emp_desktop.gui.care.network_models import MeetingModel
from emp_desktop.gui.care.network_panels import (
    AttendancePanel,
    ConsultationsPanel,
    OrganisationsPanel,
)
from emp_desktop.gui.care.tables import Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import heading
from emp_desktop.services import network_service

DRAFT_KEY = "care.network"


class MeetingsPanel(QWidget):
    """The meetings of the chosen year on the left, the chosen one on the right."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = MeetingModel(self)
        self.table = Table(self.model, self.tr("Meetings of the year"), self)
        self.detail = MeetingDetail(session, self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        caption = QLabel(self.tr("Mee&tings:"), self)
        caption.setBuddy(self.table)
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.detail, 4)
        QWidget.setTabOrder(self.table, self.detail.agenda_table)
        self.detail.setEnabled(False)

    def load(self, year: int) -> None:
        self.model.set_rows(self.session.call(network_service.meetings, year))
        if self.detail.view is not None:
            self.select(self.detail.view.id)
        else:
            self.table.select_first()

    def select(self, meeting_id: int) -> None:
        for row, meeting in enumerate(self.model.rows()):
            if meeting[0] == meeting_id:
                proxy_row = self.table.proxy.mapFromSource(self.model.index(row, 0)).row()
                self.table.selectRow(proxy_row)
                self.detail.show_meeting(meeting_id)
                return

    def _chosen(self) -> None:
        meeting = self.table.selected()
        if meeting is not None:
            self.detail.show_meeting(meeting[0])

    def clear(self) -> None:
        self.model.set_rows([])
        self.detail.clear()


class NetworkPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.banner = DraftBanner(self)
        self.year = year_box(self, self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.organisations = OrganisationsPanel(session, self)
        self.consultations = ConsultationsPanel(session, self)
        self.plan = PlanPanel(session, self)
        self.meetings = MeetingsPanel(session, self)
        self.attendance = AttendancePanel(session, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the network"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.consultations, self.tr("Consultations"))
        self.tabs.addTab(self.plan, self.tr("Plan a meeting"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        forms: dict[str, CareForm] = {}
        for panel in (self.organisations, self.consultations, self.plan, self.meetings.detail):
            forms.update(panel.forms())
            panel.changed.connect(self.reload)
        self.plan.planned.connect(self.show_planned)
        self.drafts = Drafts(session, DRAFT_KEY, forms, self.banner, self._draft_meeting)
        self.year.valueChanged.connect(lambda _y: self.reload())
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Network and meetings"), self))
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.year, self.tabs)

    def refresh(self) -> None:
        self.reload()
        self.drafts.offer()

    def reload(self) -> None:
        if not self.session.is_open:
            return
        year = self.year.value()
        organisations = self.organisations.load()
        self.consultations.load(year, organisations)
        self.plan.load(organisations)
        self.meetings.load(year)
        self.attendance.load(year)

    def show_planned(self, meeting_id: int) -> None:
        meeting = self.session.call(network_service.meeting, meeting_id)
        self.year.setValue(int(meeting.date[:4]))  # reloads when the year changes
        self.reload()
        self.meetings.select(meeting_id)
        self.tabs.setCurrentWidget(self.meetings)

    def _draft_meeting(self, payload: dict) -> None:
        meeting = payload.get("_meeting")
        if isinstance(meeting, int):
            self.meetings.detail.show_meeting(meeting)

    def clear(self) -> None:
        shown = self.meetings.detail.view
        self.drafts.keep({"_meeting": shown.id if shown else None})
        self.drafts.clear()
        for panel in (self.organisations, self.consultations, self.plan, self.meetings):
            panel.clear()
        self.attendance.clear()
