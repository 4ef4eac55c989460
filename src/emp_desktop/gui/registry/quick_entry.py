"""Quick entry (Ctrl+N from anywhere): a contact, an advice question or a new signal,
in a few fields, saved with Enter and usable without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.pages.audit_page import local_time
from emp_desktop.gui.registry.draft_banner import QUICK_ENTRY_KEY
from emp_desktop.gui.registry.fields import not_saved_text
from emp_desktop.gui.registry.quick_forms import AdviceForm, ContactForm, QuickForm, SignalForm
from emp_desktop.gui.session import VaultSession
from emp_desktop.gui.translation import error_message, titled
from emp_desktop.gui.widgets import MessageLabel, heading
from emp_desktop.services import draft_service

SHORTCUT = "Ctrl+N"


class QuickEntryDialog(QDialog):
    saved = Signal(str)  # the confirmation, with a pseudonym code at most

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Quick entry")))  # never a name, nor a code
        self.session = session
        self.forms: list[QuickForm] = [
            ContactForm(session, self),
            AdviceForm(session, self),
            SignalForm(session, self),
        ]
        self.stack = QStackedWidget(self)
        for form in self.forms:
            self.stack.addWidget(form)
        self.modes = QButtonGroup(self)
        texts = (self.tr("Short &contact"), self.tr("&Advice question"), self.tr("New &signal"))
        mode_row = QHBoxLayout()
        for index, text in enumerate(texts):
            button = QRadioButton(text, self)
            self.modes.addButton(button, index)
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        self.modes.button(0).setChecked(True)
        self.modes.idToggled.connect(self._mode_toggled)
        self.message = MessageLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)  # Enter in any field saves
        self.save_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Quick entry"), self))
        layout.addLayout(mode_row)
        layout.addWidget(self.stack)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        for form in self.forms:
            form.reset()

    @property
    def form(self) -> QuickForm:
        return self.forms[self.stack.currentIndex()]

    def set_mode(self, index: int) -> None:
        self.modes.button(index).setChecked(True)

    def _mode_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(index)
            self.message.clear_message()
            self.form.inputs[0].setFocus()

    def submit(self) -> None:
        if not self.session.is_open:
            return
        try:
            done = self.form.submit()
        except Exception as error:  # noqa: BLE001 - shown as a translated message
            self.message.show_error(error_message(error))
            return
        if done is None:
            self.message.show_error(not_saved_text())
            return
        self.form.form.clear_errors()
        self.form.reset()
        self.hide()
        self.saved.emit(done)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.cancel()
        event.accept()

    def cancel(self) -> None:
        """The user closed it: what was typed is dropped on purpose."""
        self.reset()
        self.hide()

    # `reject()` stays Qt's: the main window calls it on lock, and then the typed
    # values must still be there for QuickEntry.clear() to keep as a draft.

    def reset(self) -> None:
        for form in self.forms:
            form.reset()
            form.form.clear_errors()
        self.message.clear_message()

    def has_input(self) -> bool:
        return self.form.has_input()

    def draft(self) -> dict:
        return {"mode": self.stack.currentIndex(), "fields": self.form.draft()}

    def restore(self, payload: dict) -> None:
        mode = int(payload.get("mode", 0))
        self.set_mode(mode if 0 <= mode < len(self.forms) else 0)
        self.form.restore(payload.get("fields", {}))


class QuickEntry(QObject):
    """Owns the Ctrl+N shortcut and the one quick-entry dialog of the window."""

    saved = Signal(str)
    draft_taken = Signal()  # a kept draft moved back into the dialog

    def __init__(self, session: VaultSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.dialog: QuickEntryDialog | None = None
        # Application context: Ctrl+N works from every window and dialog of the app.
        self.shortcut = QShortcut(QKeySequence(SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.open)

    def open(self, payload: dict | None = None) -> QuickEntryDialog | None:
        if not self.session.is_open:
            return None  # locked: the shortcut does nothing behind the unlock window
        if self.dialog is None:
            self.dialog = QuickEntryDialog(self.session, self.window)
            self.dialog.saved.connect(self.saved)
        if payload is not None:
            self.dialog.restore(payload)
        elif not self.dialog.isVisible() and not self.dialog.has_input():
            self._offer_kept_draft(self.dialog)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.form.inputs[0].setFocus()
        return self.dialog

    def _offer_kept_draft(self, dialog: QuickEntryDialog) -> None:
        """Ctrl+N after a lock brings back what was typed, rather than an empty form
        next to a forgotten draft (which invites a double registration)."""
        draft = self.session.call(draft_service.load_draft, QUICK_ENTRY_KEY)
        if draft is None:
            return
        dialog.restore(draft.payload)
        self.session.call(draft_service.discard_draft, QUICK_ENTRY_KEY)
        kept = local_time(draft.updated_at)
        dialog.message.show_info(
            QCoreApplication.translate(
                "QuickEntry",
                "Your unsaved quick entry (kept %1) is back: save it, or close to discard it.",
            ).replace("%1", kept)
        )
        self.draft_taken.emit()

    def clear(self) -> None:
        """The vault locks: typed values become a draft, then leave the dialog."""
        dialog = self.dialog
        if dialog is None:
            return
        if dialog.has_input() and self.session.is_open:
            self.session.call(draft_service.save_draft, QUICK_ENTRY_KEY, dialog.draft())
        dialog.reset()
        dialog.hide()
