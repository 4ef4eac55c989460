"""The manual inside the app: F1 opens the chapter for the screen the user is on.

An in-app viewer (QTextBrowser over the Markdown chapters that ship with the app) rather
than the PDF in an external reader: it works on a managed laptop without a PDF reader,
opens instantly at the right chapter, and nothing leaves the process (a PDF reader may
keep a recent-files list or check for updates). Links outside the manual are not followed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from emp_desktop.gui.areas import Area
from emp_desktop.gui.translation import APP_TITLE
from emp_desktop.locations import manual_dir

HELP_KEY = QKeySequence.StandardKey.HelpContents  # F1 on Windows and Linux, Cmd+? on macOS
CONTENTS = "00-inhoud.md"
FIRST_START = "01-eerste-start.md"
CHAPTERS: dict[Area, str] = {
    Area.DASHBOARD: "02-dagelijks-werk.md",
    Area.CLIENTS: "02-dagelijks-werk.md",
    Area.ADVICE: "02-dagelijks-werk.md",  # its own section, "Adviesvragen"
    Area.CONTACTS: "02-dagelijks-werk.md",
    Area.TRAJECTORY: "03-traject-en-zorgoverleg.md",
    Area.NETWORK: "03-traject-en-zorgoverleg.md",
    Area.PREVENTION: "04-preventie.md",
    Area.EXPORT: "05-exports.md",
    Area.AUDIT: "10-auditlog.md",
    Area.SETTINGS: "07-back-up-en-herstel.md",
}


class HelpWindow(QDialog):
    """Non-modal, so the user can read and work at the same time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manual — %1").replace("%1", APP_TITLE))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.folder = manual_dir()
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Manual"))
        self.browser.setOpenLinks(False)  # every link goes through _follow
        self.browser.anchorClicked.connect(self._follow)
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        contents = QPushButton(self.tr("&Contents"), self)
        contents.clicked.connect(lambda: self.show_chapter(CONTENTS))
        close = QPushButton(self.tr("C&lose"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (back, contents):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(900, 680)

    def show_chapter(self, name: str) -> None:
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.folder / name)),
            QTextDocument.ResourceType.MarkdownResource,
        )
        self.show()
        self.raise_()
        self.activateWindow()

    def current_chapter(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _follow(self, url: QUrl) -> None:
        """Only the manual's own chapters: never a web address, never a file elsewhere."""
        target = Path(self.browser.source().resolved(url).toLocalFile() or "/")
        inside = target.parent.resolve() == self.folder.resolve()
        if inside and target.suffix == ".md" and target.is_file():
            self.show_chapter(target.name)


def install_help_key(owner: QWidget, chapter: object) -> QShortcut:
    """F1 on `owner` opens the chapter `chapter()` names, in one window per owner."""
    shortcut = QShortcut(QKeySequence(HELP_KEY), owner)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    def open_help() -> None:
        window = getattr(owner, "help_window", None)
        if window is None:
            window = HelpWindow(owner)
            owner.help_window = window  # type: ignore[attr-defined]
        window.show_chapter(chapter())  # type: ignore[operator]

    shortcut.activated.connect(open_help)
    return shortcut
