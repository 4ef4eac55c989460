"""This year at a glance: counts against last year, what is due, the next zorgoverleg.

The widgets are built once; `refresh` only sets values (one dashboard query and one
query for the due list), so switching to the page stays instant on a large vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import DEADLINE_KINDS
from emp_desktop.domain.registry import ANY_REPORT_STATUS
from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.common import label, show_date
from emp_desktop.gui.care.map_widget import MunicipalityMap
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.care.trend_chart import TrendChart
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message, shared_text
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import care_service, dashboard_service
from emp_desktop.services.care_dto import Dashboard, DeadlineView

CHARTS_AREA = "dashboardChartsArea"  # issue 6 puts the trend chart and the map here


class DueCol(IntEnum):
    CODE = 0
    KIND = 1
    DUE = 2
    STATE = 3
    NOTE = 4


class DueModel(RowModel[DeadlineView]):
    """Open deadlines that are overdue or due within two weeks, soonest first."""

    columns = DueCol

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today().isoformat()

    def titles(self) -> dict[DueCol, str]:
        return {
            DueCol.CODE: QCoreApplication.translate("DueModel", "Case code"),
            DueCol.KIND: QCoreApplication.translate("DueModel", "Kind"),
            DueCol.DUE: QCoreApplication.translate("DueModel", "Due"),
            DueCol.STATE: QCoreApplication.translate("DueModel", "State"),
            DueCol.NOTE: QCoreApplication.translate("DueModel", "Note"),
        }

    def display(self, row: DeadlineView, col: DueCol) -> str:
        if col == DueCol.CODE:
            return row.code or QCoreApplication.translate("DueModel", "general")
        if col == DueCol.KIND:
            return label(DEADLINE_KINDS, row.kind)
        if col == DueCol.DUE:
            return show_date(row.due_on)
        if col == DueCol.STATE:
            if row.due_on < self.today:
                return QCoreApplication.translate("DueModel", "overdue")
            return QCoreApplication.translate("DueModel", "due soon")
        return row.note

    def sort_key(self, row: DeadlineView, col: DueCol) -> object:
        return row.due_on if col in (DueCol.DUE, DueCol.STATE) else self.display(row, col)


class Tile(QFrame):
    """A figure with its caption, a line of context, what it counts (tooltip) and, when
    it counts rows of a list, a button that opens exactly that list."""

    def __init__(self, caption: str, parent: QWidget, definition: str = "") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption_text = caption
        self.caption = QLabel(caption, self)
        self.value = QLabel(self)
        self.value.setAccessibleName(caption)
        self.setToolTip(definition)
        self.value.setToolTip(definition)
        self.show_button = QPushButton(
            QCoreApplication.translate("DashboardTile", "Show list"), self
        )
        self.show_button.setAccessibleName(
            QCoreApplication.translate("DashboardTile", "Show list: %1").replace("%1", caption)
        )
        self.show_button.setToolTip(definition)
        self.show_button.hide()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.caption)
        column.addWidget(self.value)
        column.addWidget(self.detail)
        column.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)

    def opens(self, show: Callable[[], None]) -> None:
        self.show_button.clicked.connect(show)
        self.show_button.show()

    def set_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        # The name is what a screen reader says first: the figure itself, not only its caption.
        self.value.setAccessibleName(f"{self.caption_text}: {value}")
        self.value.setAccessibleDescription(detail)

    def clear(self) -> None:
        self.value.clear()
        self.value.setAccessibleName(self.caption_text)
        self.detail.clear()


class DashboardPage(QWidget):
    def __init__(
        self, session: VaultSession, navigate: Callable[..., None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.navigate = navigate
        self.year = self.map_year = date.today().year
        self.title = heading(self.tr("This year at a glance"), self)
        self._build_tiles()
        self.due_model = DueModel(self)
        self.due_table = Table(self.due_model, self.tr("Due and overdue actions"), self)
        self.due_table.activated.connect(self._open_case)
        due_label = QLabel(self.tr("&Due and overdue actions (Enter opens the trajectory):"), self)
        due_label.setBuddy(self.due_table)
        self.open_button = QPushButton(self.tr("&Open trajectory"), self)
        self.open_button.clicked.connect(lambda: self._open_case(self.due_table.currentIndex()))
        self.message = MessageLabel(self)
        self._charts_generation = 0
        self.charts = self._charts_area()
        due = QVBoxLayout()
        due.addWidget(due_label)
        due.addWidget(self.due_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        due.addLayout(buttons)
        due.addWidget(self.message)
        lower = QHBoxLayout()
        lower.addLayout(due, 4)
        lower.addWidget(self.charts, 5)  # the map needs the room more than the list
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.tiles_grid)
        layout.addLayout(lower, 1)
        QWidget.setTabOrder(self.due_table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.map)

    def _build_tiles(self) -> None:
        define = {
            name: shared_text(key) for name, key in dashboard_service.DEFINITION_KEYS.items()
        }
        self.reports = Tile(self.tr("New reports"), self, define["new_reports"])
        self.advice = Tile(self.tr("Advice questions"), self, define["advice_questions"])
        self.active = Tile(self.tr("Active trajectories"), self, define["active_trajectories"])
        self.actions = Tile(self.tr("Overdue actions"), self, define["overdue_actions"])
        self.meeting = Tile(self.tr("Next zorgoverleg"), self)
        self.prevention = Tile(self.tr("Prevention sessions and trainings"), self)
        self.reports.opens(lambda: self._show_clients(status=ANY_REPORT_STATUS))
        self.advice.opens(lambda: self.navigate(Area.ADVICE, year=self.year))
        self.active.opens(lambda: self._show_clients(year=None, open_state="active"))
        self.actions.opens(lambda: self.due_table.setFocus())
        self.meeting.opens(lambda: self.navigate(Area.NETWORK))
        self.prevention.opens(lambda: self.navigate(Area.PREVENTION))
        self.tiles_grid = QGridLayout()
        tiles = (self.reports, self.advice, self.active, self.actions, self.meeting)
        for number, tile in enumerate((*tiles, self.prevention)):
            self.tiles_grid.addWidget(tile, number // 3, number % 3)

    def _charts_area(self) -> QFrame:
        """The trend and the map: the annual report's own figures, drawn with Qt."""
        frame = QFrame(self)
        frame.setObjectName(CHARTS_AREA)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAccessibleName(self.tr("Trend and map"))
        self.chart = TrendChart(frame)
        self.map = MunicipalityMap(frame)
        self.map.activated.connect(self._show_municipality)
        self.chart_title = QLabel(self.tr("Reports per year"), frame)
        self.map_title = QLabel(frame)
        self.map_title.setWordWrap(True)
        self.map_title.setBuddy(self.map)
        for title in (self.chart_title, self.map_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        column = QVBoxLayout(frame)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart, 2)
        column.addWidget(self.map_title)
        column.addWidget(self.map, 5)
        self._map_title(date.today().year)
        return frame

    def _map_title(self, year: int) -> None:
        self.map_title.setText(
            self.tr(
                "Home &municipalities of new reports in %1 (click one for its clients)"
            ).replace("%1", str(year))
        )

    def _load_charts(self, year: int) -> None:
        """Off the GUI thread: each figure set is a disclosure-controlled table. Two tasks,
        so that a map that cannot be made does not take the trend with it.

        Not through session.run, on purpose: the session makes a lock wait for its tasks
        (right for a backup), but these are read-only pictures that a lock simply throws
        away, and the panic lock (Ctrl+L) must never wait for a dashboard on a large vault.
        A task still running when the vault locks finishes its read on its own connection
        (dispose leaves checked-out connections alone) or fails with VaultLocked; either
        way `_deliver` drops the result."""
        vault = self.session.vault
        if vault is None:
            return
        self._charts_generation += 1
        generation = self._charts_generation
        self.map.start_loading()
        self.map_year = year
        self._map_title(year)
        # True counts: this is her own laptop. What leaves is protected elsewhere.
        trend, residence = dashboard_service.reports_per_year, dashboard_service.residence_counts
        self._start(trend, vault, year, generation, self.chart.set_figures, self.chart, year)
        self._start(residence, vault, year, generation, self.map.set_figures, self.map)

    def _start(
        self,
        fn: Callable[..., object],
        vault: object,
        year: int,
        generation: int,
        show: Callable[..., None],
        widget: TrendChart | MunicipalityMap,
        *extra: object,
    ) -> None:
        run_in_background(
            fn,
            vault,
            year,
            on_success=partial(self._succeeded, generation, show, extra),
            on_error=partial(self._failed, generation, widget),
        )

    def _succeeded(
        self, generation: int, show: Callable[..., None], extra: tuple, result: object
    ) -> None:
        self._deliver(generation, show, result, *extra)

    def _failed(self, generation: int, widget: TrendChart | MunicipalityMap, error: object) -> None:
        self._deliver(generation, widget.show_problem, error_message(error))  # type: ignore[arg-type]

    def _deliver(self, generation: int, show: Callable[..., None], *args: object) -> None:
        """Shows a result unless the page was cleared (locked) or refreshed since."""
        if generation == self._charts_generation and self.session.is_open:
            show(*args)

    def _show_clients(self, **filters: object) -> None:
        """The person list with exactly the filters named, every other one reset."""
        chosen: dict[str, object] = {
            "text": "",
            "year": self.year,
            "status": None,
            "form": None,
            "municipality": None,
            "open_state": None,
        }
        chosen.update(filters)
        self.navigate(Area.CLIENTS, **chosen)

    def _show_municipality(self, code: str) -> None:
        """The map shows one year's new reports: the list shows the same persons."""
        self._show_clients(year=self.map_year, status=ANY_REPORT_STATUS, municipality=code)

    def refresh(self) -> None:
        today = date.today()
        self.due_model.today = today.isoformat()
        self.show_dashboard(self.session.call(dashboard_service.dashboard, today))
        self.due_model.set_rows(self.session.call(care_service.due_deadlines, today))
        self.due_table.select_first()
        self._load_charts(today.year)

    def show_dashboard(self, board: Dashboard) -> None:
        number = QLocale().toString
        self.year = board.year
        self.title.setText(self.tr("%1 at a glance").replace("%1", str(board.year)))
        self.reports.set_figure(
            number(board.new_registrations),
            self._versus(
                board.year - 1, board.new_registrations, board.new_registrations_last_year
            ),
        )
        self.advice.set_figure(
            number(board.advice_questions),
            self._versus(board.year - 1, board.advice_questions, board.advice_questions_last_year)
            + "; "
            + self.tr("%1 consultations in Network").replace("%1", number(board.consultations)),
        )
        self.active.set_figure(number(board.active_trajectories), self.tr("open cases, not closed"))
        self.actions.set_figure(
            number(board.overdue_actions),
            self.tr("%1 more due within 14 days").replace("%1", number(board.due_actions)),
        )
        when = show_date(board.next_zorgoverleg) if board.next_zorgoverleg else "—"
        planned = board.next_zorgoverleg is not None
        self.meeting.set_figure(when, "" if planned else self.tr("none planned yet"))
        self.prevention.set_figure(
            number(board.prevention_sessions),
            self.tr("%1 people reached").replace("%1", number(board.people_reached)),
        )

    def _versus(self, last_year: int, now: int, before: int) -> str:
        difference = now - before
        sign = "+" if difference > 0 else ""
        return (
            self.tr("%1: %2 (difference %3)")
            .replace("%1", str(last_year))
            .replace("%2", QLocale().toString(before))
            .replace("%3", sign + QLocale().toString(difference))
        )

    def _open_case(self, index: QModelIndex) -> None:
        row = self.due_table.row_of(index) if index.isValid() else None
        if row is None or row.person_id is None:
            self.message.show_info(self.tr("This action belongs to no case."))
            return
        self.message.clear_message()
        self.navigate(Area.TRAJECTORY, person_id=row.person_id)

    def clear(self) -> None:
        self._charts_generation += 1  # a result still on its way is dropped
        self.chart.clear()
        self.map.clear()
        self.due_model.set_rows([])
        self.message.clear_message()
        for tile in (self.reports, self.advice, self.active, self.actions, self.meeting):
            tile.clear()
        self.prevention.clear()
