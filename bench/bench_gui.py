"""What the coordinator waits for: the real application (controller, unlock window, main
window, every page) offscreen on the 100,000-person vault of bench/_shared.py, driven by
key presses, timed until the result is *painted*. One JSON line per measure.

gui_search_to_rows    a key in the person search until the new rows are painted; the
                      search's own pause (debounce) is excluded and reported apart
gui_open_person       Enter on a row of the list until the person's detail is painted
gui_quick_entry_save  Enter in quick entry (a contact) until the confirmation is painted
unlock_to_dashboard   Enter in the unlock window until the dashboard's figures are
                      painted: Argon2id (production cost), SQLCipher, schema check, audit
gui_dashboard_ready   the same from the moment the vault is open (after the KDF)
gui_dashboard_charts  the trend chart and map (off the GUI thread) after the vault is open
gui_peak_rss          the process's peak resident memory with every page visited

Usage: python bench/bench_gui.py [persons]. Targets (issue 17): interactive ≤ 0.050 s,
unlock_to_dashboard ≤ 1.5 s, peak RSS ≤ 400 MB.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="emp-bench-settings-")

from _shared import PASSPHRASE, emit, emit_line, large_vault  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from emp_desktop.gui.areas import Area  # noqa: E402
from emp_desktop.gui.controller import AppController  # noqa: E402
from emp_desktop.gui.settings import APPLICATION, ORGANISATION, Settings  # noqa: E402
from emp_desktop.gui.translation import install_translators  # noqa: E402
from emp_desktop.services import vault_service  # noqa: E402

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
RUNS = 5
INTERACTIVE = {"target_seconds": 0.05}


class PaintClock(QObject):
    """The moment of the latest paint of each watched widget."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[int, float] = {}

    def watch(self, widget: QWidget) -> QWidget:
        widget.installEventFilter(self)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted[id(watched)] = time.perf_counter()
        return False

    def painted_after(self, widget: QWidget, moment: float) -> bool:
        return self.painted.get(id(widget), 0.0) > moment


def wait_until(condition: Callable[[], bool], timeout: float = 300.0) -> float:
    """Runs the event loop until `condition` holds; the moment it was seen to hold."""
    deadline = time.perf_counter() + timeout
    app = QApplication.instance()
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI did not get there in time")
        app.processEvents()
        time.sleep(0.0005)
    return time.perf_counter()


def settle() -> None:
    """Until no query is running and every queued result has been delivered."""
    pool = QThreadPool.globalInstance()
    wait_until(lambda: pool.activeThreadCount() == 0)
    for _ in range(20):
        QApplication.instance().processEvents()


class Probe:
    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.clock = PaintClock()
        self.unlock_done = 0.0
        self.charts_done: dict[str, float] = {}
        self._instrument()

    @property
    def window(self):  # noqa: ANN201
        return self.controller.main_window

    def _instrument(self) -> None:
        real_unlock = vault_service.unlock

        def timed_unlock(*args: object) -> object:
            opened = real_unlock(*args)
            self.unlock_done = time.perf_counter()
            return opened

        vault_service.unlock = timed_unlock  # the unlock window looks it up per call
        board = self.window.page(Area.DASHBOARD)
        self.clock.watch(board.reports.value)
        for name in ("chart", "map"):
            widget = getattr(board, name)
            real = widget.set_figures

            def shown(*args: object, _real=real, _name=name) -> None:  # noqa: ANN001
                _real(*args)
                self.charts_done[_name] = time.perf_counter()

            widget.set_figures = shown

    def unlock(self) -> dict[str, float]:
        window = self.controller.unlock_window
        window.passphrase.setText(PASSPHRASE)
        self.charts_done.clear()
        value = self.window.page(Area.DASHBOARD).reports.value
        start = time.perf_counter()
        QTest.keyClick(window.passphrase, Qt.Key.Key_Return)
        painted = wait_until(
            lambda: self.window.isVisible()
            and bool(value.text())
            and self.clock.painted_after(value, self.unlock_done)
        )
        charts = wait_until(lambda: len(self.charts_done) == 2)
        settle()
        return {
            "unlock_to_dashboard": painted - start,
            "gui_dashboard_ready": painted - self.unlock_done,
            "gui_dashboard_charts": charts - self.unlock_done,
            "unlock_call": self.unlock_done - start,
        }

    def lock(self) -> None:
        self.controller.lock()
        wait_until(lambda: not self.controller.session.is_open)

    def clients(self):  # noqa: ANN201
        self.window.show_area(Area.CLIENTS)
        page = self.window.page(Area.CLIENTS)
        self.clock.watch(page.table.viewport())
        self.clock.watch(page.detail.title)
        settle()
        return page

    def search_once(self, page, prefix: str, key: str) -> tuple[float, float]:  # noqa: ANN001
        """(query start until rows painted, key until query start)."""
        page.filters.apply(text=prefix)
        settle()
        marks: dict[str, float] = {}

        def query_started() -> None:
            marks.setdefault("query", time.perf_counter())

        def rows_arrived() -> None:
            marks.setdefault("rows", time.perf_counter())

        page.filters.timer.timeout.connect(query_started)
        page.model.loaded.connect(rows_arrived)
        viewport = page.table.viewport()
        start = time.perf_counter()
        QTest.keyClicks(page.filters.search, key)
        try:
            done = wait_until(
                lambda: "rows" in marks and self.clock.painted_after(viewport, marks["rows"])
            )
        finally:
            page.filters.timer.timeout.disconnect(query_started)
            page.model.loaded.disconnect(rows_arrived)
        settle()
        return done - marks["query"], marks["query"] - start

    def open_person_once(self, page, row: int) -> float:  # noqa: ANN001
        page.table.setFocus()
        page.table.setCurrentIndex(page.model.index(row, 0))
        start = time.perf_counter()
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        done = wait_until(
            lambda: page.stack.currentWidget() is page.detail
            and self.clock.painted_after(page.detail.title, start)
        )
        settle()
        page.back_to_list()
        settle()
        return done - start

    def quick_entry_once(self, page, code: str) -> float:  # noqa: ANN001
        dialog = page.quick_entry.open()
        settle()
        form = dialog.forms[0]
        form.code.setText(code)
        form.note.setText("bench")
        status = self.clock.watch(self.window.statusBar())
        start = time.perf_counter()
        QTest.keyClick(form.note, Qt.Key.Key_Return)
        done = wait_until(
            lambda: not dialog.isVisible()
            and bool(self.window.statusBar().currentMessage())
            and self.clock.painted_after(status, start)
        )
        settle()
        self.window.statusBar().clearMessage()
        return done - start

    def visit_every_page(self) -> None:
        for area in Area:
            self.window.show_area(area)
            settle()
        contacts = self.window.page(Area.CONTACTS)
        for _ in range(20):  # scroll Contacten down a few thousand rows
            contacts.table.scrollToBottom()
            settle()


def reset_peak_rss() -> bool:
    """Linux: '5' in clear_refs resets VmHWM, so the peak of what follows can be read."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def rss_mb() -> dict[str, float]:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                fields[name] = int(value.split()[0]) / 1024
    return fields


def _interactive(probe: Probe) -> None:
    page = probe.clients()
    terms = ["j", "ja", "jan", "EMP-2024-01", "eind"]
    per_term, debounce = {}, []
    for term in terms:
        samples = [probe.search_once(page, term[:-1], term[-1]) for _ in range(RUNS)]
        per_term[term] = statistics.median(s[0] for s in samples)
        debounce += [s[1] for s in samples]
    emit(
        "gui_search_to_rows",
        max(per_term.values()),
        debounce_seconds=round(statistics.median(debounce), 4),
        per_term={t: round(s, 4) for t, s in per_term.items()},
        **INTERACTIVE,
    )
    page.filters.apply(text="")
    settle()
    rows = [0, 57, 120, 199]
    emit(
        "gui_open_person",
        statistics.median(probe.open_person_once(page, r) for r in rows * 2),
        **INTERACTIVE,
    )
    code = page.model.index(3, 0).data()
    emit(
        "gui_quick_entry_save",
        statistics.median(probe.quick_entry_once(page, code) for _ in range(RUNS)),
        **INTERACTIVE,
    )


def main() -> None:
    folder, _plain, _build = large_vault(PERSONS)
    app = QApplication(["emp-desktop-bench"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    install_translators(app, "nl")
    controller = AppController(Path(folder), Settings())
    controller.start()
    probe = Probe(controller)
    unlocks = []
    for attempt in range(3):
        unlocks.append(probe.unlock())
        if attempt < 2:
            probe.lock()
    scale = {"persons": PERSONS}
    for measure, target in (
        ("unlock_to_dashboard", {"target_seconds": 1.5}),
        ("gui_dashboard_ready", INTERACTIVE),
        ("gui_dashboard_charts", {}),
    ):
        kdf = statistics.median(u["unlock_call"] for u in unlocks)
        emit(
            measure,
            statistics.median(u[measure] for u in unlocks),
            unlock_call_seconds=round(kdf, 4),
            **target,
            **scale,
        )
    # The unlocks' peak holds Argon2id's 256 MiB (freed once the key is derived); the
    # figure of the target is the peak while the vault is open and every page is used.
    with_kdf = rss_mb()["VmHWM"]
    reset = reset_peak_rss()
    _interactive(probe)
    probe.visit_every_page()
    memory = rss_mb()
    emit_line(
        "gui_peak_rss",
        peak_rss_mb=round(memory["VmHWM"], 1),
        since="vault open" if reset else "process start",
        rss_after_visiting_mb=round(memory["VmRSS"], 1),
        peak_rss_with_unlock_kdf_mb=round(max(with_kdf, memory["VmHWM"]), 1),
        target_mb=400,
        **scale,
    )
    probe.lock()
    controller.shutdown()
    sys.stdout.flush()
    # Past this point only interpreter teardown is left, which PySide6 does not always
    # survive with a thread pool and many widgets; the figures are printed already.
    os._exit(0)


if __name__ == "__main__":
    main()
