"""Every input has a label (its buddy) and an accessible name.

Most labels carry a mnemonic too, but not every one can: a window has 26 letters and the
person's registration tab alone has more fields. That no two mnemonics in one window
collide is checked screen by screen in test_screen_walk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

from emp_desktop.gui.dialogs import ChangePassphraseDialog, RecoveryDialog
from emp_desktop.gui.main_window import MainWindow
from emp_desktop.gui.wizard import CreateVaultWizard
from tests.conftest import CHEAP_KDF

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox)


def _inputs(root: QWidget) -> list[QWidget]:
    found = [w for kind in INPUTS for w in root.findChildren(kind)]
    # A spin box or combo box carries a QLineEdit of its own; the outer widget is the input.
    return [w for w in found if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]


def _check(root: QWidget) -> None:
    buddies = {
        id(label.buddy()): label.text() for label in root.findChildren(QLabel) if label.buddy()
    }
    for widget in _inputs(root):
        assert widget.accessibleName(), widget
        label = buddies.get(id(widget), "")
        assert label.strip(), (widget.accessibleName(), label)


def test_main_window_and_dialogs(unlocked) -> None:  # noqa: ANN001
    window: MainWindow = unlocked.main_window
    assert len(_inputs(window)) >= 3  # idle minutes, language, organisation
    _check(window)
    _check(ChangePassphraseDialog(unlocked.session, window))
    _check(RecoveryDialog(Path("/nonexistent"), window))
    _check(unlocked.unlock_window)


def test_wizard_pages(qtbot, tmp_path: Path, dutch) -> None:  # noqa: ANN001
    wizard = CreateVaultWizard(tmp_path / "kluis", kdf=CHEAP_KDF)
    qtbot.addWidget(wizard)
    wizard.confirm_page.initializePage()
    for page in (wizard.passphrase_page, wizard.code_page, wizard.confirm_page):
        _check(page)
