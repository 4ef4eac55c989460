"""The care trajectory of one person, chosen by pseudonym code: phase, monitoring and
next check-in; then goals, referrals, deadlines, ZRM and outcomes on tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from emp_desktop.domain.care import INTENSITIES, PHASES
from emp_desktop.domain.vocabulary import AANGIFTE, CONSENT_PURPOSES
from emp_desktop.gui.care.common import (
    combo_code,
    date_edit,
    label,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
    vocab_combo,
    yes_no,
)
from emp_desktop.gui.care.deadlines import DeadlinesPanel
from emp_desktop.gui.care.forms import CareForm, DraftBanner, Drafts, Panel, submit
from emp_desktop.gui.care.goals import GoalsPanel
from emp_desktop.gui.care.outcomes import OutcomesPanel
from emp_desktop.gui.care.person_picker import PersonPicker
from emp_desktop.gui.care.referrals import ReferralsPanel
from emp_desktop.gui.care.zrm_entry import ZrmPanel, mnemonic_letter, mnemonic_letters
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.widgets import heading
from emp_desktop.services import care_service, registry_service
from emp_desktop.services.care_dto import TrajectoryView
from emp_desktop.services.registry_dto import PersonDetail

DRAFT_KEY = "care.trajectory"


class HeaderForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, horizontal=True)
        self.phase = vocab_combo(self, PHASES, self.tr("Phase"))
        self.intensity = vocab_combo(self, INTENSITIES, self.tr("Monitoring intensity"))
        self.planned = QCheckBox(self.tr("Check-in p&lanned"), self)
        self.checkin = date_edit(self, self.tr("Next check-in"))
        self.row("phase", self.tr("&Phase:"), self.phase)
        self.row("intensity", self.tr("Monitoring &intensity:"), self.intensity)
        self.extra(self.planned)
        self.row("next_checkin_on", self.tr("Ne&xt check-in:"), self.checkin)
        self.save_button = QPushButton(self.tr("Save tra&jectory"), self)
        self.extra(self.save_button)
        self.planned.toggled.connect(self.checkin.setEnabled)
        self.inputs.insert(2, self.planned)
        self.line.addStretch(1)
        self.finish(self.save_button)

    def show_view(self, view: TrajectoryView) -> None:
        set_combo_code(self.phase, view.phase)
        set_combo_code(self.intensity, view.intensity)
        self.planned.setChecked(view.next_checkin_on is not None)
        self.checkin.setEnabled(view.next_checkin_on is not None)
        if view.next_checkin_on:
            self.checkin.setDate(to_qdate(view.next_checkin_on))
        self.mark_clean()

    def values(self) -> dict:
        planned = self.planned.isChecked()
        return {
            "phase": combo_code(self.phase),
            "intensity": combo_code(self.intensity),
            "next_checkin_on": to_date(self.checkin.date()).isoformat() if planned else None,
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.phase, values.get("phase", "aanmelding"))
        set_combo_code(self.intensity, values.get("intensity", "regulier"))
        checkin = values.get("next_checkin_on")
        self.planned.setChecked(bool(checkin))
        if checkin:
            self.checkin.setDate(to_qdate(str(checkin)))

    def reset(self) -> None:
        self.set_values({})
        super().reset()


class TrajectoryPage(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.picker = PersonPicker(session, self)
        self.picker.chosen.connect(self.load)
        self.banner = DraftBanner(self)
        self.title = heading(self.tr("Care trajectory"), self)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Facts from the registration"))
        self.header = HeaderForm(self)
        self.header.save_button.clicked.connect(self.save_header)
        self.goals = GoalsPanel(session, self)
        self.referrals = ReferralsPanel(session, self)
        self.deadlines = DeadlinesPanel(session, self)
        self.zrm = ZrmPanel(session, self)
        self.outcomes = OutcomesPanel(session, self)
        self.tabs = self._tabs()
        forms = {"header": self.header}
        for panel in self.panels():
            forms.update(panel.forms())
            panel.changed.connect(self.reload)
        self.drafts = Drafts(session, DRAFT_KEY, forms, self.banner, self._draft_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.picker.open_button, self.header.phase)
        QWidget.setTabOrder(self.header.save_button, self.tabs)
        self._enable(False)
        self._reserve_zrm_letters()

    def _reserve_zrm_letters(self) -> None:
        """The ZRM grid picks its mnemonics after the header's and the menus' (Kluis,
        Registratie, and h for help), so no Alt+letter ever means two things here."""
        around = [*self.picker.findChildren(QWidget), *self.header.findChildren(QWidget)]
        menus = {
            mnemonic_letter(QCoreApplication.translate("MainWindow", "&Vault")),
            mnemonic_letter(QCoreApplication.translate("Registry", "&Registration")),
            "h",
        }
        self.zrm.zrm_form.reserve(mnemonic_letters(around) | menus)

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Parts of the trajectory"))
        tabs.addTab(self.goals, self.tr("Care-plan goals"))
        tabs.addTab(self.referrals, self.tr("Referrals"))
        tabs.addTab(self.deadlines, self.tr("Deadlines"))
        tabs.addTab(self.zrm, self.tr("ZRM"))
        tabs.addTab(self.outcomes, self.tr("Outcomes"))
        return tabs

    def panels(self) -> tuple[Panel, ...]:
        return (self.goals, self.referrals, self.deadlines, self.zrm, self.outcomes)

    def _enable(self, enabled: bool) -> None:
        self.header.setEnabled(enabled)
        self.tabs.setEnabled(enabled)

    # loading
    def apply_filters(self, person_id: int | None = None, **_filters: object) -> None:
        if person_id is not None and self.session.is_open:
            self.load(person_id)

    def load(self, person_id: int) -> None:
        if person_id != self.person_id:
            for form in self.drafts.forms.values():
                form.reset()  # typed input must never land on another person's file
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        if self.person_id is None:
            return
        view = self.session.call(care_service.trajectory, self.person_id)
        detail = self.session.call(registry_service.person_detail, self.person_id)
        self.picker.show_code(view.code)
        self.title.setText(self.tr("Care trajectory of %1").replace("%1", view.code))
        self.facts.setText(self._facts(view, detail))
        if not self.header.is_dirty():
            self.header.show_view(view)
        for panel in (self.goals, self.referrals, self.deadlines, self.zrm):
            panel.show_view(view)
        self.outcomes.show_view(view, self._aangifte(detail))
        self._enable(True)

    def _aangifte(self, detail: PersonDetail) -> str:
        if not detail.registrations:
            return "—"
        latest = detail.registrations[0]
        text = label(AANGIFTE, latest.aangifte)
        return f"{text} ({show_date(latest.aangifte_on)})" if latest.aangifte_on else text

    def _facts(self, view: TrajectoryView, detail: PersonDetail) -> str:
        active = {c.purpose for c in detail.consents if c.active}
        consents = ", ".join(
            f"{label(CONSENT_PURPOSES, code)}: {yes_no(code in active)}"
            for code in ("zorg", "zorgoverleg")
        )
        return (
            self.tr("Police report: %1 · Consent — %2 · Safety incidents: %3")
            .replace("%1", self._aangifte(detail))
            .replace("%2", consents)
            .replace("%3", str(view.incidents))
        )

    def save_header(self) -> None:
        values = self.header.values()
        checkin = values["next_checkin_on"]
        ok, _ = submit(
            self.session,
            self.header,
            care_service.set_trajectory,
            self.person_id,
            values["phase"],
            values["intensity"],
            to_date(self.header.checkin.date()) if checkin else None,
        )
        if ok:
            self.header.mark_clean()
            self.header.show_done(self.tr("Trajectory saved."))
            self.reload()

    # the page's life with the vault
    def refresh(self) -> None:
        self.picker.load_recent()
        self.referrals.load_organisations()
        self.reload()
        self.drafts.offer()

    def _draft_person(self, payload: dict) -> None:
        person = payload.get("_person")
        if isinstance(person, int) and person != self.person_id:
            self.load(person)

    def clear(self) -> None:
        self.drafts.keep({"_person": self.person_id})
        self.drafts.clear()
        self.picker.clear()
        self.title.setText(self.tr("Care trajectory"))
        self.facts.clear()
        self.header.reset()
        for panel in self.panels():
            panel.clear()
        self._enable(False)
