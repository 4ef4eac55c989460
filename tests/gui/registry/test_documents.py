"""Subject access from the person detail: encrypted, audited, short passwords refused."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog

from emp_desktop.services import vault_service
from tests.conftest import CANARY

PASSWORD = "lang-genoeg-wachtwoord"


def _dialog(registry):  # noqa: ANN001, ANN202
    page = registry.page
    assert page.open_person(registry.refs[0].id)
    page.detail.documents_button.click()
    return page.detail.documents_dialog


def test_subject_access_is_saved_encrypted_and_audited(
    qtbot, registry, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    target = tmp_path / "inzage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = _dialog(registry)
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.save_button.click()
    QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.waitUntil(target.exists, timeout=10_000)
    data = target.read_bytes()
    assert CANARY.encode() not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    assert CANARY in "".join(p.extract_text() or "" for p in reader.pages)
    lines = registry.call(vault_service.audit_log, 1, registry.refs[0].code)
    assert lines[0].action == "subject_access_export"


def test_short_password_and_handover_without_consent(
    qtbot, registry, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "o.pdf"), "")
    )
    dialog = _dialog(registry)
    dialog.password.setText("kort")
    dialog.repeat.setText("kort")
    dialog.save_button.click()
    assert "12 tekens" in dialog.message.text()
    dialog.kinds["handover"].setChecked(True)
    dialog.recipient.setText("GGZ (demo)")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    dialog.save_button.click()
    QThreadPool.globalInstance().waitForDone(20_000)
    qtbot.waitUntil(lambda: "toestemming" in dialog.message.text().lower(), timeout=10_000)
    assert not (tmp_path / "o.pdf").exists()
