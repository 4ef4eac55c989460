"""The Dutch catalogue is complete, keeps placeholders, and is what the windows show."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from emp_desktop.gui import translation
from emp_desktop.gui.unlock import UnlockWindow
from tests.gui.conftest import TS_DIR, lrelease_path

GUI_SOURCES = Path(translation.__file__).resolve().parent
PLACEHOLDER = re.compile(r"%\d+|\{[^}]*\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


CATALOGUES = sorted(translation.CATALOGUES)


def _sources(catalogue: str) -> list[str]:
    patterns = translation.CATALOGUES[catalogue]
    return sorted(str(p) for pattern in patterns for p in GUI_SOURCES.glob(pattern))


def _ts(catalogue: str) -> Path:
    return TS_DIR / f"{catalogue}.ts"


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_entry_is_translated(catalogue: str) -> None:
    if not _sources(catalogue):
        pytest.skip("no sources for this catalogue yet")
    messages = _messages(_ts(catalogue))
    assert messages or catalogue != "emp_desktop_nl"
    for context, source, message in messages:
        target = message.find("translation")
        assert target is not None and target.get("type") is None, (context, source)
        assert (target.text or "").strip(), (context, source)


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_translations_keep_placeholders_and_mnemonics(catalogue: str) -> None:
    if not _ts(catalogue).exists():
        pytest.skip("no catalogue yet")
    for context, source, message in _messages(_ts(catalogue)):
        target = message.findtext("translation") or ""
        where = (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(target)), where
        assert _mnemonics(source) == _mnemonics(target), where


def test_every_gui_source_belongs_to_a_catalogue() -> None:
    covered = {p for name in CATALOGUES for p in _sources(name)}
    assert {str(p) for p in GUI_SOURCES.rglob("*.py")} <= covered | {
        str(p) for p in GUI_SOURCES.rglob("__init__.py")
    }


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_the_catalogue_covers_every_string_in_the_code(tmp_path: Path, catalogue: str) -> None:
    """lupdate over the sources now finds nothing that the committed .ts lacks."""
    sources = _sources(catalogue)
    if not sources:
        pytest.skip("no sources for this catalogue yet")
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(lrelease_path()).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    in_catalogue = {(c, s) for c, s, _ in _messages(_ts(catalogue))}
    assert in_code - in_catalogue == set()
    assert in_catalogue - in_code == set()  # nothing stale either


def test_loaded_catalogue_makes_the_windows_dutch(qtbot, tmp_path: Path, dutch) -> None:  # noqa: ANN001
    window = UnlockWindow(tmp_path)
    qtbot.addWidget(window)
    assert window.unlock_button.text() == "&Ontgrendelen"
    assert translation.language() == "nl"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == "Annuleren"  # Qt's own qtbase_nl


def test_qt_file_dialogs_speak_dutch(dutch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"


def test_english_needs_no_catalogue(qtbot, tmp_path: Path, english) -> None:  # noqa: ANN001
    window = UnlockWindow(tmp_path)
    qtbot.addWidget(window)
    assert window.unlock_button.text() == "&Unlock"
    assert translation.language() == "en"


def test_a_missing_catalogue_falls_back_to_english(qtbot, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    installed = translation.install_translators(qapp, "nl", tmp_path / "leeg")
    try:
        assert all("emp_desktop" not in t.filePath() for t in installed)
        window = UnlockWindow(tmp_path)
        qtbot.addWidget(window)
        assert window.unlock_button.text() == "&Unlock"
    finally:
        translation.remove_translators(qapp, installed)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shared_error_texts_follow_the_gui_language(qapp: QApplication, lang: str) -> None:
    from emp_desktop.domain.errors import WrongSecret

    installed = translation.install_translators(qapp, lang, Path("/nonexistent"))
    try:
        expected = "Wachtwoordzin onjuist" if lang == "nl" else "Wrong passphrase"
        assert translation.error_message(WrongSecret()).startswith(expected)
    finally:
        translation.remove_translators(qapp, installed)


def testlrelease_path_compiles_the_catalogue(compiled_translations: Path) -> None:
    compiled = compiled_translations / f"{translation.CATALOGUE}.qm"
    assert compiled.stat().st_size > 1000
    # the helper in conftest found a working lrelease
    assert subprocess.run([lrelease_path(), "-version"], capture_output=True).returncode == 0
