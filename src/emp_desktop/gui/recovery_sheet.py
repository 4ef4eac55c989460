"""The recovery code on paper: a one-page PDF or a print-out for the organisation's safe.

The sheet holds the code and instructions only, never anything about a client; it is
a key to the vault, so the text tells the reader to keep it locked away.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def code_groups(code: str) -> list[str]:
    return [group for group in code.split("-") if group]


def display_code(code: str) -> str:
    """Four groups on the first line, the rest below: easy to copy by hand."""
    groups = code_groups(code)
    return "  ".join(groups[:4]) + "\n" + "  ".join(groups[4:])


def sheet_document(code: str) -> QTextDocument:
    today = QLocale().toString(QDate.currentDate(), "dd-MM-yyyy")
    title = QCoreApplication.translate("RecoverySheet", "EMP Desktop: recovery code")
    made = QCoreApplication.translate("RecoverySheet", "Made on %1.").replace("%1", today)
    keep = QCoreApplication.translate(
        "RecoverySheet",
        "With this code the vault can be opened if the passphrase is forgotten. Keep this "
        "sheet in the organisation's safe, never with the laptop. Anyone who has this code "
        "and the laptop can read the vault.",
    )
    letters = QCoreApplication.translate(
        "RecoverySheet",
        "Letters O, I and L are read as 0, 1 and 1; dashes and spaces do not matter.",
    )
    groups = "&nbsp;&nbsp;".join(escape(group) for group in code_groups(code))
    document = QTextDocument()
    document.setHtml(
        f"<h1>{escape(title)}</h1><p>{escape(made)}</p>"
        f'<p style="font-family: monospace; font-size: 22pt; font-weight: bold;">{groups}</p>'
        f"<p>{escape(keep)}</p><p>{escape(letters)}</p>"
    )
    return document


def print_sheet(code: str, device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    sheet_document(code).print_(device)


def save_pdf(code: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle("EMP Desktop")
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    print_sheet(code, writer)
