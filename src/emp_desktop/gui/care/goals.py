"""Care-plan goals of one person: the list with status, a new goal, a status change."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import GOAL_STATUSES
from emp_desktop.gui.care.common import combo_code, label, set_combo_code, show_date, vocab_combo
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import care_service
from emp_desktop.services.care_dto import GoalView, TrajectoryView


class GoalCol(IntEnum):
    DESCRIPTION = 0
    STATUS = 1
    CREATED = 2


class GoalModel(RowModel[GoalView]):
    columns = GoalCol

    def titles(self) -> dict[GoalCol, str]:
        return {
            GoalCol.DESCRIPTION: QCoreApplication.translate("GoalModel", "Goal"),
            GoalCol.STATUS: QCoreApplication.translate("GoalModel", "Status"),
            GoalCol.CREATED: QCoreApplication.translate("GoalModel", "Since"),
        }

    def display(self, row: GoalView, col: GoalCol) -> str:
        if col == GoalCol.DESCRIPTION:
            return row.description
        if col == GoalCol.STATUS:
            return label(GOAL_STATUSES, row.status)
        return show_date(row.created_on)

    def sort_key(self, row: GoalView, col: GoalCol) -> object:
        return row.created_on if col == GoalCol.CREATED else self.display(row, col)


class GoalForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.description = QLineEdit(self)
        self.description.setMaxLength(300)
        self.status = vocab_combo(self, GOAL_STATUSES, self.tr("Status of the new goal"))
        self.row("description", self.tr("New &goal:"), self.description, self.tr("New goal"))
        self.row("status", self.tr("S&tatus:"), self.status)
        self.add_button = QPushButton(self.tr("&Add goal"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def values(self) -> dict:
        return {"description": self.description.text(), "status": combo_code(self.status)}

    def set_values(self, values: dict) -> None:
        self.description.setText(str(values.get("description", "")))
        set_combo_code(self.status, values.get("status", "open"))

    def reset(self) -> None:
        self.description.clear()
        self.status.setCurrentIndex(0)
        super().reset()


class GoalStatusForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = vocab_combo(self, GOAL_STATUSES, self.tr("New status of the chosen goal"))
        self.row("status", self.tr("New stat&us:"), self.status)
        self.set_button = QPushButton(self.tr("&Set status"), self)
        self.extra(self.set_button)
        self.finish(self.set_button)

    def reset(self) -> None:
        self.status.setCurrentIndex(0)
        super().reset()


class GoalsPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id: int | None = None
        self.model = GoalModel(self)
        self.table = Table(self.model, self.tr("Care-plan goals"), self, stretch=0)
        self.status_form = GoalStatusForm(self)
        self.goal_form = GoalForm(self)
        self.table.selectionModel().currentRowChanged.connect(self._goal_chosen)
        self.status_form.set_button.clicked.connect(self.set_status)
        self.goal_form.add_button.clicked.connect(self.add_goal)
        # Enter in "Nieuw doel" adds it, as the button next to it says.
        self.goal_form.description.returnPressed.connect(self.add_goal)
        chosen = QGroupBox(self.tr("Chosen goal"), self)
        QVBoxLayout(chosen).addWidget(self.status_form)
        new = QGroupBox(self.tr("New goal"), self)
        QVBoxLayout(new).addWidget(self.goal_form)
        lower = QHBoxLayout()
        lower.addWidget(chosen, 1)
        lower.addWidget(new, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        QWidget.setTabOrder(self.table, self.status_form.status)
        QWidget.setTabOrder(self.status_form.set_button, self.goal_form.description)

    def forms(self) -> dict[str, CareForm]:
        return {"goal": self.goal_form}

    def show_view(self, view: TrajectoryView) -> None:
        self.person_id = view.person_id
        self.model.set_rows(view.goals)

    def _goal_chosen(self) -> None:
        goal = self.table.selected()
        if goal is not None:
            set_combo_code(self.status_form.status, goal.status)
            self.status_form.mark_clean()

    def add_goal(self) -> None:
        form = self.goal_form
        self.save(
            form,
            self.tr("Goal added."),
            care_service.add_goal,
            self.person_id,
            form.description.text(),
            combo_code(form.status),
        )

    def set_status(self) -> None:
        goal = self.table.selected()
        if goal is None:
            self.status_form.message.show_error(self.tr("Choose a goal in the list first."))
            return
        status = combo_code(self.status_form.status)
        self.save(
            self.status_form,
            self.tr("Status changed."),
            care_service.set_goal_status,
            goal.id,
            status,
        )

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.goal_form.reset()
        self.status_form.reset()
