"""Outcomes of one person besides the ZRM: safety (safety plan, aangifte, incidents),
financial health (debts and range, debt help), demand for care (relapse) and mental
health (trauma complaints, GGZ referral)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import DEBT_RANGES
from emp_desktop.gui.care.common import (
    combo_code,
    date_edit,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
    vocab_combo,
)
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import care_gui_support, care_service
from emp_desktop.services.care_dto import OutcomeView, TrajectoryView
from emp_desktop.services.care_gui_support import IncidentView

FLAGS = ("safety_plan", "debt_help", "relapse", "trauma_complaints", "ggz_referral")


class OutcomeForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aangifte = QLabel(self)
        self.aangifte.setAccessibleName(self.tr("Police report (from the registration)"))
        self.has_debts = QComboBox(self)
        for code, text in (
            ("onbekend", self.tr("unknown")),
            ("ja", self.tr("yes")),
            ("nee", self.tr("no")),
        ):
            self.has_debts.addItem(text, code)
        self.debt_range = vocab_combo(self, DEBT_RANGES, self.tr("Debt range"))
        self.flags = {
            "safety_plan": QCheckBox(self.tr("Sa&fety plan in place"), self),
            "debt_help": QCheckBox(self.tr("R&eceives debt help"), self),
            "relapse": QCheckBox(self.tr("Relapse (&back in exploitation)"), self),
            "trauma_complaints": QCheckBox(self.tr("Trauma / PTSD complaints"), self),
            "ggz_referral": QCheckBox(self.tr("Referred to &GGZ"), self),
        }
        self.form.addRow(self.tr("Police report:"), self.aangifte)
        self.extra(self.flags["safety_plan"])
        self.row("has_debts", self.tr("&Debts:"), self.has_debts, self.tr("Debts"))
        self.row("debt_range", self.tr("Debt ra&nge:"), self.debt_range)
        for name in FLAGS[1:]:
            self.extra(self.flags[name])
        self.save_button = QPushButton(self.tr("Save o&utcomes"), self)
        self.extra(self.save_button)
        self.inputs.insert(0, self.flags["safety_plan"])
        self.finish(*[self.flags[n] for n in FLAGS[1:]], self.save_button)

    def outcome(self) -> OutcomeView:
        flags = {name: box.isChecked() for name, box in self.flags.items()}
        return OutcomeView(
            has_debts=combo_code(self.has_debts), debt_range=combo_code(self.debt_range), **flags
        )

    def show_outcome(self, outcome: OutcomeView, aangifte: str) -> None:
        self.aangifte.setText(aangifte)
        self.set_values(outcome.__dict__)
        self.mark_clean()

    def values(self) -> dict:
        return dict(self.outcome().__dict__)

    def set_values(self, values: dict) -> None:
        set_combo_code(self.has_debts, values.get("has_debts", "onbekend"))
        set_combo_code(self.debt_range, values.get("debt_range", "onbekend"))
        for name, box in self.flags.items():
            box.setChecked(bool(values.get(name, False)))

    def reset(self) -> None:
        self.aangifte.clear()
        self.set_values({})
        super().reset()


class IncidentCol(IntEnum):
    DATE = 0
    DESCRIPTION = 1


class IncidentModel(RowModel[IncidentView]):
    columns = IncidentCol

    def titles(self) -> dict[IncidentCol, str]:
        return {
            IncidentCol.DATE: QCoreApplication.translate("IncidentModel", "Date"),
            IncidentCol.DESCRIPTION: QCoreApplication.translate("IncidentModel", "Incident"),
        }

    def display(self, row: IncidentView, col: IncidentCol) -> str:
        return show_date(row.occurred_on) if col == IncidentCol.DATE else row.description

    def sort_key(self, row: IncidentView, col: IncidentCol) -> object:
        return row.occurred_on if col == IncidentCol.DATE else row.description


class IncidentForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurred = date_edit(self, self.tr("Date of the incident"), future_years=0)
        self.description = QLineEdit(self)
        self.row("occurred_on", self.tr("Da&te of the incident:"), self.occurred)
        self.row("description", self.tr("&What happened:"), self.description)
        self.add_button = QPushButton(self.tr("&Add incident"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def values(self) -> dict:
        return {
            "occurred_on": to_date(self.occurred.date()).isoformat(),
            "description": self.description.text(),
        }

    def set_values(self, values: dict) -> None:
        if values.get("occurred_on"):
            self.occurred.setDate(to_qdate(str(values["occurred_on"])))
        self.description.setText(str(values.get("description", "")))

    def reset(self) -> None:
        self.occurred.setDate(self.occurred.maximumDate())
        self.description.clear()
        super().reset()


class OutcomesPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id: int | None = None
        self.outcome_form = OutcomeForm(self)
        self.model = IncidentModel(self)
        self.table = Table(self.model, self.tr("Safety incidents"), self)
        self.incident_form = IncidentForm(self)
        self.outcome_form.save_button.clicked.connect(self.save_outcome)
        self.incident_form.add_button.clicked.connect(self.add_incident)
        effects = QGroupBox(self.tr("Safety, finances, care and mental health"), self)
        QVBoxLayout(effects).addWidget(self.outcome_form)
        self.incidents_box = QGroupBox(self.tr("Safety incidents"), self)
        column = QVBoxLayout(self.incidents_box)
        column.addWidget(self.table, 1)
        column.addWidget(self.incident_form)
        layout = QHBoxLayout(self)
        layout.addWidget(effects, 1)
        layout.addWidget(self.incidents_box, 1)
        QWidget.setTabOrder(self.outcome_form.save_button, self.table)
        QWidget.setTabOrder(self.table, self.incident_form.occurred)

    def forms(self) -> dict[str, CareForm]:
        return {"outcome": self.outcome_form, "incident": self.incident_form}

    def show_view(self, view: TrajectoryView, aangifte: str = "") -> None:
        self.person_id = view.person_id
        if not self.outcome_form.is_dirty():  # never overwrite what the user is typing
            self.outcome_form.show_outcome(view.outcome, aangifte)
        else:
            self.outcome_form.aangifte.setText(aangifte)
        self.model.set_rows(self.session.call(care_gui_support.incidents, view.person_id))
        self.incidents_box.setTitle(
            self.tr("Safety incidents (%1)").replace("%1", str(view.incidents))
        )

    def save_outcome(self) -> None:
        form = self.outcome_form
        if self.save(
            form,
            self.tr("Outcomes saved."),
            care_service.set_outcome,
            self.person_id,
            form.outcome(),
        ):
            form.mark_clean()

    def add_incident(self) -> None:
        form = self.incident_form
        self.save(
            form,
            self.tr("Incident added."),
            care_service.add_incident,
            self.person_id,
            to_date(form.occurred.date()),
            form.description.text(),
        )

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.outcome_form.reset()
        self.incident_form.reset()
        self.incidents_box.setTitle(self.tr("Safety incidents"))
