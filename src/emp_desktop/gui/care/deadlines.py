"""Deadlines of one person (bedenktijd, aangifte, verblijf, ZRM re-score, check-in and
meeting action items): the list, completing one, adding one."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from emp_desktop.domain.care import DEADLINE_KINDS
from emp_desktop.gui.care.common import (
    combo_code,
    date_edit,
    label,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
    vocab_combo,
)
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import care_service
from emp_desktop.services.care_dto import DeadlineView, TrajectoryView


class DeadlineCol(IntEnum):
    KIND = 0
    DUE = 1
    STATE = 2
    NOTE = 3


class DeadlineModel(RowModel[DeadlineView]):
    columns = DeadlineCol

    def titles(self) -> dict[DeadlineCol, str]:
        return {
            DeadlineCol.KIND: QCoreApplication.translate("DeadlineModel", "Kind"),
            DeadlineCol.DUE: QCoreApplication.translate("DeadlineModel", "Due"),
            DeadlineCol.STATE: QCoreApplication.translate("DeadlineModel", "State"),
            DeadlineCol.NOTE: QCoreApplication.translate("DeadlineModel", "Note"),
        }

    def display(self, row: DeadlineView, col: DeadlineCol) -> str:
        if col == DeadlineCol.KIND:
            return label(DEADLINE_KINDS, row.kind)
        if col == DeadlineCol.DUE:
            return show_date(row.due_on)
        if col == DeadlineCol.NOTE:
            return row.note
        if row.done_on:
            return QCoreApplication.translate("DeadlineModel", "done on %1").replace(
                "%1", show_date(row.done_on)
            )
        if row.due_on < date.today().isoformat():
            return QCoreApplication.translate("DeadlineModel", "overdue")
        return QCoreApplication.translate("DeadlineModel", "open")

    def sort_key(self, row: DeadlineView, col: DeadlineCol) -> object:
        if col == DeadlineCol.DUE:
            return row.due_on
        if col == DeadlineCol.STATE:
            return row.done_on or ""
        return self.display(row, col)


class DeadlineForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = vocab_combo(self, DEADLINE_KINDS, self.tr("Kind of deadline"), empty="—")
        self.due = date_edit(self, self.tr("Due date"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(300)
        self.row("kind", self.tr("&Kind:"), self.kind)
        self.row("due_on", self.tr("D&ue on:"), self.due, self.tr("Due date"))
        self.row("note", self.tr("No&te:"), self.note, self.tr("Note"))
        self.add_button = QPushButton(self.tr("&Add deadline"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def values(self) -> dict:
        return {
            "kind": combo_code(self.kind),
            "due_on": to_date(self.due.date()).isoformat(),
            "note": self.note.text(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.kind, values.get("kind", ""))
        if values.get("due_on"):
            self.due.setDate(to_qdate(str(values["due_on"])))
        self.note.setText(str(values.get("note", "")))

    def reset(self) -> None:
        self.kind.setCurrentIndex(0)
        self.due.setDate(to_qdate(date.today()))
        self.note.clear()
        super().reset()


class CompleteForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = date_edit(self, self.tr("Completed on"), future_years=0)
        self.row("date", self.tr("Completed o&n:"), self.on)
        self.complete_button = QPushButton(self.tr("Complete the chosen &deadline"), self)
        self.extra(self.complete_button)
        self.finish(self.complete_button)


class DeadlinesPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id: int | None = None
        self.model = DeadlineModel(self)
        self.table = Table(self.model, self.tr("Deadlines"), self)
        self.complete_form = CompleteForm(self)
        self.deadline_form = DeadlineForm(self)
        self.complete_form.complete_button.clicked.connect(self.complete)
        self.deadline_form.add_button.clicked.connect(self.add)
        new = QGroupBox(self.tr("New deadline"), self)
        QVBoxLayout(new).addWidget(self.deadline_form)
        lower = QHBoxLayout()
        lower.addWidget(self.complete_form, 1)
        lower.addWidget(new, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        QWidget.setTabOrder(self.table, self.complete_form.on)
        QWidget.setTabOrder(self.complete_form.complete_button, self.deadline_form.kind)

    def forms(self) -> dict[str, CareForm]:
        return {"deadline": self.deadline_form}

    def show_view(self, view: TrajectoryView) -> None:
        self.person_id = view.person_id
        self.model.set_rows(view.deadlines)

    def complete(self) -> None:
        deadline = self.table.selected()
        if deadline is None or not deadline.open:
            self.complete_form.message.show_error(self.tr("Choose an open deadline first."))
            return
        on = to_date(self.complete_form.on.date())
        self.save(
            self.complete_form,
            self.tr("Deadline completed."),
            care_service.complete_deadline,
            deadline.id,
            on,
        )

    def add(self) -> None:
        form = self.deadline_form
        self.save(
            form,
            self.tr("Deadline added."),
            care_service.add_deadline,
            self.person_id,
            combo_code(form.kind),
            to_date(form.due.date()),
            form.note.text(),
        )

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.deadline_form.reset()
        self.complete_form.reset()
