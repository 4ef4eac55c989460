"""Window titles, preferences storage, the off-thread helper and the entry point."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from emp_desktop.gui import app as gui_app
from emp_desktop.gui.dialogs import ChangePassphraseDialog, RecoveryDialog
from emp_desktop.gui.main_window import Area
from emp_desktop.gui.settings import Settings
from emp_desktop.gui.translation import APP_TITLE
from emp_desktop.gui.workers import run_in_background
from emp_desktop.services import vault_service
from tests.conftest import CANARY


def _titles() -> set[str]:
    return {w.windowTitle() for w in QApplication.topLevelWidgets() if w.windowTitle()}


def _app_titled(titles: set[str]) -> bool:
    """Every title names the app and, for a dialog, what it is: never a person."""
    return all(t == APP_TITLE or t.endswith(f" — {APP_TITLE}") for t in titles)


def test_window_titles_name_the_app_and_never_a_person(qtbot, unlocked) -> None:  # noqa: ANN001
    vault_service.set_organisation_name(unlocked.session.vault, CANARY)
    window = unlocked.main_window
    for area in Area:
        window.show_area(area)
    window.settings_page.change_button.click()
    assert _app_titled(_titles()) and not any(CANARY in t for t in _titles())
    changing = window.findChild(ChangePassphraseDialog).windowTitle()
    assert changing == f"Wachtwoordzin wijzigen — {APP_TITLE}"
    unlocked.lock()
    unlocked.unlock_window.forgot_button.click()
    recovering = unlocked.unlock_window.findChild(RecoveryDialog).windowTitle()
    assert recovering == f"Wachtwoordzin vergeten — {APP_TITLE}"
    assert _app_titled(_titles()) and not any(CANARY in t for t in _titles())
    assert all(CANARY not in t for t in _titles())


def test_settings_have_defaults_and_reject_nonsense(settings: Settings) -> None:
    assert (settings.language, settings.idle_minutes, settings.lock_on_minimise) == ("nl", 3, True)
    settings.store.setValue(Settings.idle_minutes.key, "99")
    settings.store.setValue(Settings.language.key, "fr")
    settings.store.setValue(Settings.lock_on_minimise.key, "false")
    assert (settings.language, settings.idle_minutes, settings.lock_on_minimise) == ("nl", 3, False)
    settings.window_geometry = b"\x01\x02geometry"
    assert Settings(settings.store).window_geometry == b"\x01\x02geometry"


def test_work_runs_off_the_gui_thread_and_reports_on_it(qtbot) -> None:  # noqa: ANN001
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress) -> int:  # noqa: ANN001
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        progress(1, 2)
        return 42

    def done(value: object) -> None:
        seen["value"], seen["on_gui"] = value, QThread.currentThread() is gui_thread

    run_in_background(
        work, on_success=done, on_error=seen.setdefault, on_progress=lambda d, t: None
    )
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen == {"worker": True, "value": 42, "on_gui": True}
    errors: list[object] = []
    run_in_background(lambda: 1 / 0, on_success=errors.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_main_starts_the_wizard_for_a_new_folder(qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after main sets it
    before = set(QApplication.topLevelWidgets())
    shown: list[tuple[str, str]] = []

    def no_event_loop(*_args: object) -> int:
        """What is on screen while the app would run: main() deletes its windows after."""
        new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        shown.extend((type(w).__name__, w.windowTitle()) for w in new)
        return 0

    monkeypatch.setattr(QApplication, "exec", no_event_loop)
    code = gui_app.main(["emp-desktop", "--vault", str(tmp_path / "kluis"), "--lang", "en"])
    assert code == 0
    assert shown == [("CreateVaultWizard", f"New vault — {APP_TITLE}")]
    # A clean quit: every window main() made is gone, and no main window was built for it.
    assert [w for w in QApplication.topLevelWidgets() if w not in before] == []


def test_arguments() -> None:
    args, rest = gui_app.parse_args(["--vault", "/x", "--lang", "en", "-style", "fusion"])
    assert (args.vault, args.lang, rest) == ("/x", "en", ["-style", "fusion"])


def test_every_window_title_in_the_code_names_the_app() -> None:
    """Dialogs the walk does not open too: each title is made with `titled` or APP_TITLE."""
    import re

    gui = Path(__file__).parents[2] / "src" / "emp_desktop" / "gui"
    bare = []
    for source in gui.rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            match = re.search(r"setWindowTitle\((.*)\)", line)
            if match and not re.search(r"titled\(|APP_TITLE|title\b|_title\b", match.group(1)):
                bare.append(f"{source.name}: {line.strip()}")
    assert bare == []
