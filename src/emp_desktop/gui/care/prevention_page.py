"""Prevention: information sessions (voorlichting) and one- or two-day trainings of a
year, their reach and evaluation, and a form to record one."""

from __future__ import annotations

from enum import IntEnum
from statistics import mean

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain import municipalities
from emp_desktop.domain.care import AUDIENCES, INSTITUTION_TYPES, PREVENTION_KINDS
from emp_desktop.domain.registry import InvalidInput
from emp_desktop.gui.care.common import (
    MunicipalityBox,
    combo_code,
    date_edit,
    follow_region,
    label,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
    vocab_combo,
    year_box,
)
from emp_desktop.gui.care.forms import CareForm, DraftBanner, Drafts, submit
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import heading
from emp_desktop.services import prevention_service
from emp_desktop.services.care_dto import PreventionView

DRAFT_KEY = "care.prevention"


class PreventionCol(IntEnum):
    DATE = 0
    KIND = 1
    INSTITUTION = 2
    MUNICIPALITY = 3
    AUDIENCE = 4
    PARTICIPANTS = 5
    SCORE = 6
    SIGNALS = 7


def score_text(score: float | None) -> str:
    return "" if score is None else QLocale().toString(score, "f", 1)


class PreventionModel(RowModel[PreventionView]):
    columns = PreventionCol
    numeric = frozenset({PreventionCol.PARTICIPANTS, PreventionCol.SCORE, PreventionCol.SIGNALS})

    def titles(self) -> dict[PreventionCol, str]:
        return {
            PreventionCol.DATE: QCoreApplication.translate("PreventionModel", "Date"),
            PreventionCol.KIND: QCoreApplication.translate("PreventionModel", "Kind"),
            PreventionCol.INSTITUTION: QCoreApplication.translate("PreventionModel", "Institution"),
            PreventionCol.MUNICIPALITY: QCoreApplication.translate(
                "PreventionModel", "Municipality"
            ),
            PreventionCol.AUDIENCE: QCoreApplication.translate("PreventionModel", "Audience"),
            PreventionCol.PARTICIPANTS: QCoreApplication.translate(
                "PreventionModel", "Participants"
            ),
            PreventionCol.SCORE: QCoreApplication.translate("PreventionModel", "Evaluation"),
            PreventionCol.SIGNALS: QCoreApplication.translate("PreventionModel", "Signals"),
        }

    def display(self, row: PreventionView, col: PreventionCol) -> str:
        values = {
            PreventionCol.DATE: show_date(row.date),
            PreventionCol.KIND: label(PREVENTION_KINDS, row.kind),
            PreventionCol.INSTITUTION: label(INSTITUTION_TYPES, row.institution_type),
            PreventionCol.MUNICIPALITY: municipalities.name(row.municipality),
            PreventionCol.AUDIENCE: label(AUDIENCES, row.audience),
            PreventionCol.PARTICIPANTS: str(row.participants),
            PreventionCol.SCORE: score_text(row.evaluation_score),
            PreventionCol.SIGNALS: str(row.signals_followed),
        }
        return values[col]

    def sort_key(self, row: PreventionView, col: PreventionCol) -> object:
        native = {
            PreventionCol.DATE: row.date,
            PreventionCol.PARTICIPANTS: row.participants,
            PreventionCol.SCORE: -1.0 if row.evaluation_score is None else row.evaluation_score,
            PreventionCol.SIGNALS: row.signals_followed,
        }
        return native.get(col, self.display(row, col))


class PreventionForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = vocab_combo(self, PREVENTION_KINDS, self.tr("Kind"), empty="—")
        self.on = date_edit(self, self.tr("Date"), future_years=0)
        self.institution = vocab_combo(
            self, INSTITUTION_TYPES, self.tr("Institution type"), empty="—"
        )
        self.municipality = MunicipalityBox(self, self.tr("Municipality"))
        self.audience = vocab_combo(self, AUDIENCES, self.tr("Audience"), empty="—")
        self.participants = QSpinBox(self)
        self.participants.setRange(0, 10_000)
        self.score = QLineEdit(self)
        self.score.setPlaceholderText(self.tr("1–10, e.g. 7,5 (optional)"))
        self.signals = QSpinBox(self)
        self.signals.setRange(0, 1_000)
        self.row("kind", self.tr("&Kind:"), self.kind)
        self.row("date", self.tr("&Date:"), self.on)
        self.row("institution_type", self.tr("&Institution type:"), self.institution)
        self.row("municipality", self.tr("&Municipality:"), self.municipality)
        self.row("audience", self.tr("&Audience:"), self.audience)
        self.row(
            "participants", self.tr("&Participants:"), self.participants, self.tr("Participants")
        )
        self.row(
            "evaluation_score",
            self.tr("&Evaluation score:"),
            self.score,
            self.tr("Evaluation score"),
        )
        self.row(
            "signals_followed",
            self.tr("Si&gnals that followed:"),
            self.signals,
            self.tr("Signals that followed"),
        )
        self.save_button = QPushButton(self.tr("&Save session"), self)
        self.extra(self.save_button)
        self.reset()
        self.finish(self.save_button)

    def view(self) -> PreventionView:
        """The form as a PreventionView; an unreadable score is refused here already."""
        typed = self.score.text().strip()
        score = None
        if typed:
            value, ok = QLocale().toDouble(typed)
            if not ok:
                value, ok = QLocale.c().toDouble(typed)
            if not ok:
                raise InvalidInput({"evaluation_score": "err_score"})
            score = value
        return PreventionView(
            0,
            combo_code(self.kind),
            to_date(self.on.date()).isoformat(),
            combo_code(self.institution),
            self.municipality.code(),
            combo_code(self.audience),
            self.participants.value(),
            score,
            self.signals.value(),
        )

    def values(self) -> dict:
        return {
            "kind": combo_code(self.kind),
            "date": to_date(self.on.date()).isoformat(),
            "institution_type": combo_code(self.institution),
            "municipality": self.municipality.currentText(),
            "audience": combo_code(self.audience),
            "participants": self.participants.value(),
            "evaluation_score": self.score.text(),
            "signals_followed": self.signals.value(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.kind, values.get("kind", ""))
        if values.get("date"):
            self.on.setDate(to_qdate(str(values["date"])))
        set_combo_code(self.institution, values.get("institution_type", ""))
        self.municipality.setEditText(str(values.get("municipality", "")))
        set_combo_code(self.audience, values.get("audience", ""))
        self.participants.setValue(int(values.get("participants", 0)))
        self.score.setText(str(values.get("evaluation_score", "")))
        self.signals.setValue(int(values.get("signals_followed", 0)))

    def reset(self) -> None:
        self.set_values({"date": self.on.maximumDate().toString("yyyy-MM-dd")})
        self.municipality.set_code(self.municipality.home)  # most sessions are held there
        super().reset()


class PreventionPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.banner = DraftBanner(self)
        self.year = year_box(self, self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Summary of the year"))
        self.model = PreventionModel(self)
        self.table = Table(self.model, self.tr("Sessions and trainings"), self)
        self.entry = PreventionForm(self)
        self.entry.save_button.clicked.connect(self.save)
        self.drafts = Drafts(session, DRAFT_KEY, {"session": self.entry}, self.banner)
        self.year.valueChanged.connect(lambda _y: self.load_year())
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        new = QGroupBox(self.tr("Record a session or training"), self)
        QVBoxLayout(new).addWidget(self.entry)
        lower = QHBoxLayout()
        new.setMaximumWidth(420)
        lower.addWidget(self.table, 1)
        lower.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Prevention: information sessions and trainings"), self))
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(lower, 1)
        QWidget.setTabOrder(self.year, self.table)
        QWidget.setTabOrder(self.table, self.entry.kind)

    def refresh(self) -> None:
        if self.session.is_open:
            follow_region(self.session, self.entry, self.entry.municipality)
        self.load_year()
        self.drafts.offer()

    def load_year(self) -> None:
        if not self.session.is_open:
            return
        rows = self.session.call(prevention_service.sessions, self.year.value())
        self.model.set_rows(rows)
        self.summary.setText(self._summary(rows))

    def _summary(self, rows: list[PreventionView]) -> str:
        scores = [r.evaluation_score for r in rows if r.evaluation_score is not None]
        number = QLocale().toString
        return (
            self.tr("%1 sessions, %2 participants, mean evaluation %3, %4 signals followed")
            .replace("%1", number(len(rows)))
            .replace("%2", number(sum(r.participants for r in rows)))
            .replace("%3", score_text(mean(scores)) if scores else "—")
            .replace("%4", number(sum(r.signals_followed for r in rows)))
        )

    def save(self) -> None:
        try:
            view = self.entry.view()
        except InvalidInput as error:
            self.entry.show_error(error)
            return
        ok, _ = submit(self.session, self.entry, prevention_service.record_session, view)
        if ok:
            self.entry.reset()
            self.entry.show_done(self.tr("Session saved."))
            self.year.setValue(int(view.date[:4]))
            self.load_year()

    def clear(self) -> None:
        self.drafts.keep()
        self.drafts.clear()
        self.model.set_rows([])
        self.summary.clear()
        self.entry.reset()
