"""A demo vault (800 synthetic persons) behind an unlocked main window, on the export area."""

from __future__ import annotations

from datetime import date

import pytest

from emp_desktop.gui.areas import Area
from emp_desktop.gui.export.area_page import ExportAreaPage
from emp_desktop.services import demo_service

# A finished year with plenty of demo data. Tests that write an export and then prepare
# again use different periods: re-preparing a period already released can fail (a known
# issue of the disclosure layer, being fixed there).
YEAR = date.today().year - 1


@pytest.fixture
def demo(unlocked):  # noqa: ANN001, ANN201
    demo_service.fill_demo(unlocked.session.vault, 800, seed=1)
    return unlocked


@pytest.fixture
def area(demo) -> ExportAreaPage:  # noqa: ANN001
    window = demo.main_window
    window.show_area(Area.EXPORT)
    page = window.page(Area.EXPORT)
    assert isinstance(page, ExportAreaPage)
    return page
