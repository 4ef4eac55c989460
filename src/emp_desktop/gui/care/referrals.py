"""Referrals to chain partners: list with status dates and waiting days, a new
referral (with the consent check), and moving a referral to its next status."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import CARE_DOMAINS, REFERRAL_STATUSES, REFERRAL_TRANSITIONS
from emp_desktop.gui.care.common import (
    combo_code,
    date_edit,
    label,
    set_combo_code,
    show_date,
    to_date,
    to_qdate,
    vocab_combo,
)
from emp_desktop.gui.care.consent_dialog import ask_override_reason
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.tables import RowModel, Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import care_service, network_service
from emp_desktop.services.care_dto import ReferralView, TrajectoryView
from emp_desktop.services.care_service import ConsentRequired


class ReferralCol(IntEnum):
    ORGANISATION = 0
    DOMAIN = 1
    STATUS = 2
    REQUESTED = 3
    ACCEPTED = 4
    STARTED = 5
    ENDED = 6
    WAITING = 7
    CONSENT = 8


def _ended(row: ReferralView) -> str | None:
    return row.done_on or row.revoked_on or row.rejected_on


class ReferralModel(RowModel[ReferralView]):
    columns = ReferralCol
    numeric = frozenset({ReferralCol.WAITING})

    def titles(self) -> dict[ReferralCol, str]:
        return {
            ReferralCol.ORGANISATION: QCoreApplication.translate("ReferralModel", "Partner"),
            ReferralCol.DOMAIN: QCoreApplication.translate("ReferralModel", "Care domain"),
            ReferralCol.STATUS: QCoreApplication.translate("ReferralModel", "Status"),
            ReferralCol.REQUESTED: QCoreApplication.translate("ReferralModel", "Requested"),
            ReferralCol.ACCEPTED: QCoreApplication.translate("ReferralModel", "Accepted"),
            ReferralCol.STARTED: QCoreApplication.translate("ReferralModel", "Started"),
            ReferralCol.ENDED: QCoreApplication.translate("ReferralModel", "Ended"),
            ReferralCol.WAITING: QCoreApplication.translate("ReferralModel", "Waiting days"),
            ReferralCol.CONSENT: QCoreApplication.translate("ReferralModel", "Consent"),
        }

    def display(self, row: ReferralView, col: ReferralCol) -> str:
        values = {
            ReferralCol.ORGANISATION: row.organisation,
            ReferralCol.DOMAIN: label(CARE_DOMAINS, row.domain),
            ReferralCol.STATUS: label(REFERRAL_STATUSES, row.status),
            ReferralCol.REQUESTED: show_date(row.requested_on),
            ReferralCol.ACCEPTED: show_date(row.accepted_on),
            ReferralCol.STARTED: show_date(row.started_on),
            ReferralCol.ENDED: show_date(_ended(row)),
            ReferralCol.WAITING: "" if row.waiting_days is None else str(row.waiting_days),
            ReferralCol.CONSENT: QCoreApplication.translate("ReferralModel", "override (audited)")
            if row.consent_override
            else QCoreApplication.translate("ReferralModel", "given"),
        }
        return values[col]

    def sort_key(self, row: ReferralView, col: ReferralCol) -> object:
        if col == ReferralCol.WAITING:
            return -1 if row.waiting_days is None else row.waiting_days
        dates = {
            ReferralCol.REQUESTED: row.requested_on,
            ReferralCol.ACCEPTED: row.accepted_on,
            ReferralCol.STARTED: row.started_on,
            ReferralCol.ENDED: _ended(row),
        }
        if col in dates:
            return dates[col] or ""
        return self.display(row, col)


class ReferForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QComboBox(self)
        self.domain = vocab_combo(self, CARE_DOMAINS, self.tr("Care domain"), empty="—")
        self.requested = date_edit(self, self.tr("Requested on"), future_years=0)
        self.row("organisation", self.tr("P&artner:"), self.organisation, self.tr("Partner"))
        self.row("domain", self.tr("Care &domain:"), self.domain)
        self.row("requested_on", self.tr("Re&quested on:"), self.requested)
        self.refer_button = QPushButton(self.tr("Re&fer"), self)
        self.extra(self.refer_button)
        self.finish(self.refer_button)

    def set_organisations(self, organisations: list) -> None:
        chosen = self.organisation.currentData()
        self.organisation.clear()
        self.organisation.addItem("—", 0)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        set_combo_code(self.organisation, chosen)
        self.mark_clean()

    def values(self) -> dict:
        return {
            "organisation": self.organisation.currentData() or 0,
            "domain": combo_code(self.domain),
            "requested_on": to_date(self.requested.date()).isoformat(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.organisation, values.get("organisation", 0))
        set_combo_code(self.domain, values.get("domain", ""))
        if values.get("requested_on"):
            self.requested.setDate(to_qdate(str(values["requested_on"])))

    def reset(self) -> None:
        self.organisation.setCurrentIndex(0)
        self.domain.setCurrentIndex(0)
        self.requested.setDate(self.requested.maximumDate())
        super().reset()


class AdvanceForm(CareForm):
    """The next status of the chosen referral: only the steps REFERRAL_TRANSITIONS allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox(self)
        self.on = date_edit(self, self.tr("Date of the new status"), future_years=0)
        self.row("status", self.tr("&Next status:"), self.status, self.tr("Next status"))
        self.row("date", self.tr("Dat&e:"), self.on, self.tr("Date of the new status"))
        self.advance_button = QPushButton(self.tr("Change &status"), self)
        self.extra(self.advance_button)
        self.finish(self.advance_button)
        self.offer(None)

    def offer(self, referral: ReferralView | None) -> None:
        self.status.clear()
        steps = sorted(REFERRAL_TRANSITIONS.get(referral.status, ())) if referral else []
        for code in steps:
            self.status.addItem(label(REFERRAL_STATUSES, code), code)
        self.status.setEnabled(bool(steps))
        self.advance_button.setEnabled(bool(steps))
        self.mark_clean()


class ReferralsPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id: int | None = None
        self.model = ReferralModel(self)
        self.table = Table(self.model, self.tr("Referrals"), self)
        self.advance_form = AdvanceForm(self)
        self.refer_form = ReferForm(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.advance_form.offer(self.table.selected())
        )
        self.advance_form.advance_button.clicked.connect(self.advance)
        self.refer_form.refer_button.clicked.connect(self.refer)
        chosen = QGroupBox(self.tr("Chosen referral"), self)
        QVBoxLayout(chosen).addWidget(self.advance_form)
        new = QGroupBox(self.tr("New referral"), self)
        QVBoxLayout(new).addWidget(self.refer_form)
        lower = QHBoxLayout()
        lower.addWidget(chosen, 1)
        lower.addWidget(new, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        QWidget.setTabOrder(self.table, self.advance_form.status)
        QWidget.setTabOrder(self.advance_form.advance_button, self.refer_form.organisation)

    def forms(self) -> dict[str, CareForm]:
        return {"referral": self.refer_form}

    def load_organisations(self) -> None:
        self.refer_form.set_organisations(self.session.call(network_service.organisations))

    def show_view(self, view: TrajectoryView) -> None:
        self.person_id = view.person_id
        self.model.set_rows(view.referrals)
        self.advance_form.offer(None)

    def refer(self, _checked: bool = False, reason: str = "") -> None:
        """Refers; without care consent, asks for a written reason that is audited."""
        form = self.refer_form
        args = (
            self.person_id,
            form.organisation.currentData() or 0,
            combo_code(form.domain),
            to_date(form.requested.date()),
        )
        try:
            self.session.call(care_service.refer, *args, reason)
        except ConsentRequired as missing:
            if reason:  # the dialog asks for enough text; this is a last safeguard
                form.show_error(missing)
                return
            reason = ask_override_reason(self) or ""
            if not reason:
                form.message.show_info(self.tr("Not referred: no reason given."))
                return
            self.refer(reason=reason)
            return
        except Exception as error:  # noqa: BLE001 - every refusal becomes text
            form.show_error(error)
            return
        form.reset()
        form.show_done(self.tr("Referral saved."))
        self.changed.emit()

    def advance(self) -> None:
        referral = self.table.selected()
        if referral is None:
            self.advance_form.message.show_error(self.tr("Choose a referral in the list first."))
            return
        form = self.advance_form
        on = to_date(form.on.date())
        self.save(
            form,
            self.tr("Status changed."),
            care_service.advance_referral,
            referral.id,
            combo_code(form.status),
            on,
        )

    def clear(self) -> None:
        self.person_id = None
        self.model.set_rows([])
        self.refer_form.reset()
        self.refer_form.set_organisations([])
        self.advance_form.offer(None)
