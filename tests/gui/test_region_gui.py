"""The region in the GUI, with real widgets offscreen over a real vault: picking on the map
and in the list, Instellingen › Regio (saved, audited, refused per field), the wizard's
region page, and the client filter and dashboard map following the region."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from emp_desktop.gui.areas import Area
from emp_desktop.gui.care.map_widget import MunicipalityMap
from emp_desktop.gui.region.country_map import CHOSEN
from emp_desktop.gui.region.picker import RegionPicker
from emp_desktop.gui.region.wizard_page import RegionPage
from emp_desktop.services import demo_service, region_service, vault_service
from emp_desktop.services.export_gui_support import ResidenceMap
from tests.conftest import CHEAP_KDF, PASSPHRASE

RIJNMOND = ("GM0599", "GM0606", "GM0622", "GM0556", "GM0502")


def _picker(qtbot) -> RegionPicker:  # noqa: ANN001
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.resize(1000, 520)
    picker.show()
    qtbot.waitUntil(picker.map.ready, timeout=20_000)
    return picker


def test_clicking_the_map_adds_and_removes(qtbot) -> None:  # noqa: ANN001
    picker = _picker(qtbot)
    picker.set_codes(["GM0599", "GM0606"])  # zoomed to Rotterdam and Schiedam
    where = picker.map.widget_point("GM0606")
    qtbot.mouseClick(picker.map, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert picker.codes() == ("GM0599",)
    colour = QColor(picker.map.grab().toImage().pixel(where.toPoint()))
    assert colour != CHOSEN  # Schiedam is no longer filled
    qtbot.mouseClick(picker.map, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert picker.codes() == ("GM0599", "GM0606")
    image = picker.map.grab().toImage()
    assert QColor(image.pixel(picker.map.widget_point("GM0599").toPoint())) == CHOSEN


def test_search_by_name_alias_or_former_name_then_enter(qtbot) -> None:  # noqa: ANN001
    picker = _picker(qtbot)
    for typed in ("vlaardingen", "Den Haag", "Brielle", "GM0556"):
        picker.search.setText(typed)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.codes() == ("GM0622", "GM0518", "GM1992", "GM0556")
    picker.search.setText("Atlantis")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert "Atlantis" in picker.message.text() and len(picker.codes()) == 4


def test_ticking_the_list_is_the_same_choice(qtbot) -> None:  # noqa: ANN001
    picker = _picker(qtbot)
    picker.search.setText("capelle")
    visible = [
        picker.listing.item(r)
        for r in range(picker.listing.count())
        if not picker.listing.item(r).isHidden()
    ]
    assert [i.text() for i in visible] == ["Capelle aan den IJssel (Zuid-Holland)"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    assert picker.codes() == ("GM0502",) and "GM0502" in picker.map.chosen
    picker.toggle("GM0502")
    assert visible[0].checkState() == Qt.CheckState.Unchecked


def test_instellingen_saves_the_region_audited_and_refuses_per_field(qtbot, unlocked) -> None:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.SETTINGS)
    section = window.page(Area.SETTINGS).region
    assert section.fields.name.text() == "Zuidoost-Brabant"  # the preset of a new vault
    section.fields.name.setText("")
    section.fields.picker.set_codes(())
    section.save_button.click()
    assert section.fields.name_message.isVisible() and section.fields.picker.message.text()
    vault = unlocked.session.vault
    assert region_service.region_view(vault).is_default  # nothing stored
    section.fields.name.setText("Rijnmond")
    section.fields.picker.set_codes(RIJNMOND)
    section.save_button.click()
    assert "5" in section.message.text()
    view = region_service.region_view(vault)
    assert (view.name, view.codes) == ("Rijnmond", RIJNMOND)
    actions = [a.action for a in vault_service.audit_log(vault)]
    assert "region_changed" in actions
    window.show_area(Area.CLIENTS)  # the client filter follows: the region first
    combo = window.page(Area.CLIENTS).filters.municipality
    firsts = [combo.itemData(i) for i in range(1, 6)]
    assert sorted(firsts) == sorted(RIJNMOND)
    window.show_area(Area.PREVENTION)  # a new session starts at the region's centre
    assert window.page(Area.PREVENTION).entry.municipality.code() == "GM0599"


def test_the_wizard_page_stores_organisation_and_region(qtbot, tmp_path) -> None:  # noqa: ANN001
    created = vault_service.create_vault(tmp_path / "kluis", PASSPHRASE, kdf=CHEAP_KDF)

    class Holder:  # what the page needs of the wizard: the created vault
        def __init__(self) -> None:
            self.created = created

    from PySide6.QtWidgets import QWizard

    wizard = QWizard()
    qtbot.addWidget(wizard)
    page = RegionPage(wizard)
    page._wizard = Holder()  # type: ignore[assignment]
    try:
        assert page.fields.picker.codes()  # the Eindhoven preset to start from
        page.fields.picker.set_codes(())
        assert not page.validatePage()  # no municipalities: the page stays
        page.organisation.setText("Stichting Rijnmond Veilig")
        page.fields.name.setText("Rijnmond")
        page.fields.picker.set_codes(RIJNMOND)
        assert page.validatePage()
        assert region_service.region_view(created.vault).codes == RIJNMOND
        assert vault_service.organisation_name(created.vault) == "Stichting Rijnmond Veilig"
    finally:
        vault_service.lock(created.vault)


def test_the_dashboard_map_draws_the_figures_region(qtbot) -> None:  # noqa: ANN001
    widget = MunicipalityMap()
    qtbot.addWidget(widget)
    widget.resize(700, 420)
    widget.show()
    widget.start_loading()
    qtbot.waitUntil(lambda: widget.shapes is not None, timeout=20_000)
    assert "GM0772" in widget.region_paths()  # no figures yet: the preset
    widget.set_figures(ResidenceMap(2025, {}, (), RIJNMOND))
    qtbot.waitUntil(lambda: set(widget.region_paths()) == set(RIJNMOND), timeout=20_000)
    point = widget.widget_point("GM0599")
    assert widget.code_at(QPointF(point)) == "GM0599"


def test_the_dashboard_follows_a_changed_region(qtbot, unlocked) -> None:  # noqa: ANN001
    vault = unlocked.session.vault
    region_service.set_region(vault, "Rijnmond", RIJNMOND)
    demo_service.fill_demo(vault, 60, seed=2, today=date(2026, 6, 30))
    unlocked.main_window.show_area(Area.SETTINGS)
    unlocked.main_window.show_area(Area.DASHBOARD)  # shown again after the change: reloads
    page = unlocked.main_window.page(Area.DASHBOARD)

    def shows_rijnmond() -> bool:
        figures = page.map.figures
        return figures is not None and figures.region_codes == RIJNMOND and page.map.ready()

    qtbot.waitUntil(shows_rijnmond, timeout=30_000)
    qtbot.waitUntil(lambda: set(page.map.region_paths()) == set(RIJNMOND), timeout=20_000)
    assert "Overig Zuid-Holland" in [row.label for row in page.map.figures.outside]
