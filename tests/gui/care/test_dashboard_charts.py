"""The dashboard's trend chart and map: true counts of new reports (the coordinator's own
laptop; hiding belongs to what leaves), every region municipality drawn (even-odd, holes
open), and a click or Enter opens exactly the clients the map counts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt

from emp_desktop.domain import municipalities
from emp_desktop.domain.registry import ANY_REPORT_STATUS
from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.dashboard_page import CHARTS_AREA, DashboardPage
from emp_desktop.gui.care.map_widget import MunicipalityMap, _path
from emp_desktop.gui.care.trend_chart import TrendChart
from emp_desktop.reports import geo_data
from emp_desktop.reports.dto import Figure
from emp_desktop.services import dashboard_service, demo_service, registry_service

YEAR = date.today().year
EINDHOVEN = "GM0772"


@pytest.fixture
def dashboard(qtbot, unlocked) -> DashboardPage:  # noqa: ANN001
    opened = unlocked.session.vault
    demo_service.fill_demo(opened, 800, seed=1)
    registry_service.set_historic_total(opened, 2012, 66)
    window = unlocked.main_window
    window.show_area(Area.DASHBOARD)
    page = window.page(Area.DASHBOARD)
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.chart.figures) and page.map.ready(), timeout=20_000)
    return page


def test_chart_and_map_sit_in_the_charts_area(dashboard: DashboardPage) -> None:
    area = dashboard.findChild(type(dashboard.charts), CHARTS_AREA)
    assert dashboard.chart.parent() is area and dashboard.map.parent() is area


def test_the_chart_shows_the_year_totals_of_the_report(dashboard: DashboardPage) -> None:
    per_year = dashboard.session.call(dashboard_service.reports_per_year, YEAR)
    counts = dashboard.session.call(dashboard_service.residence_counts, YEAR).counts
    assert dashboard.chart.bars() == [(y, f.text()) for y, f in sorted(per_year.items())]
    assert dashboard.chart.bars()[0] == (2012, "66")  # historic years continue the trend
    assert dashboard.chart.bars()[-1][0] == YEAR and dashboard.chart.highlight == YEAR
    assert "2012: 66" in dashboard.chart.accessibleDescription()
    assert dashboard.map.figures is not None and dashboard.map.figures.counts == counts


def test_inside_the_vault_small_counts_are_true_numbers(dashboard: DashboardPage) -> None:
    counts = dashboard.map.figures.counts
    assert all(f.value is not None for f in counts.values())
    assert all(text != "<5" for _year, text in dashboard.chart.bars())
    small = [code for code, f in counts.items() if 0 < f.value < 5]
    assert small, "the demo has municipalities with one to four new reports"


def test_a_click_on_the_map_lists_exactly_what_it_counts(qtbot, unlocked, dashboard) -> None:  # noqa: ANN001
    point = dashboard.map.widget_point(EINDHOVEN).toPoint()
    qtbot.mouseClick(dashboard.map, Qt.MouseButton.LeftButton, pos=point)
    clients = unlocked.main_window.page(Area.CLIENTS)
    query = clients.filters.query()
    assert query.year == YEAR and query.municipality == EINDHOVEN
    counted = dashboard.map.figures.counts[EINDHOVEN].value
    assert unlocked.session.call(registry_service.count_persons, query) == counted


def test_a_hidden_year_shows_as_less_than_never_as_a_number(qtbot) -> None:  # noqa: ANN001
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_figures({2015: Figure(66), 2016: Figure(None), 2017: Figure(0)}, 2017)
    assert chart.bars() == [(2015, "66"), (2016, "·"), (2017, "0")]
    chart.resize(400, 180)
    chart.grab()  # paints without error, the hidden bar as a dashed stub


def test_the_map_draws_every_region_municipality(dashboard: DashboardPage) -> None:
    paths = dashboard.map.region_paths()
    region = municipalities.region_codes()
    assert list(paths) == region and len(paths) == 15
    for code, path in paths.items():
        rings = geo_data.municipality_paths()[code]
        assert path.fillRule() == Qt.FillRule.OddEvenFill
        assert path.elementCount() >= sum(len(ring) for ring in rings)  # every ring drawn
        assert dashboard.map.code_at(dashboard.map.widget_point(code)) == code
    for code in region:  # the same class as the PDF map
        figure = dashboard.map.figure(code)
        if dashboard.map.is_folded(code):  # counted in "Overige regiogemeenten" only
            assert figure is None and dashboard.map.value_text(code) == dashboard.map.tr("other")
            continue
        assert figure is not None
        assert geo_data.count_class(figure.value) in geo_data.CLASS_HEX
    assert len(dashboard.map.figures.outside) == 3
    dashboard.map.resize(520, 330)
    assert not dashboard.map.grab().isNull()


def test_holes_stay_open_with_the_even_odd_rule() -> None:
    """Baarle-Nassau (GM0744) holds the Belgian enclaves of Baarle-Hertog as holes (and
    Dutch enclaves inside those): a point is in the municipality exactly when an odd
    number of its rings surround it."""
    path = _path("GM0744")
    rings = geo_data.municipality_paths()["GM0744"]
    assert path.elementCount() == sum(len(ring) for ring in rings)
    holes = 0
    for ring in rings:
        x, y = _inside(ring)
        around = sum(geo_data.inside_distance((x, y), (other,)) > 0 for other in rings)
        assert path.contains(QPointF(x, -y)) == (around % 2 == 1)
        holes += around % 2 == 0
    assert holes > 0


def _inside(ring: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    """A point well inside a small ring: the best of a few candidates near its centre."""
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    candidates = [
        (min(xs) + (max(xs) - min(xs)) * i / 8, min(ys) + (max(ys) - min(ys)) * j / 8)
        for i in range(1, 8)
        for j in range(1, 8)
    ]
    return max(candidates, key=lambda p: geo_data.inside_distance(p, (ring,)))


def test_clicking_eindhoven_shows_its_clients(qtbot, dashboard: DashboardPage) -> None:  # noqa: ANN001
    calls: list[tuple] = []
    dashboard.navigate = lambda area, **filters: calls.append((area, filters))
    point = dashboard.map.widget_point(EINDHOVEN).toPoint()
    qtbot.mouseClick(dashboard.map, Qt.MouseButton.LeftButton, pos=point)
    ((area, filters),) = calls
    assert area == Area.CLIENTS and filters["municipality"] == EINDHOVEN
    assert filters["year"] == YEAR  # the map's year, not all years
    assert filters["status"] == ANY_REPORT_STATUS and filters["form"] is None
    assert dashboard.map.selected == EINDHOVEN


def test_arrow_keys_and_enter_do_the_same(qtbot, dashboard: DashboardPage) -> None:  # noqa: ANN001
    calls: list[tuple] = []
    dashboard.navigate = lambda area, **filters: calls.append((area, filters))
    map_: MunicipalityMap = dashboard.map
    map_.select(None)
    qtbot.keyClick(map_, Qt.Key.Key_Right)
    first = map_.selected
    assert first == municipalities.region_codes()[0]
    qtbot.keyClick(map_, Qt.Key.Key_Right)
    qtbot.keyClick(map_, Qt.Key.Key_Left)
    assert map_.selected == first
    qtbot.keyClick(map_, Qt.Key.Key_Left)  # cycles round to the last
    assert map_.selected == municipalities.region_codes()[-1]
    qtbot.keyClick(map_, Qt.Key.Key_Return)
    assert [(a, f["municipality"]) for a, f in calls] == [(Area.CLIENTS, map_.selected)]
    assert municipalities.name(map_.selected) in map_.accessibleDescription()
    assert map_.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_real_navigation_opens_the_client_list(qtbot, unlocked, dashboard) -> None:  # noqa: ANN001
    point = dashboard.map.widget_point(EINDHOVEN).toPoint()
    qtbot.mouseClick(dashboard.map, Qt.MouseButton.LeftButton, pos=point)
    assert unlocked.main_window.current_area == Area.CLIENTS


def test_a_map_that_cannot_be_made_says_so_and_the_trend_stays(
    qtbot, unlocked, monkeypatch
) -> None:  # noqa: ANN001
    from emp_desktop.services.export_service import DisclosureFailed

    def refuse(*_args: object) -> None:
        raise DisclosureFailed(detail="testweigering")

    monkeypatch.setattr(dashboard_service, "residence_counts", refuse)
    page = unlocked.main_window.page(Area.DASHBOARD)
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.map.problem) and bool(page.chart.figures), timeout=20_000)
    assert page.map.problem.startswith("Geen veilige tabellen mogelijk")
    assert page.map.accessibleDescription() == page.map.problem


def test_lock_empties_chart_and_map(dashboard: DashboardPage, unlocked) -> None:  # noqa: ANN001
    unlocked.lock()
    assert dashboard.chart.figures == {} and dashboard.map.figures is None
    assert dashboard.map.accessibleDescription() == ""
