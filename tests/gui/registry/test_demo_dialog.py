"""'Demo-kluis openen': a separate vault of synthetic data, built off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from emp_desktop.gui.registry import demo_dialog
from emp_desktop.gui.registry.demo_dialog import DemoVaultDialog
from emp_desktop.services import demo_service, registry_service, vault_service
from tests.conftest import CHEAP_KDF


def test_the_demo_vault_is_made_and_opened(qtbot, tmp_path: Path, dutch, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(demo_dialog, "DEMO_PERSONS", 40)
    dialog = DemoVaultDialog(tmp_path / "demo", kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert demo_service.DEMO_PASSPHRASE not in shown  # never on screen: no reuse for real work
    with qtbot.waitSignal(dialog.opened, timeout=20_000) as opened:
        dialog.open_button.click()
    vault = opened.args[0]
    try:
        assert demo_service.is_demo(vault)
        assert registry_service.registry_counts(vault).persons == 40
    finally:
        vault_service.lock(vault)
