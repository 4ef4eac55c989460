"""The three forms of quick entry: a short contact, an advice question, a new signal.

Each form saves through one service call and returns a sentence for the user, or
shows its errors beside the fields and returns None. Only pseudonym codes appear in
what they report back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from emp_desktop.domain.registry import (
    MAX_TEXT,
    AdviceInput,
    ContactInput,
    InvalidInput,
    PersonInput,
    RegistrationInput,
)
from emp_desktop.domain.vocabulary import (
    ADVICE_TOPICS,
    CONTACT_MODES,
    EXPLOITATION_FORMS,
    GENDERS,
    MELDERS,
    ORGANISATION_TYPES,
)
from emp_desktop.gui.registry.fields import (
    AgeBox,
    DateField,
    DateTimeField,
    FieldForm,
    FormsBox,
    MunicipalityField,
    VocabCombo,
    duration_box,
)
from emp_desktop.gui.session import VaultSession
from emp_desktop.services import advice_service, registry_service
from emp_desktop.services.advice_service import AdviceView
from emp_desktop.services.registry_dto import PersonQuery

SUGGESTIONS = 20


def _codes_like(vault: object, text: str) -> list[str]:
    rows = registry_service.list_persons(vault, PersonQuery(text=text), SUGGESTIONS)  # type: ignore[arg-type]
    return [row.code for row in rows]


class QuickForm(QWidget):
    """A FieldForm with the shared chores: tab order, reading fields, showing errors."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = FieldForm(self)
        QVBoxLayout(self).addWidget(self.form)
        self._problems: dict[str, str] = {}

    def chain(self, widgets: list[QWidget]) -> None:
        self.inputs = widgets
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def read(self, field: str, result: tuple) -> object:
        value, problem = result
        if problem:
            self._problems[field] = problem
        return value

    def submit(self) -> str | None:
        """Saves; the confirmation text, or None after showing what is wrong."""
        self._problems = {}
        try:
            return self.save()
        except InvalidInput as invalid:
            self.form.show_errors(invalid.errors, value=self._typed_code())
            return None

    def save(self) -> str:
        raise NotImplementedError

    def _typed_code(self) -> str:
        return ""

    def problems(self) -> None:
        if self._problems:
            raise InvalidInput(dict(self._problems))


class ContactForm(QuickForm):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("EMP-2025-0042")
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.code.setCompleter(completer)
        self.at = DateTimeField(self)
        self.mode = VocabCombo(CONTACT_MODES, self)
        self.duration = duration_box(self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_TEXT["note"])
        self.form.add("person", self.tr("Co&de:"), self.code)
        self.form.add("at", self.tr("Date and &time:"), self.at)
        self.form.add("mode", self.tr("&Mode:"), self.mode)
        self.form.add("duration_minutes", self.tr("D&uration:"), self.duration)
        self.form.add("note", self.tr("&Note:"), self.note)
        self.chain([self.code, self.at, self.mode, self.duration, self.note])
        self._generation = 0
        self.timer = QTimer(self, singleShot=True, interval=150)
        self.timer.timeout.connect(self._suggest)
        self.code.textEdited.connect(self.timer.start)

    def _suggest(self) -> None:
        text = self.code.text().strip()
        self._generation += 1
        if len(text) < 2 or not self.session.is_open:
            return
        generation = self._generation
        self.session.run(
            _codes_like,
            text,
            on_success=lambda codes: self._suggested(generation, codes),
            on_error=lambda _error: None,  # no suggestions; typing the code still works
        )

    def _suggested(self, generation: int, codes: object) -> None:
        if generation != self._generation:
            return  # typed on since: a newer list is coming
        self.suggestions.setStringList(list(codes))  # type: ignore[call-overload]
        if self.code.hasFocus() and codes:
            self.code.completer().complete()

    def _typed_code(self) -> str:
        return self.code.text().strip()

    def save(self) -> str:
        found = self.session.call(registry_service.find_person, self.code.text())
        if found is None:
            key = "err_unknown_value" if self.code.text().strip() else "err_required"
            self._problems["person"] = key
        at = self.read("at", self.at.value())
        self.problems()
        contact = ContactInput(
            at=at,  # type: ignore[arg-type]
            mode=self.mode.code() or "",
            duration_minutes=self.duration.value(),
            note=self.note.text().strip(),
        )
        self.session.call(registry_service.add_contact, found.id, contact)
        return self.tr("Contact saved for %1.").replace("%1", found.code)

    def reset(self) -> None:
        self.code.clear()
        self.at.set_now()
        self.mode.setCurrentIndex(0)
        self.duration.setValue(0)
        self.note.clear()
        self.suggestions.setStringList([])

    def has_input(self) -> bool:
        return bool(self.code.text().strip() or self.note.text().strip())

    def draft(self) -> dict:
        return {
            "code": self.code.text(),
            "at": self.at.text(),
            "mode": self.mode.code(),
            "duration": self.duration.value(),
            "note": self.note.text(),
        }

    def restore(self, saved: dict) -> None:
        self.code.setText(saved.get("code", ""))
        self.at.setText(saved.get("at", ""))
        self.mode.set_code(saved.get("mode"))
        self.duration.setValue(int(saved.get("duration", 0)))
        self.note.setText(saved.get("note", ""))


class AdviceForm(QuickForm):
    """A new advice question, or (with `advice_id`) the correction of a saved one."""

    def __init__(
        self, session: VaultSession, parent: QWidget | None = None, *, advice_id: int | None = None
    ) -> None:
        super().__init__(session, parent)
        self.advice_id = advice_id
        self.date = DateField(self, required=True)
        self.organisation = VocabCombo(ORGANISATION_TYPES, self)
        self.topic = VocabCombo(ADVICE_TOPICS, self)
        self.municipality = MunicipalityField(self)
        self.duration = duration_box(self)
        self.advice = QLineEdit(self)
        self.advice.setMaxLength(MAX_TEXT["note"])
        self.form.add("date", self.tr("&Date:"), self.date)
        self.form.add("organisation_type", self.tr("&Organisation type:"), self.organisation)
        self.form.add("topic", self.tr("To&pic:"), self.topic)
        self.form.add("municipality", self.tr("&Municipality:"), self.municipality)
        self.form.add("duration_minutes", self.tr("D&uration:"), self.duration)
        self.form.add("advice", self.tr("Ad&vice given:"), self.advice)
        self.chain(
            [
                self.date,
                self.organisation,
                self.topic,
                self.municipality,
                self.duration,
                self.advice,
            ]
        )

    def save(self) -> str:
        day = self.read("date", self.date.value())
        municipality = self.read("municipality", self.municipality.value())
        self.problems()
        advice = AdviceInput(
            date=day,  # type: ignore[arg-type]
            organisation_type=self.organisation.code() or "",
            topic=self.topic.code() or "",
            municipality=municipality,  # type: ignore[arg-type]
            duration_minutes=self.duration.value(),
            advice=self.advice.text(),
        )
        if self.advice_id is not None:
            self.session.call(advice_service.update_advice, self.advice_id, advice)
            return self.tr("Advice question corrected.")
        self.session.call(registry_service.register_advice, advice)
        return self.tr("Advice question saved.")

    def load(self, advice: AdviceView) -> None:
        self.date.set_value(advice.date)
        self.organisation.set_code(advice.organisation_type)
        self.topic.set_code(advice.topic)
        self.municipality.set_code(advice.municipality)
        self.duration.setValue(advice.duration_minutes)
        self.advice.setText(advice.advice)

    def reset(self) -> None:
        self.date.set_value(date.today())
        self.organisation.setCurrentIndex(0)
        self.topic.setCurrentIndex(0)
        self.municipality.clear()
        self.duration.setValue(0)
        self.advice.clear()

    def has_input(self) -> bool:
        return bool(self.advice.text().strip() or self.municipality.text().strip())

    def draft(self) -> dict:
        return {
            "date": self.date.text(),
            "organisation_type": self.organisation.code(),
            "topic": self.topic.code(),
            "municipality": self.municipality.text(),
            "duration": self.duration.value(),
            "advice": self.advice.text(),
        }

    def restore(self, saved: dict) -> None:
        self.date.setText(saved.get("date", ""))
        self.organisation.set_code(saved.get("organisation_type"))
        self.topic.set_code(saved.get("topic"))
        self.municipality.setText(saved.get("municipality", ""))
        self.duration.setValue(int(saved.get("duration", 0)))
        self.advice.setText(saved.get("advice", ""))


class SignalForm(QuickForm):
    """A new pseudonymous person without identity, with a first melding."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.date = DateField(self, required=True)
        self.gender = VocabCombo(GENDERS, self)
        self.age = AgeBox(self)
        self.municipality = MunicipalityField(self)
        self.forms = FormsBox(EXPLOITATION_FORMS, self)
        self.melder = VocabCombo(MELDERS, self)
        self.form.add("date", self.tr("&Date:"), self.date)
        self.form.add("gender", self.tr("&Gender:"), self.gender)
        self.form.add("estimated_age", self.tr("Age &estimate:"), self.age)
        self.form.add("municipality", self.tr("&Municipality:"), self.municipality)
        self.form.add("forms", self.tr("&Forms:"), self.forms, self.forms.first())
        self.form.add("melder", self.tr("&Reported by:"), self.melder)
        boxes = list(self.forms.boxes.values())
        self.chain([self.date, self.gender, self.age, self.municipality, *boxes, self.melder])

    def save(self) -> str:
        day = self.read("date", self.date.value())
        municipality = self.read("municipality", self.municipality.value())
        if not self.forms.codes():
            self._problems["forms"] = "err_forms"
        self.problems()
        person = PersonInput(
            gender=self.gender.code() or "onbekend",
            municipality=municipality,  # type: ignore[arg-type]
            estimated_age=self.age.age(),
        )
        reg = RegistrationInput(
            date=day,  # type: ignore[arg-type]
            melder=self.melder.code() or "",
            forms=self.forms.codes(),
        )
        ref = self.session.call(registry_service.register_person, person, reg)
        return self.tr("Signal registered as %1.").replace("%1", ref.code)

    def reset(self) -> None:
        self.date.set_value(date.today())
        self.gender.setCurrentIndex(0)
        self.age.set_age(None)
        self.municipality.clear()
        self.forms.set_codes(())
        self.melder.setCurrentIndex(0)

    def has_input(self) -> bool:
        return bool(self.municipality.text().strip() or self.forms.codes())

    def draft(self) -> dict:
        return {
            "date": self.date.text(),
            "gender": self.gender.code(),
            "age": self.age.age(),
            "municipality": self.municipality.text(),
            "forms": list(self.forms.codes()),
            "melder": self.melder.code(),
        }

    def restore(self, saved: dict) -> None:
        self.date.setText(saved.get("date", ""))
        self.gender.set_code(saved.get("gender"))
        self.age.set_age(saved.get("age"))
        self.municipality.setText(saved.get("municipality", ""))
        self.forms.set_codes(saved.get("forms", []))
        self.melder.set_code(saved.get("melder"))
