"""Small widgets shared by the windows: message labels, busy bar, passphrase entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QWidget,
)

from emp_desktop.domain.errors import WeakPassphrase
from emp_desktop.domain.passphrase import MINIMUM_LENGTH, PassphraseAssessment
from emp_desktop.gui.translation import error_message, shared_text
from emp_desktop.services import vault_service

# Errors are always spelled out; the colour only repeats what the text says.
_ERROR_STYLE = "color: #a00000; font-weight: bold;"
_INFO_STYLE = "color: #1d5b1d;"


class ElidedLabel(QLabel):
    """One line that ends in '…' when the window is short of room, instead of making the
    window wider than the screen (a long vault folder in the status bar, say). `text()`
    stays whole, and so does what a screen reader and the tool tip say."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(text, parent)
        self.mode = mode
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self.setToolTip(text)

    def clear(self) -> None:
        super().clear()
        self.setToolTip("")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        whole = super().minimumSizeHint()
        return QSize(min(whole.width(), self.fontMetrics().averageCharWidth() * 12), whole.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        room = self.contentsRect()
        if self.fontMetrics().horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        shown = self.fontMetrics().elidedText(self.text(), self.mode, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class MessageLabel(QLabel):
    """A word-wrapped line for errors and results, hidden while it has nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_error(self, message: str) -> None:
        self._show(message, _ERROR_STYLE)

    def show_info(self, message: str) -> None:
        self._show(message, _INFO_STYLE)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, message: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()


def name_clear_button(edit: QLineEdit) -> None:
    """Qt's clear button in a search field has no name of its own; a screen reader then
    reads 'button'. Call after setClearButtonEnabled(True)."""
    name = QCoreApplication.translate("Widgets", "Clear the search field")
    for action in edit.actions():
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(name)
            action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate bar for work whose length we cannot know (Argon2id)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(12)
    bar.setAccessibleName(QCoreApplication.translate("BusyBar", "Working, please wait"))
    bar.hide()
    return bar


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def advice_text(assessment: PassphraseAssessment) -> str:
    return " ".join(shared_text(key, minimum=MINIMUM_LENGTH) for key in assessment.advice)


class StrengthMeter(QWidget):
    """Bar plus a word: the score of assess_passphrase, readable without colour."""

    _COLOURS = ("#b00020", "#b00020", "#c77700", "#2e7d32", "#1b5e20")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.word = QLabel(self)
        self.word.setMinimumWidth(90)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.word)
        self.show_score(0, empty=True)

    def _words(self) -> tuple[str, ...]:
        return (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )

    def show_score(self, score: int, *, empty: bool = False) -> None:
        self.bar.setValue(score)
        word = "" if empty else self._words()[score]
        self.word.setText(word)
        self.bar.setAccessibleDescription(word)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {self._COLOURS[score]}; }}"
        )


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with the live verdict and advice of the policy."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, first_label: str = "", repeat_label: str = ""
    ) -> None:
        super().__init__(parent)
        self.first = self._field(self.tr("New passphrase"))
        self.repeat = self._field(self.tr("Repeat passphrase"))
        self.meter = StrengthMeter(self)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Passphrase advice"))
        # Room for three lines of advice, so the dialog does not jump while typing.
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 3)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or self.tr("&Passphrase:"), self.first)
        form.addRow(repeat_label or self.tr("&Repeat passphrase:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.advice)
        QWidget.setTabOrder(self.first, self.repeat)
        self.first.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self.changed)

    def _field(self, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        field.setMinimumWidth(280)
        field.textChanged.connect(self.changed)
        return field

    def _update(self, passphrase: str) -> None:
        verdict = vault_service.assess_passphrase(passphrase)
        self.meter.show_score(verdict.score, empty=not passphrase)
        if not passphrase:
            self.advice.clear()
        elif verdict.acceptable:
            self.advice.setText(self.tr("Strong enough."))
        else:
            self.advice.setText(advice_text(verdict))

    def passphrase(self) -> str:
        return self.first.text()

    def is_filled(self) -> bool:
        return bool(self.first.text() and self.repeat.text())

    def problem(self) -> str | None:
        """Why this passphrase cannot be used, in the shared Dutch texts; None if it can."""
        verdict = vault_service.assess_passphrase(self.first.text())
        if not verdict.acceptable:
            return error_message(WeakPassphrase(advice=list(verdict.advice)))
        if self.first.text() != self.repeat.text():
            return shared_text("passphrases_differ")
        return None

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()
