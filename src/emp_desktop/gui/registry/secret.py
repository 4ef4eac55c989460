"""Identity fields that cannot be copied: the clipboard is shared with every program.

Of the two policies the issue allows (copy blocked, or copy with "keep out of history"
hints and a clear after 10 s) we block: clipboard managers and cloud clipboard sync
do not all honour those hints, and a name that never reaches the clipboard cannot leak
from it. Ctrl+C, Ctrl+X (and Ctrl+Insert, Shift+Delete), the context menu's Copy/Cut
and dragging are all refused; on X11 the selection clipboard is emptied as well,
because selecting text there copies it without any key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu

_REFUSED = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


def _drop_selection_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class _NoCopyFilter(QObject):
    """Swallows the copy and cut keys before the line edit sees them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if any(event.matches(key) for key in _REFUSED):
                event.accept()  # also keeps an application shortcut from taking the key
                return True
        if kind == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, _drop_selection_clipboard)
        return False


def edit_menu(edit: QLineEdit) -> QMenu:
    """The context menu of a protected field: everything of the standard one but Copy/Cut."""
    menu = QMenu(edit)
    entries = (
        (QCoreApplication.translate("SecretField", "&Undo"), edit.undo, edit.isUndoAvailable()),
        (QCoreApplication.translate("SecretField", "&Redo"), edit.redo, edit.isRedoAvailable()),
        None,
        (QCoreApplication.translate("SecretField", "&Paste"), edit.paste, not edit.isReadOnly()),
        (
            QCoreApplication.translate("SecretField", "Delete"),
            edit.del_,
            edit.hasSelectedText() and not edit.isReadOnly(),
        ),
        None,
        (
            QCoreApplication.translate("SecretField", "Select All"),
            edit.selectAll,
            bool(edit.text()),
        ),
    )
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, slot, enabled = entry
        action = menu.addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
    return menu


def protect_from_copy(edit: QLineEdit) -> None:
    edit.setDragEnabled(False)
    guard = _NoCopyFilter(edit)
    edit.installEventFilter(guard)
    edit.selectionChanged.connect(lambda: QTimer.singleShot(0, _drop_selection_clipboard))
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(position: QPoint) -> None:
        menu = edit_menu(edit)
        menu.exec(edit.mapToGlobal(position))
        menu.deleteLater()

    edit.customContextMenuRequested.connect(show_menu)
