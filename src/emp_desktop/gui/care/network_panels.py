"""Network page parts: organisations with contact persons, consultations given to
professionals, and attendance at the zorgoverleg per partner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.care import NETWORK_ORGANISATION_TYPES
from emp_desktop.domain.registry import InvalidInput
from emp_desktop.domain.vocabulary import ADVICE_TOPICS
from emp_desktop.gui.care.common import (
    MunicipalityBox,
    combo_code,
    date_edit,
    follow_region,
    set_combo_code,
    to_date,
    to_qdate,
    vocab_combo,
)
from emp_desktop.gui.care.forms import CareForm, Panel
from emp_desktop.gui.care.network_models import (
    AttendanceModel,
    ConsultationModel,
    ContactPersonModel,
    OrganisationModel,
)
from emp_desktop.gui.care.tables import Table
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import care_gui_support, network_service
from emp_desktop.services.care_dto import OrganisationView


def fill_organisations(combo: QComboBox, organisations: list[OrganisationView]) -> None:
    chosen = combo.currentData()
    combo.clear()
    combo.addItem("—", 0)
    for organisation in organisations:
        combo.addItem(organisation.name, organisation.id)
    set_combo_code(combo, chosen)


class OrganisationForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.type = vocab_combo(self, NETWORK_ORGANISATION_TYPES, self.tr("Type"), empty="—")
        self.municipality = MunicipalityBox(self, self.tr("Municipality"))
        self.row("name", self.tr("&Name:"), self.name, self.tr("Name of the organisation"))
        self.row("type", self.tr("&Type:"), self.type)
        self.row("municipality", self.tr("M&unicipality:"), self.municipality)
        self.add_button = QPushButton(self.tr("&Add organisation"), self)
        self.extra(self.add_button)
        self.reset()
        self.finish(self.add_button)

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "type": combo_code(self.type),
            "municipality": self.municipality.currentText(),
        }

    def set_values(self, values: dict) -> None:
        self.name.setText(str(values.get("name", "")))
        set_combo_code(self.type, values.get("type", ""))
        self.municipality.setEditText(str(values.get("municipality", "")))

    def reset(self) -> None:
        self.name.clear()
        self.type.setCurrentIndex(0)
        self.municipality.set_code(self.municipality.home)
        super().reset()


class ContactPersonForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.row("name", self.tr("Na&me:"), self.name, self.tr("Name of the contact person"))
        self.row("role", self.tr("R&ole:"), self.role, self.tr("Role"))
        self.row("phone", self.tr("&Phone:"), self.phone, self.tr("Phone"))
        self.row("email", self.tr("&E-mail:"), self.email, self.tr("E-mail"))
        self.add_button = QPushButton(self.tr("Add &contact person"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def values(self) -> dict:
        return {k: getattr(self, k).text() for k in ("name", "role", "phone", "email")}

    def set_values(self, values: dict) -> None:
        for key in ("name", "role", "phone", "email"):
            getattr(self, key).setText(str(values.get(key, "")))

    def reset(self) -> None:
        self.set_values({})
        super().reset()


class OrganisationsPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = OrganisationModel(self)
        self.table = Table(self.model, self.tr("Organisations"), self, stretch=0)
        self.contacts = ContactPersonModel(self)
        self.contacts_table = Table(self.contacts, self.tr("Contact persons"), self)
        self.organisation_form = OrganisationForm(self)
        self.contact_form = ContactPersonForm(self)
        self.contacts_title = QLabel(self.tr("Contact persons of the chosen organisation"), self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_contacts())
        self.organisation_form.add_button.clicked.connect(self.add_organisation)
        self.contact_form.add_button.clicked.connect(self.add_contact)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self._group(self.tr("New organisation"), self.organisation_form))
        right = QVBoxLayout()
        right.addWidget(self.contacts_title)
        right.addWidget(self.contacts_table, 1)
        right.addWidget(self._group(self.tr("New contact person"), self.contact_form))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        QWidget.setTabOrder(self.table, self.organisation_form.name)
        QWidget.setTabOrder(self.organisation_form.add_button, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.contact_form.name)

    def _group(self, title: str, form: QWidget) -> QGroupBox:
        group = QGroupBox(title, self)
        QVBoxLayout(group).addWidget(form)
        return group

    def forms(self) -> dict[str, CareForm]:
        return {"organisation": self.organisation_form, "contact": self.contact_form}

    def load(self) -> list[OrganisationView]:
        follow_region(self.session, self.organisation_form, self.organisation_form.municipality)
        chosen = self.table.selected()
        rows = self.session.call(network_service.organisations)
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(
                self.table.proxy.mapFromSource(self.model.index(ids.index(chosen.id), 0)).row()
            )
        self.show_contacts()
        return rows

    def show_contacts(self) -> None:
        organisation = self.table.selected()
        self.contact_form.add_button.setEnabled(organisation is not None)
        if organisation is None:
            self.contacts.set_rows([])
            self.contacts_title.setText(self.tr("Contact persons of the chosen organisation"))
            return
        self.contacts_title.setText(
            self.tr("Contact persons of %1").replace("%1", organisation.name)
        )
        self.contacts.set_rows(self.session.call(care_gui_support.contact_persons, organisation.id))

    def add_organisation(self) -> None:
        form = self.organisation_form
        self.save(
            form,
            self.tr("Organisation added."),
            network_service.add_organisation,
            form.name.text(),
            combo_code(form.type),
            form.municipality.code(),
        )

    def add_contact(self) -> None:
        organisation = self.table.selected()
        if organisation is None:
            self.contact_form.message.show_error(self.tr("Choose an organisation first."))
            return
        values = self.contact_form.values()
        self.save(
            self.contact_form,
            self.tr("Contact person added."),
            network_service.add_contact_person,
            organisation.id,
            values["name"],
            values["role"],
            values["phone"],
            values["email"],
        )

    def clear(self) -> None:
        self.model.set_rows([])
        self.contacts.set_rows([])
        self.organisation_form.reset()
        self.contact_form.reset()


class ConsultationForm(CareForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QComboBox(self)
        self.on = date_edit(self, self.tr("Date"), future_years=0)
        self.topic = vocab_combo(self, ADVICE_TOPICS, self.tr("Topic"), empty="—")
        self.duration = QSpinBox(self)
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.row(
            "organisation", self.tr("&Organisation:"), self.organisation, self.tr("Organisation")
        )
        self.row("date", self.tr("&Date:"), self.on)
        self.row("topic", self.tr("To&pic:"), self.topic)
        self.row(
            "duration_minutes", self.tr("D&uration:"), self.duration, self.tr("Duration in minutes")
        )
        self.add_button = QPushButton(self.tr("&Save consultation"), self)
        self.extra(self.add_button)
        self.finish(self.add_button)

    def values(self) -> dict:
        return {
            "organisation": self.organisation.currentData() or 0,
            "date": to_date(self.on.date()).isoformat(),
            "topic": combo_code(self.topic),
            "duration_minutes": self.duration.value(),
        }

    def set_values(self, values: dict) -> None:
        set_combo_code(self.organisation, values.get("organisation", 0))
        if values.get("date"):
            self.on.setDate(to_qdate(str(values["date"])))
        set_combo_code(self.topic, values.get("topic", ""))
        self.duration.setValue(int(values.get("duration_minutes", 0)))

    def reset(self) -> None:
        self.set_values({"date": self.on.maximumDate().toString("yyyy-MM-dd")})
        super().reset()


class ConsultationsPanel(Panel):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = ConsultationModel(self)
        self.table = Table(self.model, self.tr("Consultations"), self, stretch=1)
        self.consultation_form = ConsultationForm(self)
        self.consultation_form.add_button.clicked.connect(self.add)
        group = QGroupBox(self.tr("New consultation (counts as an advice question)"), self)
        QVBoxLayout(group).addWidget(self.consultation_form)
        group.setMaximumWidth(440)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(group)
        QWidget.setTabOrder(self.table, self.consultation_form.organisation)

    def forms(self) -> dict[str, CareForm]:
        return {"consultation": self.consultation_form}

    def load(self, year: int, organisations: list[OrganisationView]) -> None:
        fill_organisations(self.consultation_form.organisation, organisations)
        self.model.set_rows(self.session.call(care_gui_support.consultations, year))

    def add(self) -> None:
        form = self.consultation_form
        organisation = form.organisation.currentData() or 0
        if not organisation:
            form.show_error(InvalidInput({"organisation": "err_required"}))
            return
        self.save(
            form,
            self.tr("Consultation saved."),
            network_service.add_consultation,
            organisation,
            to_date(form.on.date()),
            combo_code(form.topic),
            form.duration.value(),
        )

    def clear(self) -> None:
        self.model.set_rows([])
        self.consultation_form.reset()
        self.consultation_form.organisation.clear()


class AttendancePanel(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = AttendanceModel(self)
        self.table = Table(self.model, self.tr("Attendance per partner"), self, stretch=0)
        note = QLabel(self.tr("Zorgoverleggen attended per partner in the chosen year."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)

    def load(self, year: int) -> None:
        found = self.session.call(network_service.attendance, year)
        self.model.set_rows([(name, *counts) for name, counts in found.items()])

    def clear(self) -> None:
        self.model.set_rows([])
