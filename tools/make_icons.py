"""Draws the application icon and writes it for every platform the bundle is built on:
PNG (Linux desktop files, the window icon), ICO (Windows), ICNS (macOS). Re-runnable;
the results are committed under resources/icons/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
PURPLE = QColor("#6a3d9a")  # the organisation's house colour, as in the reports


def draw(size: int = 512) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(PURPLE)
    painter.setPen(Qt.PenStyle.NoPen)
    margin = size * 0.06
    painter.drawRoundedRect(
        QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18
    )
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(size * 0.34))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "EMP")
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    icon = to_pillow(draw())
    OUT.mkdir(parents=True, exist_ok=True)
    icon.resize((256, 256), Image.LANCZOS).save(OUT / "emp-desktop.png", optimize=True)
    icon.save(OUT / "emp-desktop.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    icon.save(OUT / "emp-desktop.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
