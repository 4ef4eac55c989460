"""F1: the manual's chapter for the screen the user is on, in the app's own viewer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from emp_desktop.gui.help import CHAPTERS, CONTENTS, FIRST_START, HelpWindow
from emp_desktop.gui.main_window import Area
from emp_desktop.locations import manual_dir


def test_every_screen_has_a_chapter_that_exists() -> None:
    assert set(CHAPTERS) == set(Area)
    for name in {*CHAPTERS.values(), CONTENTS, FIRST_START}:
        assert (manual_dir() / name).is_file(), name


def test_f1_opens_the_chapter_of_the_current_area(qtbot, unlocked) -> None:  # noqa: ANN001
    window = unlocked.main_window
    window.show_area(Area.EXPORT)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    viewer = window.help_window
    assert viewer.isVisible() and viewer.current_chapter() == "05-exports.md"
    assert "Wat de beveiliging van cijfers doet" in viewer.browser.toPlainText()
    window.show_area(Area.TRAJECTORY)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_window is viewer and viewer.current_chapter() == CHAPTERS[Area.TRAJECTORY]
    unlocked.lock()  # locking closes every dialog of the main window, the manual too
    assert not viewer.isVisible()


def test_f1_on_the_unlock_window_explains_the_first_start(qtbot, unlocked) -> None:  # noqa: ANN001
    unlocked.lock()
    window = unlocked.unlock_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_F1)
    assert unlocked.unlock_window.help_window.current_chapter() == FIRST_START


def test_only_links_inside_the_manual_are_followed(qtbot) -> None:  # noqa: ANN001
    viewer = HelpWindow()
    qtbot.addWidget(viewer)
    viewer.show_chapter(CONTENTS)
    viewer._follow(QUrl("https://example.org/handleiding.md"))
    viewer._follow(QUrl("../../README.md"))
    assert viewer.current_chapter() == CONTENTS
    viewer._follow(QUrl("07-back-up-en-herstel.md"))
    assert viewer.current_chapter() == "07-back-up-en-herstel.md"
    assert "Back-ups die vanzelf gaan" in viewer.browser.toPlainText()
