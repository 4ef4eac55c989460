"""Every table model of the care screens passes Qt's model tester, empty and filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from emp_desktop.gui.care.dashboard_page import DueModel
from emp_desktop.gui.care.deadlines import DeadlineModel
from emp_desktop.gui.care.goals import GoalModel
from emp_desktop.gui.care.network_models import (
    ActionModel,
    AgendaModel,
    AttendanceModel,
    ConsultationModel,
    ContactPersonModel,
    MeetingModel,
    OrganisationModel,
)
from emp_desktop.gui.care.outcomes import IncidentModel
from emp_desktop.gui.care.prevention_page import PreventionModel
from emp_desktop.gui.care.referrals import ReferralModel
from emp_desktop.gui.care.tables import SORT_ROLE
from emp_desktop.gui.care.zrm_entry import ZrmModel
from emp_desktop.services.care_dto import (
    ActionView,
    AgendaCase,
    DeadlineView,
    GoalView,
    OrganisationView,
    PreventionView,
    ReferralView,
    ZrmView,
)
from emp_desktop.services.care_gui_support import ConsultationView, ContactPersonView, IncidentView

DEADLINES = [
    DeadlineView(1, 7, "EMP-2025-0007", "bedenktijd", "2025-03-01", None, "loopt af"),
    DeadlineView(2, None, None, "actiepunt", "2099-01-01", "2025-01-02", "algemeen punt"),
]
ROWS = {
    DueModel: DEADLINES,
    DeadlineModel: DEADLINES,
    GoalModel: [GoalView(1, "Veilige woonplek", "bezig", "2025-01-02")],
    ReferralModel: [
        ReferralView(
            1,
            "Humanitas",
            "opvang",
            "gestart",
            "2025-01-01",
            "2025-01-05",
            None,
            "2025-01-10",
            None,
            None,
            9,
            True,
        ),
        ReferralView(
            2,
            "GGZ",
            "psychisch",
            "afgewezen",
            "2025-02-01",
            None,
            "2025-02-03",
            None,
            None,
            None,
            None,
            False,
        ),
    ],
    ZrmModel: [ZrmView(1, "2017", "intake", "2025-01-02", {"Financiën": 2, "Justitie": 3})],
    IncidentModel: [IncidentView(1, "2025-01-02", "Bedreiging")],
    PreventionModel: [
        PreventionView(1, "voorlichting", "2025-03-01", "school", "GM0772", "jongeren", 90, None, 1)
    ],
    OrganisationModel: [OrganisationView(1, "Humanitas", "zorg", "GM0772", 2)],
    ContactPersonModel: [ContactPersonView(1, "R. de Vries", "Jeugdarts", "", "")],
    ConsultationModel: [ConsultationView(1, "JUZT", "2025-01-02", "signalen", 30)],
    MeetingModel: [(1, "zorgoverleg", "2025-01-02"), (2, "casusoverleg", "2025-02-02")],
    AgendaModel: [AgendaCase(1, "EMP-2025-0001", "traject", "intensief", "Verwijzen")],
    ActionModel: [ActionView(1, None, "Opvang zoeken", "Humanitas", "2025-01-10", None)],
    AttendanceModel: [("Humanitas", 3, 4), ("NEOS", 0, 0)],
}


@pytest.mark.parametrize("model_class", list(ROWS), ids=lambda c: c.__name__)
def test_model_passes_the_model_tester(qtmodeltester, dutch, model_class) -> None:  # noqa: ANN001
    model = model_class()
    qtmodeltester.check(model)
    model.set_rows(ROWS[model_class])
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)
        for row in range(model.rowCount()):
            assert isinstance(model.index(row, column).data(), str)
            assert model.index(row, column).data(SORT_ROLE) is not None
    model.set_rows([])
    qtmodeltester.check(model)


def test_dutch_headers_and_values(dutch) -> None:  # noqa: ANN001
    model = ReferralModel()
    model.set_rows(ROWS[ReferralModel])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Partner"
    assert model.index(0, 1).data() == "Opvang"
    assert model.index(0, 3).data() == "01-01-2025"
    assert model.index(0, 7).data() == "9"
    assert model.index(0, 8).data() == "zonder (reden in auditlog)"
    due = DueModel()
    due.set_rows(DEADLINES)
    assert due.index(1, 0).data() == "algemeen"
    assert due.index(0, 2).data() == "01-03-2025"
    attendance = AttendanceModel()
    attendance.set_rows(ROWS[AttendanceModel])
    assert attendance.index(0, 3).data() == "75%" and attendance.index(1, 3).data() == "0%"
