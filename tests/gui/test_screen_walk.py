"""Every page and dialog, as a screen reader and a keyboard user meet it.

Walks the main window's areas (and the person detail's tabs, the trajectory of a
person, and the dialogs a coordinator opens) over a small demo-filled vault, in Dutch:
no showing input without an accessible name, no check box read by another name than
its text, no two equal mnemonics in one window. A second walk with a pseudo-translator
finds texts that never went through a translation. A third, at 1366×768, fails when a
page would need to scroll sideways.
"""

from __future__ import annotations

import pprint
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from emp_desktop.domain.care import ZRM_DOMAINS
from emp_desktop.domain.vocabulary import Term
from emp_desktop.gui import translation
from emp_desktop.gui.areas import Area
from emp_desktop.gui.controller import AppController
from emp_desktop.gui.registry.draft_banner import QUICK_ENTRY_KEY
from emp_desktop.services import demo_service, draft_service, registry_service
from emp_desktop.services.registry_dto import PersonQuery
from tests.gui import walk
from tests.gui.conftest import unlock_with

LAPTOP = (1366, 768)


def _fill(controller: AppController) -> AppController:
    """A few dozen synthetic persons, contacts and advice questions in the open vault."""
    controller.session.call(
        lambda vault: demo_service.fill_demo(vault, 30, seed=7, contacts_per_person=2)
    )
    controller.main_window.resize(*LAPTOP)
    return controller


@pytest.fixture
def filled(unlocked: AppController) -> AppController:
    return _fill(unlocked)


@pytest.fixture
def pseudo(qtbot, test_vault, make_controller, dutch, monkeypatch) -> Iterator[AppController]:  # noqa: ANN001
    """Every window built after the pseudo-translator: each translated text is marked,
    the Qt catalogues' and the domain's (vocabulary labels, shared messages) alike."""
    label, shared = Term.label, translation.text
    monkeypatch.setattr(Term, "label", lambda term, lang="nl": walk.mark(label(term, lang)))
    monkeypatch.setattr(
        translation, "text", lambda key, lang, **params: walk.mark(shared(key, lang, **params))
    )
    translator = walk.install_pseudo()
    try:
        controller = make_controller(test_vault.folder)
        controller.start()
        unlock_with(qtbot, controller)
        yield _fill(controller)
    finally:
        QCoreApplication.removeTranslator(translator)


def _settle(qtbot) -> None:  # noqa: ANN001
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    qtbot.wait(20)
    QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()


def screens(controller: AppController, qtbot) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """(name, root) for each screen state; the root's window is what a user sees."""
    window = controller.main_window
    # A kept draft, so that the draft banners (and their mnemonics) are on screen too.
    controller.session.call(draft_service.save_draft, QUICK_ENTRY_KEY, {"mode": 0, "fields": {}})
    for area in Area:
        window.show_area(area)
        _settle(qtbot)
        yield from _with_tabs(area.name, window, qtbot)
    first = controller.session.call(registry_service.list_persons, PersonQuery(), 1)[0]
    window.navigate(Area.CLIENTS, person_id=first.id)
    _settle(qtbot)
    yield from _with_tabs("person", window, qtbot)
    window.navigate(Area.TRAJECTORY, person_id=first.id)
    _settle(qtbot)
    yield from _with_tabs("trajectory of a person", window, qtbot)
    window.navigate(Area.CLIENTS)
    yield from _dialogs(controller, qtbot)


def _with_tabs(name: str, window: QWidget, qtbot) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    """The screen, then the screen with each tab of its showing tab widgets in front."""
    yield name, window
    for tabs in walk.showing(window, QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle(qtbot)
            yield f"{name}/{walk.plain(tabs.tabText(index))}", window
        tabs.setCurrentIndex(0)


def _dialogs(controller: AppController, qtbot) -> Iterator[tuple[str, QWidget]]:  # noqa: ANN001
    window = controller.main_window
    quick = window.page(Area.CLIENTS).quick_entry
    dialog = quick.open()
    for mode in range(len(dialog.forms)):
        dialog.set_mode(mode)
        _settle(qtbot)
        yield f"quick entry/{mode}", dialog
    dialog.cancel()
    advice = window.page(Area.ADVICE)
    window.show_area(Area.ADVICE)
    _settle(qtbot)
    opened = advice.open_row(0)
    assert opened is not None
    _settle(qtbot)
    yield "advice question", opened
    opened.reject()


def _failures(controller: AppController, qtbot) -> dict[str, list]:  # noqa: ANN001
    problems: dict[str, list] = {}
    for name, root in screens(controller, qtbot):
        found = {
            "unnamed": walk.unnamed_inputs(root),
            "checkbox": walk.checkbox_mismatches(root),
            "mnemonics": walk.mnemonic_clashes(root),
        }
        if any(found.values()):
            problems[name] = [(k, v) for k, v in found.items() if v]
    return problems


def test_every_screen_names_its_inputs_and_keeps_mnemonics_apart(filled, qtbot) -> None:  # noqa: ANN001
    problems = _failures(filled, qtbot)
    assert problems == {}, pprint.pformat(problems, width=100)


# Data, not interface: codes, numbers, dates, the vault's folder, the app's name, and the
# thirteen ZRM domains (the Dutch names of the instrument, the same in every language).
ZRM_NAMES = "|".join(re.escape(d) for d in ZRM_DOMAINS["2017"])
DATA = re.compile(
    rf"(EMP-\d{{4}}-\d+|[\d\s.,:%/<>+()-]+|\S*/\S*|EMP Desktop|ZRM|—|(({ZRM_NAMES}):))",
    re.S,
)


def test_every_text_on_screen_goes_through_translation(pseudo, qtbot) -> None:  # noqa: ANN001
    found = {}
    for name, root in screens(pseudo, qtbot):
        left = walk.unmarked(walk.shown_texts(root), DATA)
        if left:
            found[name] = sorted(set(left))
    assert found == {}, pprint.pformat(found, width=100)


def test_no_page_scrolls_sideways_on_a_laptop_screen(filled, qtbot) -> None:  # noqa: ANN001
    window = filled.main_window
    window.resize(*LAPTOP)
    too_wide = {}
    for name, root in screens(filled, qtbot):
        if root is not window:
            continue
        need = window.minimumSizeHint().width()
        # A scroll area (a form) or a table (its columns) that scrolls sideways.
        bars = [
            view.accessibleName() or type(view).__name__
            for view in walk.showing(window, QAbstractScrollArea)
            if isinstance(view, QScrollArea | QTableView) and view.horizontalScrollBar().isVisible()
        ]
        if need > LAPTOP[0] or bars or window.width() > LAPTOP[0]:
            too_wide[name] = (need, bars)
    assert too_wide == {}, pprint.pformat(too_wide, width=100)
