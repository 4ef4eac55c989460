"""Held and planned meetings: the agenda by code with a decision per case, action items
(owner, due date; they come back as deadlines in the person's trajectory), minutes,
and the agenda as a PDF. Decisions and minutes are free text: the screen reminds the
user that only codes belong there, because the PDF prints them as typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import MEETING_KINDS
from emp_desktop.gui.care.common import (
    date_edit,
    label,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
)
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.network_models import ActionModel, AgendaModel
from emp_desktop.gui.care.tables import Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import care_gui_support, network_service
from emp_desktop.services.care_dto import MeetingView


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """Where to save the PDF; "" when cancelled (tests replace this function)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MeetingDetail", "Save as PDF"),
        suggested,
        "PDF (*.pdf)",
    )
    return path


class DecisionForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = QLineEdit(self)
        self.decision.setPlaceholderText(self.tr("codes only, never a name"))
        self.row(
            "decision",
            self.tr("&Decision for the chosen case:"),
            self.decision,
            self.tr("Decision"),
        )
        self.save_button = QPushButton(self.tr("Record d&ecision"), self)
        self.extra(self.save_button)
        self.finish(self.save_button)

    def values(self) -> dict:
        return {"decision": self.decision.text()}

    def set_values(self, values: dict) -> None:
        self.decision.setText(str(values.get("decision", "")))

    def reset(self) -> None:
        self.decision.clear()
        super().reset()


class ActionForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = QComboBox(self)
        self.description = QLineEdit(self)
        self.description.setMaxLength(300)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.setMinimumWidth(220)
        self.owner.lineEdit().setAccessibleName(self.tr("Owner"))
        self.due = date_edit(self, self.tr("Due date"))
        self.row("person", self.tr("&Case:"), self.case, self.tr("Case of the action"))
        self.row("description", self.tr("&Action:"), self.description, self.tr("Action"))
        self.row("owner", self.tr("O&wner:"), self.owner, self.tr("Owner"))
        self.row("due_on", self.tr("Due &on:"), self.due, self.tr("Due date"))
        self.add_button = QPushButton(self.tr("Add action ite&m"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def fill(self, view: MeetingView) -> None:
        self.case.clear()
        self.case.addItem(self.tr("general (no case)"), 0)
        for case in view.cases:
            self.case.addItem(case.code, case.person_id)
        self.owner.clear()
        self.owner.addItems(list(view.attendees))
        self.owner.setEditText("")

    def values(self) -> dict:
        return {
            "person": self.case.currentData() or 0,
            "description": self.description.text(),
            "owner": self.owner.currentText(),
            "due_on": to_date(self.due.date()).isoformat(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.case, values.get("person", 0))
        self.description.setText(str(values.get("description", "")))
        self.owner.setEditText(str(values.get("owner", "")))
        if values.get("due_on"):
            self.due.setDate(to_qdate(str(values["due_on"])))

    def reset(self) -> None:
        self.case.setCurrentIndex(0)
        self.description.clear()
        self.owner.setEditText("")
        self.due.setDate(to_qdate(date.today()).addDays(14))
        super().reset()


class MinutesForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minutes = QPlainTextEdit(self)
        self.minutes.setTabChangesFocus(True)
        self.minutes.setPlaceholderText(self.tr("Course of the meeting; codes only, never a name."))
        self.minutes.setMinimumHeight(70)
        self.minutes.setMaximumHeight(140)
        self.row("minutes", self.tr("Min&utes:"), self.minutes, self.tr("Minutes"))
        self.save_button = QPushButton(self.tr("Save minute&s"), self)
        self.extra(self.save_button)
        self.finish(self.save_button)

    def values(self) -> dict:
        return {"minutes": self.minutes.toPlainText()}

    def set_values(self, values: dict) -> None:
        self.minutes.setPlainText(str(values.get("minutes", "")))

    def reset(self) -> None:
        self.minutes.clear()
        super().reset()


class MeetingDetail(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.view: MeetingView | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.agenda = AgendaModel(self)
        self.agenda_table = Table(self.agenda, self.tr("Agenda: cases by code"), self)
        self.decision_form = DecisionForm(self)
        self.actions = ActionModel(self)
        self.actions_table = Table(self.actions, self.tr("Action items"), self, stretch=1)
        self.complete_button = QPushButton(self.tr("Mark the chosen action as do&ne"), self)
        self.action_form = ActionForm(self)
        self.minutes_form = MinutesForm(self)
        self.print_button = QPushButton(self.tr("&Print agenda (PDF)…"), self)
        self.minutes_button = QPushButton(self.tr("Print m&inutes (PDF)…"), self)
        self.print_message = MessageLabel(self)
        self._connect()
        self._lay_out()

    def _connect(self) -> None:
        self.agenda_table.selectionModel().currentRowChanged.connect(lambda *_: self._case_chosen())
        self.decision_form.save_button.clicked.connect(self.record_decision)
        self.complete_button.clicked.connect(self.complete_action)
        self.action_form.add_button.clicked.connect(self.add_action)
        self.minutes_form.save_button.clicked.connect(self.save_minutes)
        self.print_button.clicked.connect(self._print_agenda)
        self.minutes_button.clicked.connect(self._print_minutes)

    def _lay_out(self) -> None:
        agenda = QGroupBox(self.tr("Agenda and decisions"), self)
        column = QVBoxLayout(agenda)
        column.addWidget(self.agenda_table, 1)
        column.addWidget(self.decision_form)
        actions = QGroupBox(self.tr("Action items"), self)
        column = QVBoxLayout(actions)
        column.addWidget(self.actions_table, 1)
        column.addWidget(self.complete_button)
        column.addWidget(self.action_form)
        middle = QHBoxLayout()
        middle.addWidget(agenda, 1)
        middle.addWidget(actions, 1)
        printing = QHBoxLayout()
        printing.addWidget(self.print_button)
        printing.addWidget(self.minutes_button)
        printing.addWidget(self.print_message, 1)
        printing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(middle, 1)
        layout.addWidget(self.minutes_form)
        layout.addLayout(printing)
        order = [
            self.agenda_table,
            self.decision_form.decision,
            self.decision_form.save_button,
            self.actions_table,
            self.complete_button,
            self.action_form.case,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.action_form.add_button, self.minutes_form.minutes)
        QWidget.setTabOrder(self.minutes_form.save_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.minutes_button)

    def forms(self) -> dict[str, CareForm]:
        return {
            "decision": self.decision_form,
            "action": self.action_form,
            "minutes": self.minutes_form,
        }

    def show_meeting(self, meeting_id: int) -> None:
        if self.view is None or self.view.id != meeting_id:
            for form in self.forms().values():
                form.reset()  # never carry typing over to another meeting
        view = self.session.call(network_service.meeting, meeting_id)
        self.view = view
        self.title.setText(
            self.tr("%1 on %2 — attending: %3")
            .replace("%1", label(MEETING_KINDS, view.kind))
            .replace("%2", show_date(view.date))
            .replace("%3", ", ".join(view.attendees) or "—")
        )
        self.agenda.set_rows(view.cases)
        self.actions.set_rows(view.actions)
        if not self.action_form.is_dirty():
            self.action_form.fill(view)
            self.action_form.reset()
        if not self.minutes_form.is_dirty():
            self.minutes_form.set_values({"minutes": view.minutes})
            self.minutes_form.mark_clean()
        self.setEnabled(True)

    def _case_chosen(self) -> None:
        case = self.agenda_table.selected()
        if case is not None and not self.decision_form.is_dirty():
            self.decision_form.set_values({"decision": case.decision})
            self.decision_form.mark_clean()

    def record_decision(self) -> None:
        case = self.agenda_table.selected()
        if self.view is None or case is None:
            self.decision_form.message.show_error(self.tr("Choose a case on the agenda first."))
            return
        self.save(
            self.decision_form,
            self.tr("Decision recorded."),
            network_service.record_decision,
            self.view.id,
            case.person_id,
            self.decision_form.decision.text(),
        )

    def add_action(self) -> None:
        if self.view is None:
            return
        values = self.action_form.values()
        self.save(
            self.action_form,
            self.tr("Action item added; it is a deadline in the case's trajectory."),
            network_service.add_action,
            self.view.id,
            values["person"] or None,
            values["description"],
            values["owner"],
            to_date(self.action_form.due.date()),
        )

    def complete_action(self) -> None:
        action = self.actions_table.selected()
        if action is None or action.done_on:
            self.action_form.message.show_error(self.tr("Choose an open action item first."))
            return
        self.save(
            self.action_form,
            self.tr("Action item done."),
            network_service.complete_action,
            action.id,
            date.today(),
        )

    def save_minutes(self) -> None:
        if self.view is None:
            return
        text = self.minutes_form.minutes.toPlainText()
        if self.save(
            self.minutes_form,
            self.tr("Minutes saved."),
            network_service.set_minutes,
            self.view.id,
            text,
        ):
            self.minutes_form.set_values({"minutes": text})
            self.minutes_form.mark_clean()

    def _print_agenda(self) -> None:
        self._print("agenda")

    def _print_minutes(self) -> None:
        self._print("minutes")

    def _print(self, document: str) -> None:
        """Renders the PDF (codes only) off the GUI thread and saves it where asked."""
        if self.view is None:
            return
        name = "agenda" if document == "agenda" else "verslag"
        path = ask_pdf_path(self, f"{name}-{self.view.kind}-{self.view.date}.pdf")
        if not path:
            return
        self._printing(True)
        self.print_message.show_info(self.tr("Making the PDF…"))
        self.session.run(
            care_gui_support.save_meeting_pdf,
            self.view.id,
            document,
            Path(path),
            on_success=lambda _size: self._printed(path),
            on_error=self._print_failed,
        )

    def _printing(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.minutes_button.setEnabled(not busy)

    def _printed(self, path: str) -> None:
        self._printing(False)
        self.print_message.show_info(self.tr("Saved as %1.").replace("%1", path))

    def _print_failed(self, error: object) -> None:
        self._printing(False)
        self.print_message.show_error(error_message(error))  # type: ignore[arg-type]

    def clear(self) -> None:
        self.view = None
        self.title.clear()
        self.agenda.set_rows([])
        self.actions.set_rows([])
        for form in self.forms().values():
            form.reset()
        self.action_form.case.clear()
        self.action_form.owner.clear()
        self.print_message.clear_message()
        self.setEnabled(False)
