"""Table models of the network page: organisations, contact persons, consultations,
meetings, agenda cases, action items and attendance. Cases appear by code only."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import INTENSITIES, MEETING_KINDS, NETWORK_ORGANISATION_TYPES, PHASES
from emp_desktop.domain.vocabulary import ADVICE_TOPICS
from emp_desktop.gui.care.common import label, show_date
from emp_desktop.gui.care.tables import RowModel
from emp_desktop.services.care_dto import ActionView, AgendaCase, OrganisationView
from emp_desktop.services.care_gui_support import ConsultationView, ContactPersonView

Meeting = tuple[int, str, str]  # id, kind, ISO date: network_service.meetings
Attendance = tuple[str, int, int]  # organisation, meetings attended, zorgoverleggen held


class OrganisationCol(IntEnum):
    NAME = 0
    TYPE = 1
    MUNICIPALITY = 2
    CONTACTS = 3


class OrganisationModel(RowModel[OrganisationView]):
    columns = OrganisationCol
    numeric = frozenset({OrganisationCol.CONTACTS})

    def titles(self) -> dict[OrganisationCol, str]:
        return {
            OrganisationCol.NAME: QCoreApplication.translate("OrganisationModel", "Organisation"),
            OrganisationCol.TYPE: QCoreApplication.translate("OrganisationModel", "Type"),
            OrganisationCol.MUNICIPALITY: QCoreApplication.translate(
                "OrganisationModel", "Municipality"
            ),
            OrganisationCol.CONTACTS: QCoreApplication.translate(
                "OrganisationModel", "Contact persons"
            ),
        }

    def display(self, row: OrganisationView, col: OrganisationCol) -> str:
        return {
            OrganisationCol.NAME: row.name,
            OrganisationCol.TYPE: label(NETWORK_ORGANISATION_TYPES, row.type),
            OrganisationCol.MUNICIPALITY: municipalities.name(row.municipality),
            OrganisationCol.CONTACTS: str(row.contact_persons),
        }[col]

    def sort_key(self, row: OrganisationView, col: OrganisationCol) -> object:
        return row.contact_persons if col == OrganisationCol.CONTACTS else self.display(row, col)


class ContactCol(IntEnum):
    NAME = 0
    ROLE = 1
    PHONE = 2
    EMAIL = 3


class ContactPersonModel(RowModel[ContactPersonView]):
    columns = ContactCol

    def titles(self) -> dict[ContactCol, str]:
        return {
            ContactCol.NAME: QCoreApplication.translate("ContactPersonModel", "Name"),
            ContactCol.ROLE: QCoreApplication.translate("ContactPersonModel", "Role"),
            ContactCol.PHONE: QCoreApplication.translate("ContactPersonModel", "Phone"),
            ContactCol.EMAIL: QCoreApplication.translate("ContactPersonModel", "E-mail"),
        }

    def display(self, row: ContactPersonView, col: ContactCol) -> str:
        return (row.name, row.role, row.phone, row.email)[col]


class ConsultationCol(IntEnum):
    DATE = 0
    ORGANISATION = 1
    TOPIC = 2
    MINUTES = 3


class ConsultationModel(RowModel[ConsultationView]):
    columns = ConsultationCol
    numeric = frozenset({ConsultationCol.MINUTES})

    def titles(self) -> dict[ConsultationCol, str]:
        return {
            ConsultationCol.DATE: QCoreApplication.translate("ConsultationModel", "Date"),
            ConsultationCol.ORGANISATION: QCoreApplication.translate(
                "ConsultationModel", "Organisation"
            ),
            ConsultationCol.TOPIC: QCoreApplication.translate("ConsultationModel", "Topic"),
            ConsultationCol.MINUTES: QCoreApplication.translate("ConsultationModel", "Minutes"),
        }

    def display(self, row: ConsultationView, col: ConsultationCol) -> str:
        return {
            ConsultationCol.DATE: show_date(row.date),
            ConsultationCol.ORGANISATION: row.organisation,
            ConsultationCol.TOPIC: label(ADVICE_TOPICS, row.topic),
            ConsultationCol.MINUTES: str(row.duration_minutes),
        }[col]

    def sort_key(self, row: ConsultationView, col: ConsultationCol) -> object:
        native = {ConsultationCol.DATE: row.date, ConsultationCol.MINUTES: row.duration_minutes}
        return native.get(col, self.display(row, col))


class MeetingCol(IntEnum):
    DATE = 0
    KIND = 1


class MeetingModel(RowModel[Meeting]):
    columns = MeetingCol

    def titles(self) -> dict[MeetingCol, str]:
        return {
            MeetingCol.DATE: QCoreApplication.translate("MeetingModel", "Date"),
            MeetingCol.KIND: QCoreApplication.translate("MeetingModel", "Kind"),
        }

    def display(self, row: Meeting, col: MeetingCol) -> str:
        return show_date(row[2]) if col == MeetingCol.DATE else label(MEETING_KINDS, row[1])

    def sort_key(self, row: Meeting, col: MeetingCol) -> object:
        return row[2] if col == MeetingCol.DATE else self.display(row, col)


class CaseCol(IntEnum):
    CODE = 0
    PHASE = 1
    INTENSITY = 2
    DECISION = 3


class AgendaModel(RowModel[AgendaCase]):
    columns = CaseCol

    def titles(self) -> dict[CaseCol, str]:
        return {
            CaseCol.CODE: QCoreApplication.translate("AgendaModel", "Case code"),
            CaseCol.PHASE: QCoreApplication.translate("AgendaModel", "Phase"),
            CaseCol.INTENSITY: QCoreApplication.translate("AgendaModel", "Intensity"),
            CaseCol.DECISION: QCoreApplication.translate("AgendaModel", "Decision"),
        }

    def display(self, row: AgendaCase, col: CaseCol) -> str:
        return {
            CaseCol.CODE: row.code,
            CaseCol.PHASE: label(PHASES, row.phase),
            CaseCol.INTENSITY: label(INTENSITIES, row.intensity),
            CaseCol.DECISION: row.decision,
        }[col]


class ActionCol(IntEnum):
    CODE = 0
    DESCRIPTION = 1
    OWNER = 2
    DUE = 3
    DONE = 4


class ActionModel(RowModel[ActionView]):
    columns = ActionCol

    def titles(self) -> dict[ActionCol, str]:
        return {
            ActionCol.CODE: QCoreApplication.translate("ActionModel", "Case code"),
            ActionCol.DESCRIPTION: QCoreApplication.translate("ActionModel", "Action"),
            ActionCol.OWNER: QCoreApplication.translate("ActionModel", "Owner"),
            ActionCol.DUE: QCoreApplication.translate("ActionModel", "Due"),
            ActionCol.DONE: QCoreApplication.translate("ActionModel", "Done"),
        }

    def display(self, row: ActionView, col: ActionCol) -> str:
        return {
            ActionCol.CODE: row.code or QCoreApplication.translate("ActionModel", "general"),
            ActionCol.DESCRIPTION: row.description,
            ActionCol.OWNER: row.owner,
            ActionCol.DUE: show_date(row.due_on),
            ActionCol.DONE: show_date(row.done_on),
        }[col]

    def sort_key(self, row: ActionView, col: ActionCol) -> object:
        native = {ActionCol.DUE: row.due_on, ActionCol.DONE: row.done_on or ""}
        return native.get(col, self.display(row, col))


class AttendanceCol(IntEnum):
    ORGANISATION = 0
    ATTENDED = 1
    HELD = 2
    SHARE = 3


class AttendanceModel(RowModel[Attendance]):
    columns = AttendanceCol
    numeric = frozenset({AttendanceCol.ATTENDED, AttendanceCol.HELD, AttendanceCol.SHARE})

    def titles(self) -> dict[AttendanceCol, str]:
        return {
            AttendanceCol.ORGANISATION: QCoreApplication.translate("AttendanceModel", "Partner"),
            AttendanceCol.ATTENDED: QCoreApplication.translate("AttendanceModel", "Attended"),
            AttendanceCol.HELD: QCoreApplication.translate(
                "AttendanceModel", "Zorgoverleggen held"
            ),
            AttendanceCol.SHARE: QCoreApplication.translate("AttendanceModel", "Share"),
        }

    @staticmethod
    def share(row: Attendance) -> int:
        return round(100 * row[1] / row[2]) if row[2] else 0

    def display(self, row: Attendance, col: AttendanceCol) -> str:
        if col == AttendanceCol.SHARE:
            return f"{self.share(row)}%"
        return str(row[col])

    def sort_key(self, row: Attendance, col: AttendanceCol) -> object:
        return self.share(row) if col == AttendanceCol.SHARE else row[col]
