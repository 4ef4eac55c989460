"""A Qt binding that loses references to None crashes the app at random after a while
("Fatal Python error: none_dealloc"): PySide6 6.12.0 on CPython 3.11 did so on every
call of a void method. The version pin in pyproject.toml keeps it out; this keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    # Other threads may move the count a little; a leak moves it by 200.
    assert sys.getrefcount(None) - before > -50
