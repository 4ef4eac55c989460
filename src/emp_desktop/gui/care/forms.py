"""Forms of the care screens: labelled rows with a per-field error line, and drafts.

Every input gets a label with a mnemonic as its buddy and an accessible name; the
service's InvalidInput maps field → message key, and each message appears as text
under its own field (never colour alone). A form knows its values as a JSON-able
dict, so that unsaved edits can be kept as an encrypted draft when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.domain.registry import InvalidInput
from emp_desktop.gui.care.common import chain_tab_order
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message, shared_text
from emp_desktop.gui.widgets import MessageLabel
from emp_desktop.services import draft_service


class CareForm(QWidget):
    """A form whose rows are added with `row()`; subclasses give `values`/`set_values`."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # A one-line form (label, field, label, field …) for short headers.
        self.line = QHBoxLayout() if horizontal else None
        self.message = MessageLabel(self)
        self.field_errors: dict[str, MessageLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.inputs: list[QWidget] = []
        self._baseline: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.line if self.line is not None else self.form)
        layout.addWidget(self.message)

    def row(self, key: str, text: str, widget: QWidget, accessible: str = "") -> QWidget:
        """Adds `text` (with a mnemonic) as the buddy label of `widget`, and its error line."""
        if accessible or not widget.accessibleName():
            widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        error = MessageLabel(self)
        error.setAccessibleName(widget.accessibleName())
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        if self.line is not None:
            self.line.addWidget(caption)
            self.line.addWidget(holder)
        else:
            self.form.addRow(caption, holder)
        self.field_errors[key] = error
        self.field_widgets[key] = widget
        self.inputs.append(widget)
        return widget

    def extra(self, widget: QWidget) -> None:
        """A row without a label of its own: a check box or a button."""
        if self.line is not None:
            self.line.addWidget(widget)
        else:
            self.form.addRow("", widget)

    def finish(self, *extra: QWidget) -> None:
        """Explicit tab order: the rows top to bottom, then the buttons."""
        chain_tab_order([*self.inputs, *extra])
        self.mark_clean()

    # values and drafts
    def values(self) -> dict:
        return {}

    def set_values(self, values: dict) -> None:
        """Fills the form from `values` (a draft); unknown keys are ignored."""

    def mark_clean(self) -> None:
        self._baseline = self.values()

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def reset(self) -> None:
        """Back to an empty form; subclasses clear their inputs first."""
        self.clear_errors()
        self.mark_clean()

    # errors
    def clear_errors(self) -> None:
        self.message.clear_message()
        for label in self.field_errors.values():
            label.clear_message()

    def show_error(self, error: BaseException) -> None:
        """Per-field texts for InvalidInput; anything else as one message."""
        self.clear_errors()
        if not isinstance(error, InvalidInput):
            self.message.show_error(error_message(error))
            return
        # translate() with the class named: self.tr() in a subclass would look up its own name.
        general = [
            QCoreApplication.translate("CareForm", "Not saved: check the fields marked below.")
        ]
        for field, key in error.errors.items():
            text = shared_text(key, value=self._shown_value(field))
            target = self.field_errors.get(field)
            if target is None:
                general.append(text)
            else:
                target.show_error(text)
        self.message.show_error(" ".join(general))

    def _shown_value(self, field: str) -> str:
        """What the user sees in the field, for texts like "Unknown value '{value}'"."""
        widget = self.field_widgets.get(field)
        getter = getattr(widget, "currentText", None) or getattr(widget, "text", None)
        return str(getter()) if getter else ""

    def show_done(self, text: str) -> None:
        self.clear_errors()
        self.message.show_info(text)


class DraftBanner(QWidget):
    """Offers a kept draft back after unlock: restore it or throw it away."""

    restore = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore draft"), self)
        self.discard_button = QPushButton(self.tr("Discard dra&ft"), self)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.setStyleSheet("DraftBanner { background: #fff4d6; border: 1px solid #c9a100; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def offer(self, updated_at: str) -> None:
        moment = QDateTime.fromString(updated_at, Qt.DateFormat.ISODate).toLocalTime()
        when = QLocale().toString(moment, "dd-MM-yyyy HH:mm")
        self.text.setText(
            self.tr("Unsaved input from %1 was kept when the vault locked.").replace("%1", when)
        )
        self.show()


class Drafts:
    """Keeps the unsaved edits of a page's forms under one draft key in the vault."""

    def __init__(
        self,
        session: VaultSession,
        key: str,
        forms: dict[str, CareForm],
        banner: DraftBanner,
        before_restore: Callable[[dict], None] | None = None,
    ) -> None:
        self.session, self.key, self.forms, self.banner = session, key, forms, banner
        self.before_restore = before_restore  # e.g. open the person the draft is about
        self.pending: dict | None = None
        banner.restore.connect(self.restore)
        banner.discard.connect(self.discard)

    def keep(self, extra: dict | None = None) -> bool:
        """Saves what is unsaved (if anything) before the vault locks."""
        payload = {name: f.values() for name, f in self.forms.items() if f.is_dirty()}
        if not payload or not self.session.is_open:
            return False
        self.session.call(draft_service.save_draft, self.key, {**(extra or {}), **payload})
        return True

    def offer(self) -> None:
        draft = self.session.call(draft_service.load_draft, self.key)
        self.pending = draft.payload if draft else None
        if draft is None:
            self.banner.hide()
        else:
            self.banner.offer(draft.updated_at)

    def restore(self) -> None:
        if self.pending and self.before_restore is not None:
            self.before_restore(self.pending)
        for name, values in (self.pending or {}).items():
            if name in self.forms and isinstance(values, dict):
                self.forms[name].set_values(values)
        self.discard()

    def discard(self) -> None:
        self.pending = None
        self.banner.hide()
        if self.session.is_open:
            self.session.call(draft_service.discard_draft, self.key)

    def clear(self) -> None:
        self.pending = None
        self.banner.hide()


def submit(
    session: VaultSession, form: CareForm, fn: Callable, *args: object
) -> tuple[bool, object]:
    """Calls a service for `form`; a refusal shows under the fields and nothing is saved."""
    try:
        result = session.call(fn, *args)
    except Exception as error:  # noqa: BLE001 - every failure becomes text in the form
        form.show_error(error)
        return False, None
    return True, result


class Panel(QWidget):
    """A part of a page that saves through forms and says when the data changed."""

    changed = Signal()

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def forms(self) -> dict[str, CareForm]:
        return {}

    def save(self, form: CareForm, done: str, fn: Callable, *args: object) -> bool:
        ok, _result = submit(self.session, form, fn, *args)
        if ok:
            form.reset()
            form.show_done(done)
            self.changed.emit()
        return ok
