"""The free-text guard in the GUI.

- While typing: every editable multi-line text field gets a quiet wavy underline under
  what looks like personal data, and its context menu offers "Replace with [telefoon]".
  Attached application-wide on focus, so new dialogs are covered without wiring.
- Before a document with free text is written: `FindingsDialog` lists each finding with
  its field and a snippet; the coordinator picks replace or keep (a reason required) for
  each, and only then is the document made.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.translation import titled
from emp_desktop.privacy.freetext import PLACEHOLDERS, Finding, NameContext
from emp_desktop.privacy.freetext_guard import Decision, FieldFindings, Resolution
from emp_desktop.services import freetext_service

_SNIPPET = 30


def kind_label(kind: str) -> str:
    labels = {
        "naam": QCoreApplication.translate("FreeText", "name"),
        "telefoon": QCoreApplication.translate("FreeText", "phone number"),
        "bsn": QCoreApplication.translate("FreeText", "BSN"),
        "iban": QCoreApplication.translate("FreeText", "IBAN"),
        "email": QCoreApplication.translate("FreeText", "e-mail address"),
        "postcode": QCoreApplication.translate("FreeText", "postcode"),
        "adres": QCoreApplication.translate("FreeText", "street address"),
        "kenteken": QCoreApplication.translate("FreeText", "licence plate"),
        "geboortedatum": QCoreApplication.translate("FreeText", "date of birth"),
    }
    return labels.get(kind, kind)


class FreeTextHighlighter(QSyntaxHighlighter):
    """Underlines findings block by block; remembers them for the context menu."""

    def __init__(self, document, context: NameContext) -> None:  # noqa: ANN001
        super().__init__(document)
        self.context = context
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.format.setUnderlineColor(QColor("#b35c00"))
        self.found: dict[int, list[Finding]] = {}

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        findings = freetext_service.scan_while_typing(text, self.context)
        self.found[self.currentBlock().position()] = findings
        for finding in findings:
            self.setFormat(finding.start, finding.end - finding.start, self.format)

    def finding_at(self, position: int) -> tuple[int, Finding] | None:
        for block_start, findings in self.found.items():
            for f in findings:
                if block_start + f.start <= position <= block_start + f.end:
                    return block_start, f
        return None


def _replace_in(edit: QPlainTextEdit | QTextEdit, block_start: int, finding: Finding) -> None:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(block_start + finding.start)
    cursor.setPosition(block_start + finding.end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(finding.placeholder)


def _context_menu(edit: QPlainTextEdit | QTextEdit, highlighter: FreeTextHighlighter, pos) -> None:  # noqa: ANN001
    menu = edit.createStandardContextMenu()
    hit = highlighter.finding_at(edit.cursorForPosition(pos).position())
    if hit is not None:
        block_start, finding = hit
        action = menu.addAction(
            QCoreApplication.translate("FreeText", "Replace with %1").replace(
                "%1", finding.placeholder
            )
        )
        action.triggered.connect(lambda: _replace_in(edit, block_start, finding))
        menu.insertAction(menu.actions()[0], action)
        menu.insertSeparator(menu.actions()[1])
    menu.exec(edit.mapToGlobal(pos))


def attach(edit: QPlainTextEdit | QTextEdit, context: NameContext) -> FreeTextHighlighter:
    highlighter = FreeTextHighlighter(edit.document(), context)
    edit.setProperty("freetext_guarded", True)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(lambda pos: _context_menu(edit, highlighter, pos))
    edit.setToolTip(
        QCoreApplication.translate(
            "FreeText", "Underlined text looks like personal data: right-click to replace it."
        )
    )
    return highlighter


class TypingGuard(QObject):
    """Application-wide (QApplication.focusChanged): attaches the underline to each
    editable text field that gets focus while a vault is open, and loads deduce once in
    the background."""

    def __init__(self, session, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session = session
        self._context: NameContext | None = None
        self._warming = False
        session.closed.connect(self._forget)

    def _forget(self) -> None:
        self._context = None

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, QPlainTextEdit | QTextEdit)
            and not new.isReadOnly()
            and not new.property("freetext_guarded")
            and self.session.is_open
        ):
            attach(new, self.context())
            self._warm_up()

    def context(self) -> NameContext:
        if self._context is None:
            self._context = self.session.call(freetext_service.typing_context)
        return self._context

    def _warm_up(self) -> None:
        if not self._warming:
            self._warming = True
            threading.Thread(target=freetext_service.warm_up, daemon=True).start()


def _snippet(text: str, finding: Finding) -> str:
    before = text[max(0, finding.start - _SNIPPET) : finding.start]
    after = text[finding.end : finding.end + _SNIPPET]
    return f"…{before}⟦{text[finding.start : finding.end]}⟧{after}…".replace("\n", " ")


class FindingsDialog(QDialog):
    """Each finding: replace (the default) or keep with a reason. Nothing is written
    until every kept finding has its reason."""

    def __init__(self, found: list[FieldFindings], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titled(self.tr("Possible personal data in free text")))
        self.rows: list[tuple[FieldFindings, Finding, QComboBox, QLineEdit]] = []
        intro = QLabel(
            self.tr(
                "This document goes to partners. Decide for each finding whether it is "
                "replaced or kept; keeping it needs a reason, which is recorded in the audit "
                "trail."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kind"), self.tr("Text"), self.tr("Decision")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for item in found:
            for finding in item.findings:
                self._add_row(item, finding)
        self.table.resizeColumnsToContents()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.problem, self.buttons):
            layout.addWidget(widget)
        self.resize(900, 420)

    def _add_row(self, item: FieldFindings, finding: Finding) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = item.field.person_code or ""
        self.table.setItem(row, 0, QTableWidgetItem(f"{code} {item.field.field}".strip()))
        self.table.setItem(row, 1, QTableWidgetItem(kind_label(finding.kind)))
        self.table.setItem(row, 2, QTableWidgetItem(_snippet(item.field.text, finding)))
        holder = QWidget(self.table)
        choice = QComboBox(holder)
        choice.setAccessibleName(self.tr("Decision for finding %1").replace("%1", str(row + 1)))
        choice.addItem(self.tr("Replace with %1").replace("%1", PLACEHOLDERS[finding.kind]), False)
        choice.addItem(self.tr("Keep"), True)
        reason = QLineEdit(holder)
        reason.setPlaceholderText(self.tr("Reason for keeping"))
        reason.setAccessibleName(
            self.tr("Reason for keeping finding %1").replace("%1", str(row + 1))
        )
        reason.setEnabled(False)
        choice.currentIndexChanged.connect(lambda _i: reason.setEnabled(bool(choice.currentData())))
        box = QVBoxLayout(holder)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(choice)
        box.addWidget(reason)
        self.table.setCellWidget(row, 3, holder)
        self.table.setRowHeight(row, holder.sizeHint().height())
        self.rows.append((item, finding, choice, reason))

    def set_choice(self, row: int, keep: bool, reason: str = "") -> None:
        _item, _finding, choice, line = self.rows[row]
        choice.setCurrentIndex(1 if keep else 0)
        line.setText(reason)

    def _accept(self) -> None:
        missing = [
            i + 1
            for i, (_, _, c, r) in enumerate(self.rows)
            if c.currentData() and not r.text().strip()
        ]
        if missing:
            self.problem.setText(
                self.tr("Give a reason for keeping finding %1.").replace(
                    "%1", ", ".join(map(str, missing))
                )
            )
            return
        self.accept()

    def resolution(self) -> Resolution:
        decisions = tuple(
            Decision(item.field.key, f.start, f.end, bool(c.currentData()), r.text().strip())
            for item, f, c, r in self.rows
        )
        return Resolution(decisions=decisions)


def ask_resolution(parent: QWidget, found: list[FieldFindings]) -> Resolution | None:
    """None when the coordinator cancels; an empty resolution when nothing was found."""
    if not found:
        return Resolution()
    dialog = FindingsDialog(found, parent)
    return dialog.resolution() if dialog.exec() == QDialog.DialogCode.Accepted else None
