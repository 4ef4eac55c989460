"""What a screen reader and a keyboard user meet on a screen, as checks over a widget tree.

Each function looks only at widgets showing to the user (`isVisibleTo(window)`), so a
page's hidden tabs and dialogs that are not open do not count.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractButton,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
_HORIZONTAL = Qt.Orientation.Horizontal


def showing(root: QWidget, kind: type = QWidget) -> list[QWidget]:
    window = root.window()
    found = [root, *root.findChildren(kind)] if isinstance(root, kind) else root.findChildren(kind)
    return [w for w in found if w.isVisibleTo(window)]


def _inner(widget: QWidget) -> bool:
    """Parts of a composite input (a spin box's line edit, a view's scroll bar buttons)."""
    parent = widget.parent()
    return isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView) or (
        parent is not None and isinstance(parent.parent(), QAbstractItemView)
    )


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(": ").strip()


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    return ""


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader would announce by their role only."""
    found = []
    for widget in showing(root, QWidget):
        if not isinstance(widget, INPUTS) or _inner(widget) or isinstance(widget, QTabBar):
            continue
        if not name_of(widget):
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def checkbox_mismatches(root: QWidget) -> list[tuple[str, str]]:
    """A check box read by a name other than its own text ('Minderjarig' read as a group)."""
    return [
        (box.text(), box.accessibleName())
        for box in showing(root, QAbstractButton)
        if isinstance(box, QCheckBox | QRadioButton)
        and box.text()
        and box.accessibleName()
        and box.accessibleName() != plain(box.text())
    ]


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonic_texts(root: QWidget) -> list[str]:
    """Every showing text with a mnemonic: labels with buddies, buttons, tabs, groups, menus.
    Mnemonics work per window: a dialog or message box over it has its own letters."""
    texts = []
    window = root.window()
    for widget in showing(root, QWidget):
        if widget.window() is not window:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            bar = widget.tabBar()
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    if isinstance(window, QMainWindow) and window.menuBar().isVisibleTo(window):
        texts += [action.text() for action in window.menuBar().actions()]
    return [t for t in texts if _mnemonic(t)]


def mnemonic_clashes(root: QWidget) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in mnemonic_texts(root):
        by_key[_mnemonic(text) or ""].append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


class PseudoTranslator(QTranslator):
    """Marks every string that goes through Qt's translation (Vorta's pseudo pass)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201, ARG002
        if not source:
            return source
        return f"{MARK_OPEN}{source}{MARK_CLOSE}"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


_WORDS = re.compile(r"[A-Za-zÀ-ÿ]{3,}")


def shown_texts(root: QWidget) -> list[str]:
    """Texts of the interface itself (not of the data in table cells)."""
    texts = []
    for widget in showing(root, QWidget):
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit) and not _inner(widget):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        # Combo box items are left out: most are data (partners, places, countries, the
        # ZRM's own Dutch scale, language names in their own language).
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount())
            texts += [str(model.headerData(c, _HORIZONTAL) or "") for c in columns]
    return [t for t in texts if t]


def _as_label(text: str) -> str:
    """Without its mnemonic, keeping a label's colon."""
    return plain(text) + (":" if text.rstrip().endswith(":") else "")


def unmarked(texts: list[str], allowed: re.Pattern[str]) -> list[str]:
    """Texts with words in them that no translation touched."""
    return [
        t
        for t in texts
        if MARK_OPEN not in t and _WORDS.search(t) and not allowed.fullmatch(_as_label(t))
    ]


def mark(text: str) -> str:
    return f"{MARK_OPEN}{text}{MARK_CLOSE}" if text else text


def install_pseudo() -> PseudoTranslator:
    translator = PseudoTranslator(QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    return translator
