"""Tab 'Registratie': the person's non-identifying fields and their latest melding."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from emp_desktop.domain.registry import (
    PersonInput,
    RegistrationInput,
    require_valid,
    validate_person,
    validate_registration,
)
from emp_desktop.domain.vocabulary import (
    AANGIFTE,
    CLOSURE_REASONS,
    EXPLOITATION_FORMS,
    GENDERS,
    MELDERS,
    RISK_FLAGS,
    STATUSES,
)
from emp_desktop.gui.registry import display
from emp_desktop.gui.registry.fields import (
    AgeBox,
    CountryCombo,
    DateField,
    FieldForm,
    FormsBox,
    MunicipalityField,
    VocabCombo,
)
from emp_desktop.services.registry_dto import PersonDetail

FLAG_CODES = ("minderjarig", "lvb", "jongen_man_prostitutie")
MAX_ACTION = 200


class RegistrationTab(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_form = FieldForm(self)
        self.melding_form = FieldForm(self)
        self._build_person()
        self._build_melding()
        columns = QHBoxLayout()
        columns.addWidget(self.person_form, 1)
        columns.addSpacing(24)
        columns.addWidget(self.melding_form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        self._connect_edits()
        self._tab_order()

    def _build_person(self) -> None:
        form = self.person_form
        self.gender = VocabCombo(GENDERS, self)
        self.age = AgeBox(self)
        self.nationality = CountryCombo(self)
        self.municipality = MunicipalityField(self)
        self.flags = {code: QCheckBox(display.label(RISK_FLAGS, code), self) for code in FLAG_CODES}
        flag_box = QWidget(self)
        flag_column = QVBoxLayout(flag_box)
        flag_column.setContentsMargins(0, 0, 0, 0)
        for box in self.flags.values():
            flag_column.addWidget(box)
        form.add("gender", self.tr("&Gender:"), self.gender)
        self.age_label = form.add("estimated_age", self.tr("&Age (estimate):"), self.age)
        form.add("nationality", self.tr("Nationa&lity:"), self.nationality)
        form.add("municipality", self.tr("&Municipality:"), self.municipality)
        form.add("flags", self.tr("Ris&k flags:"), flag_box, self.flags[FLAG_CODES[0]])
        self.next_action = QLineEdit(self)
        self.next_action.setMaxLength(MAX_ACTION)
        self.next_action_on = DateField(self)
        form.add("next_action", self.tr("Ne&xt action:"), self.next_action)
        form.add("next_action_on", self.tr("Next action o&n:"), self.next_action_on)

    def _build_melding(self) -> None:
        form = self.melding_form
        self.date = DateField(self, required=True)
        self.status = VocabCombo(STATUSES, self)
        self.melder = VocabCombo(MELDERS, self)
        self.forms = FormsBox(EXPLOITATION_FORMS, self)
        self.aangifte = VocabCombo(AANGIFTE, self)
        self.aangifte_on = DateField(self)
        self.closed_on = DateField(self)
        self.closure_reason = VocabCombo(CLOSURE_REASONS, self, any_text="—")
        form.add("date", self.tr("Date of re&port:"), self.date)
        form.add("status", self.tr("Status:"), self.status)
        form.add("melder", self.tr("R&eported by:"), self.melder)
        form.add("forms", self.tr("&Forms:"), self.forms, self.forms.first())
        form.add("aangifte", self.tr("Police report:"), self.aangifte)
        form.add("aangifte_on", self.tr("Report made on:"), self.aangifte_on)
        form.add("closed_on", self.tr("Closed on:"), self.closed_on)
        form.add("closure_reason", self.tr("Closure reason:"), self.closure_reason)

    def inputs(self) -> list[QWidget]:
        """Every input in tab order: person column, then the melding."""
        return [
            self.gender,
            self.age,
            self.nationality,
            self.municipality,
            *self.flags.values(),
            self.next_action,
            self.next_action_on,
            self.date,
            self.status,
            self.melder,
            *self.forms.boxes.values(),
            self.aangifte,
            self.aangifte_on,
            self.closed_on,
            self.closure_reason,
        ]

    def _tab_order(self) -> None:
        chain = self.inputs()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_edits(self) -> None:
        for widget in self.inputs():
            for name in ("textEdited", "currentIndexChanged", "valueChanged", "toggled"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self.edited)

    def set_hide_ages(self, hide: bool) -> None:
        self.age.setVisible(not hide)
        self.age_label.setVisible(not hide)

    def show_detail(self, detail: PersonDetail) -> None:
        """Fills the fields from the vault; callers block `edited` meanwhile."""
        self.gender.set_code(detail.gender)
        self.age.set_age(detail.age)
        self.nationality.set_code(detail.nationality)
        self.municipality.set_code(detail.municipality)
        values = (detail.flag_minor, detail.flag_lvb, detail.flag_boy_prostitution)
        for box, value in zip(self.flags.values(), values, strict=True):
            box.setChecked(value)
        self.next_action.setText(detail.next_action or "")
        self.next_action_on.set_value(detail.next_action_on)
        latest = detail.registrations[0] if detail.registrations else None
        self.date.set_value(latest.date if latest else date.today())
        self.status.set_code(latest.status if latest else "vermoedelijk")
        self.melder.set_code(latest.melder if latest else "anders")
        self.forms.set_codes(latest.forms if latest else ("onbekend",))
        self.aangifte.set_code(latest.aangifte if latest else "onbekend")
        self.aangifte_on.set_value(latest.aangifte_on if latest else None)
        self.closed_on.set_value(latest.closed_on if latest else None)
        self.closure_reason.set_code(latest.closure_reason if latest else None)
        self.clear_errors()

    def clear_errors(self) -> None:
        self.person_form.clear_errors()
        self.melding_form.clear_errors()

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        # Person column last: its first wrong field takes the focus, as in tab order.
        rest = self.melding_form.show_errors(errors)
        return self.person_form.show_errors(rest)

    def collect(self) -> tuple[PersonInput, RegistrationInput, str, date | None]:
        """The inputs as typed; raises InvalidInput with every unreadable or invalid field."""
        errors: dict[str, str] = {}

        def read(field: str, result: tuple) -> object:
            value, problem = result
            if problem:
                errors[field] = problem
            return value

        municipality = read("municipality", self.municipality.value())
        reg_date = read("date", self.date.value())
        aangifte_on = read("aangifte_on", self.aangifte_on.value())
        closed_on = read("closed_on", self.closed_on.value())
        action_on = read("next_action_on", self.next_action_on.value())
        person = PersonInput(
            gender=self.gender.code() or "onbekend",
            nationality=self.nationality.code(),
            municipality=municipality or "onbekend",
            flag_minor=self.flags["minderjarig"].isChecked(),
            flag_lvb=self.flags["lvb"].isChecked(),
            flag_boy_prostitution=self.flags["jongen_man_prostitutie"].isChecked(),
            estimated_age=self.age.age(),
        )
        reg = RegistrationInput(
            date=reg_date or date.today(),  # type: ignore[arg-type]
            status=self.status.code() or "",
            melder=self.melder.code() or "",
            forms=self.forms.codes(),
            aangifte=self.aangifte.code() or "",
            aangifte_on=aangifte_on,  # type: ignore[arg-type]
            closed_on=closed_on,  # type: ignore[arg-type]
            closure_reason=self.closure_reason.code(),
        )
        # The same rules the services apply, all at once: nothing is saved unless
        # every part of the tab is valid, even though saving takes three service calls.
        require_valid(errors, validate_person(person), validate_registration(reg, date.today()))
        return person, reg, self.next_action.text().strip(), action_on  # type: ignore[return-value]

    def draft(self) -> dict:
        return {
            "gender": self.gender.code(),
            "age": self.age.age(),
            "nationality": self.nationality.code(),
            "municipality": self.municipality.text(),
            "flags": [c for c, box in self.flags.items() if box.isChecked()],
            "next_action": self.next_action.text(),
            "next_action_on": self.next_action_on.text(),
            "date": self.date.text(),
            "status": self.status.code(),
            "melder": self.melder.code(),
            "forms": list(self.forms.codes()),
            "aangifte": self.aangifte.code(),
            "aangifte_on": self.aangifte_on.text(),
            "closed_on": self.closed_on.text(),
            "closure_reason": self.closure_reason.code(),
        }

    def restore(self, saved: dict) -> None:
        """Puts back what was typed, valid or not: the user decides what to keep."""
        self.gender.set_code(saved.get("gender"))
        self.age.set_age(saved.get("age"))
        self.nationality.set_code(saved.get("nationality"))
        self.municipality.setText(saved.get("municipality", ""))
        for code, box in self.flags.items():
            box.setChecked(code in saved.get("flags", []))
        self.next_action.setText(saved.get("next_action", ""))
        self.next_action_on.setText(saved.get("next_action_on", ""))
        self.date.setText(saved.get("date", ""))
        self.status.set_code(saved.get("status"))
        self.melder.set_code(saved.get("melder"))
        self.forms.set_codes(saved.get("forms", []))
        self.aangifte.set_code(saved.get("aangifte"))
        self.aangifte_on.setText(saved.get("aangifte_on", ""))
        self.closed_on.setText(saved.get("closed_on", ""))
        self.closure_reason.set_code(saved.get("closure_reason"))

    def clear(self) -> None:
        for edit in (self.municipality, self.next_action, self.next_action_on, self.date):
            edit.clear()
        for edit in (self.aangifte_on, self.closed_on):
            edit.clear()
        self.age.set_age(None)
        self.clear_errors()
