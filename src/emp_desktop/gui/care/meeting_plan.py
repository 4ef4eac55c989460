"""Planning a zorgoverleg (every four weeks by default) or a casusoverleg: date,
attending organisations and the agenda, built from the active cases whose consent for
discussion in the zorgoverleg is in force — listed by pseudonym code only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import INTENSITIES, MEETING_KINDS, PHASES
from emp_desktop.domain.registry import InvalidInput
from emp_desktop.gui.care.common import (
    combo_code,
    date_edit,
    label,
    set_combo_code,
    to_date,
    to_qdate,
    vocab_combo,
)
from emp_desktop.gui.care.forms import CareForm, Panel, submit
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import name_clear_button
from emp_desktop.services import network_service
from emp_desktop.services.care_dto import AgendaCase, OrganisationView

ID_ROLE = Qt.ItemDataRole.UserRole


def checklist(parent: QWidget, accessible: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(accessible)
    return widget


def add_check(widget: QListWidget, text: str, key: int, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text, widget)
    item.setData(ID_ROLE, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_ids(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, ids: list[int]) -> None:
    wanted = set(ids)
    for i in range(widget.count()):
        item = widget.item(i)
        state = Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
        item.setCheckState(state)


class PlanForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = vocab_combo(self, MEETING_KINDS, self.tr("Kind of meeting"))
        self.on = date_edit(self, self.tr("Date of the meeting"), future_years=1)
        self.organisations = checklist(self, self.tr("Attending organisations"))
        self.organisations.setMaximumHeight(self.fontMetrics().height() * 12)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("part of a code"))
        self.find.setClearButtonEnabled(True)
        name_clear_button(self.find)
        self.cases = checklist(self, self.tr("Cases on the agenda"))
        self.intensive = QPushButton(self.tr("Tick all &intensive cases"), self)
        self.row("kind", self.tr("&Kind:"), self.kind)
        self.row("date", self.tr("&Date:"), self.on)
        self.row("organisations", self.tr("&Attending organisations:"), self.organisations)
        self.row("find", self.tr("&Find a case:"), self.find, self.tr("Find a case by code"))
        self.row("cases", self.tr("Agenda (&cases by code):"), self.cases)
        self.extra(self.intensive)
        self.plan_button = QPushButton(self.tr("&Plan meeting"), self)
        self.extra(self.plan_button)
        self.find.textChanged.connect(self._filter)
        self.intensive.clicked.connect(self._tick_intensive)
        self.finish(self.intensive, self.plan_button)

    def fill(self, organisations: list[OrganisationView], cases: list[AgendaCase]) -> None:
        self.organisations.clear()
        for organisation in organisations:
            add_check(self.organisations, organisation.name, organisation.id)
        self.cases.clear()
        for case in cases:
            text = (
                f"{case.code} · {label(PHASES, case.phase)} · {label(INTENSITIES, case.intensity)}"
            )
            add_check(self.cases, text, case.person_id).setData(
                Qt.ItemDataRole.UserRole + 1, case.intensity
            )
        self._filter(self.find.text())

    def _filter(self, typed: str) -> None:
        needle = typed.strip().upper()
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            item.setHidden(bool(needle) and needle not in item.text().upper())

    def _tick_intensive(self) -> None:
        for i in range(self.cases.count()):
            item = self.cases.item(i)
            if item.data(Qt.ItemDataRole.UserRole + 1) == "intensief":
                item.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict:
        return {
            "kind": combo_code(self.kind),
            "date": to_date(self.on.date()).isoformat(),
            "organisations": checked_ids(self.organisations),
            "cases": checked_ids(self.cases),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.kind, values.get("kind", "zorgoverleg"))
        if values.get("date"):
            self.on.setDate(to_qdate(str(values["date"])))
        set_checked(self.organisations, list(values.get("organisations") or []))
        set_checked(self.cases, list(values.get("cases") or []))

    def reset(self) -> None:
        self.find.clear()
        set_checked(self.organisations, [])
        set_checked(self.cases, [])
        super().reset()


class PlanPanel(Panel):
    planned = Signal(int)  # the new meeting's id

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.plan_form = PlanForm(self)
        self.plan_form.plan_button.clicked.connect(self.plan)
        self.plan_form.kind.currentIndexChanged.connect(lambda _i: self._default_date())
        note = QLabel(
            self.tr(
                "The agenda offers only active cases with consent for discussion in the "
                "zorgoverleg, by code. A zorgoverleg is held every four weeks: its date "
                "is proposed."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.plan_form, 1)
        layout.addLayout(row, 1)

    def forms(self) -> dict[str, CareForm]:
        return {"plan": self.plan_form}

    def load(self, organisations: list[OrganisationView]) -> None:
        if self.plan_form.is_dirty():
            return  # keep a half-planned meeting as it is
        cases = self.session.call(network_service.agenda_candidates)
        self.plan_form.fill(organisations, cases)
        self._default_date()
        self._default_attendees(organisations)
        self.plan_form.mark_clean()

    def _default_date(self) -> None:
        if combo_code(self.plan_form.kind) == "zorgoverleg" and self.session.is_open:
            proposed = self.session.call(network_service.next_zorgoverleg_date, date.today())
            self.plan_form.on.setDate(to_qdate(proposed))

    def _default_attendees(self, organisations: list[OrganisationView]) -> None:
        """The partners of the last zorgoverleg: the usual table around it."""
        last = [m for m in self.session.call(network_service.meetings) if m[1] == "zorgoverleg"]
        if not last:
            return
        names = set(self.session.call(network_service.meeting, last[0][0]).attendees)
        set_checked(self.plan_form.organisations, [o.id for o in organisations if o.name in names])

    def plan(self) -> None:
        form = self.plan_form
        values = form.values()
        if not values["organisations"]:
            form.show_error(InvalidInput({"organisations": "err_required"}))
            return
        ok, meeting_id = submit(
            self.session,
            form,
            network_service.plan_meeting,
            values["kind"],
            to_date(form.on.date()),
            values["organisations"],
            values["cases"],
        )
        if ok:
            form.reset()
            form.show_done(self.tr("Meeting planned."))
            self.planned.emit(int(meeting_id))

    def clear(self) -> None:
        self.plan_form.reset()
        self.plan_form.organisations.clear()
        self.plan_form.cases.clear()
        self.plan_form.mark_clean()
