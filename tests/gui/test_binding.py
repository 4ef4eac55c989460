"""The Qt binding keeps Python's reference counts right: PySide6 6.12.0 on Python 3.11
returned None from every void method without a reference, so that after a few thousand
calls (a list of 342 municipalities, a map repaint) the interpreter aborted with
`none_dealloc`. pyproject.toml keeps PySide6 below 6.12 for that reason."""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_the_reference_count_of_none(qapp) -> None:  # noqa: ANN001
    label, path = QLabel(), QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        path.lineTo(1.0, 2.0)
    assert sys.getrefcount(None) - before > -100  # 6.12.0: -1000
