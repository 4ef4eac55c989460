"""ZRM: entering an assessment (edition, moment, date, a score 1–5 per domain with the
scale's words) and the list of assessments with the progress chart."""

from __future__ import annotations

from enum import IntEnum
from statistics import mean

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import ZRM_DOMAINS, ZRM_MOMENTS, ZRM_SCALE
from emp_desktop.gui.care.common import (
    chain_tab_order,
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
from emp_desktop.gui.care.zrm_chart import ZrmChart
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import care_service
from emp_desktop.services.care_dto import TrajectoryView, ZrmView

EDITIONS = ("2017", "2013")


def with_mnemonic(text: str, used: set[str]) -> str:
    """`text` with & before its first letter no other label of the grid uses yet."""
    for position, char in enumerate(text):
        # A letter every keyboard has: Alt+ë is no shortcut on a laptop.
        if char.isascii() and char.isalpha() and char.lower() not in used:
            used.add(char.lower())
            before, after = text[:position], text[position:]
            return f"{escape(before)}&{escape(after)}:"
    return f"{escape(text)}:"


def mnemonic_letters(widgets: list[QWidget]) -> set[str]:
    """The Alt+letters that labels (with a buddy) and buttons among `widgets` take."""
    letters = set()
    for widget in widgets:
        if isinstance(widget, QLabel | QAbstractButton) and (
            not isinstance(widget, QLabel) or widget.buddy() is not None
        ):
            letters.add(mnemonic_letter(widget.text()))
    return letters - {""}


def mnemonic_letter(text: str) -> str:
    text = text.replace("&&", "")
    found = text.find("&")
    return text[found + 1].lower() if 0 <= found < len(text) - 1 else ""


def escape(text: str) -> str:
    """A literal & in a label ("Werk & opleiding") is written && in Qt."""
    return text.replace("&", "&&")


class ZrmCol(IntEnum):
    DATE = 0
    MOMENT = 1
    EDITION = 2
    MEAN = 3


class ZrmModel(RowModel[ZrmView]):
    columns = ZrmCol
    numeric = frozenset({ZrmCol.MEAN})

    def titles(self) -> dict[ZrmCol, str]:
        return {
            ZrmCol.DATE: QCoreApplication.translate("ZrmModel", "Date"),
            ZrmCol.MOMENT: QCoreApplication.translate("ZrmModel", "Moment"),
            ZrmCol.EDITION: QCoreApplication.translate("ZrmModel", "Edition"),
            ZrmCol.MEAN: QCoreApplication.translate("ZrmModel", "Mean score"),
        }

    def display(self, row: ZrmView, col: ZrmCol) -> str:
        if col == ZrmCol.DATE:
            return show_date(row.assessed_on)
        if col == ZrmCol.MOMENT:
            return label(ZRM_MOMENTS, row.moment)
        if col == ZrmCol.EDITION:
            return row.edition
        return f"{mean(row.scores.values()):.1f}".replace(".", ",") if row.scores else ""

    def sort_key(self, row: ZrmView, col: ZrmCol) -> object:
        if col == ZrmCol.DATE:
            return row.assessed_on
        if col == ZrmCol.MEAN:
            return mean(row.scores.values()) if row.scores else 0.0
        return self.display(row, col)


class ZrmForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edition = QComboBox(self)
        for edition in EDITIONS:
            self.edition.addItem(edition, edition)
        self.moment = vocab_combo(self, ZRM_MOMENTS, self.tr("Moment"), empty="—")
        self.assessed = date_edit(self, self.tr("Assessed on"), future_years=0)
        self.row("edition", self.tr("&Edition:"), self.edition, self.tr("ZRM edition"))
        self.row("moment", self.tr("&Moment:"), self.moment)
        self.row("assessed_on", self.tr("Assessed o&n:"), self.assessed)
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scores: dict[str, QComboBox] = {}
        self.reserved: set[str] = set()  # letters the window around the form uses
        self.scores_error = MessageLabel(self)
        self.field_errors["scores"] = self.scores_error
        self.save_button = QPushButton(self.tr("&Save assessment"), self)
        self.form.addRow(self.grid_box)
        self.form.addRow(self.scores_error)
        self.extra(self.save_button)
        self.edition.currentIndexChanged.connect(lambda _i: self._build_scores())
        self._build_scores()
        self.mark_clean()

    def _build_scores(self) -> None:
        """One score box per domain of the chosen edition (13 in 2017, 11 in 2013)."""
        kept = {d: box.currentData() for d, box in self.scores.items()}
        for box in self.grid_box.findChildren(QWidget):
            box.deleteLater()
        self.scores = {}
        domains = ZRM_DOMAINS[combo_code(self.edition) or "2017"]
        # The letters of the rows above, the save button and the window around the form
        # (in the running language): Alt+S must save the assessment, nothing else.
        used = self.reserved | mnemonic_letters([self.save_button, *self.findChildren(QLabel)])
        half = (len(domains) + 1) // 2
        for number, domain in enumerate(domains):
            box = self._score_box(domain, kept.get(domain, 0))
            caption = QLabel(with_mnemonic(domain, used), self.grid_box)
            caption.setBuddy(box)
            column = 2 * (number // half)
            self.grid.addWidget(caption, number % half, column)
            self.grid.addWidget(box, number % half, column + 1)
        chain_tab_order([*self.inputs, *self.scores.values(), self.save_button])

    def reserve(self, letters: set[str]) -> None:
        self.reserved = set(letters)
        self._build_scores()

    def _score_box(self, domain: str, chosen: object) -> QComboBox:
        box = QComboBox(self.grid_box)
        box.setAccessibleName(domain)
        box.addItem("—", 0)
        for score, words in ZRM_SCALE.items():
            box.addItem(f"{score} · {words}", score)
        set_combo_code(box, chosen)
        self.scores[domain] = box
        return box

    def score_values(self) -> dict[str, int]:
        """The scores given; a domain left at "—" is left out (and refused by the service)."""
        return {d: int(box.currentData()) for d, box in self.scores.items() if box.currentData()}

    def values(self) -> dict:
        return {
            "edition": combo_code(self.edition),
            "moment": combo_code(self.moment),
            "assessed_on": to_date(self.assessed.date()).isoformat(),
            "scores": self.score_values(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.edition, values.get("edition", "2017"))
        set_combo_code(self.moment, values.get("moment", ""))
        if values.get("assessed_on"):
            self.assessed.setDate(to_qdate(str(values["assessed_on"])))
        for domain, score in dict(values.get("scores") or {}).items():
            if domain in self.scores:
                set_combo_code(self.scores[domain], score)

    def reset(self) -> None:
        self.moment.setCurrentIndex(0)
        self.assessed.setDate(self.assessed.maximumDate())
        for box in self.scores.values():
            box.setCurrentIndex(0)
        super().reset()


class ZrmPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id: int | None = None
        self.chart = ZrmChart(self)
        self.model = ZrmModel(self)
        self.table = Table(self.model, self.tr("ZRM assessments"), self)
        self.zrm_form = ZrmForm(self)
        self.zrm_form.save_button.clicked.connect(self.save_assessment)
        new = QGroupBox(self.tr("New assessment"), self)
        QVBoxLayout(new).addWidget(self.zrm_form)
        lower = QHBoxLayout()
        lower.addWidget(self.table, 1)
        lower.addWidget(new, 2)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(QLabel(self.tr("Progress per domain (1 acute … 5 fully self-reliant):")))
        column.addWidget(self.chart)
        column.addLayout(lower)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        QWidget.setTabOrder(self.table, self.zrm_form.edition)

    def forms(self) -> dict[str, CareForm]:
        return {"zrm": self.zrm_form}

    def show_view(self, view: TrajectoryView) -> None:
        self.person_id = view.person_id
        self.model.set_rows(view.assessments)
        self.chart.set_series(care_service.zrm_progress(view))

    def save_assessment(self) -> None:
        form = self.zrm_form
        self.save(
            form,
            self.tr("Assessment saved."),
            care_service.record_zrm,
            self.person_id,
            combo_code(form.edition),
            combo_code(form.moment),
            to_date(form.assessed.date()),
            form.score_values(),
        )

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.chart.set_series({})
        self.zrm_form.reset()
