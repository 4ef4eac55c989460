"""Registry GUI fixtures: an unlocked main window over a vault with a few persons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool

from emp_desktop.domain.registry import IdentityInput, PersonInput, RegistrationInput
from emp_desktop.gui.areas import Area
from emp_desktop.gui.controller import AppController
from emp_desktop.gui.main_window import MainWindow
from emp_desktop.gui.registry.clients_page import ClientsPage
from emp_desktop.services import demo_service, registry_service
from emp_desktop.services.registry_dto import PersonRef
from tests.conftest import CANARY


@dataclass
class Registry:
    controller: AppController
    refs: list[PersonRef]

    @property
    def window(self) -> MainWindow:
        return self.controller.main_window

    @property
    def page(self) -> ClientsPage:
        return self.window.page(Area.CLIENTS)  # type: ignore[return-value]

    def call(self, fn, *args):  # noqa: ANN001, ANN201
        return self.controller.session.call(fn, *args)


def register(controller: AppController, **person: object) -> PersonRef:
    identity = person.pop("identity", None)
    day = person.pop("day", date(2025, 3, 1))
    forms = person.pop("forms", ("seksueel",))
    return controller.session.call(
        registry_service.register_person,
        PersonInput(**{"gender": "v", "municipality": "GM0772", **person}),
        RegistrationInput(date=day, forms=forms, melder="politie"),
        identity,
    )


def wait_loaded(qtbot, page: ClientsPage) -> None:  # noqa: ANN001
    """Until every query in flight has reported back to the GUI thread."""
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: not page.model.busy, timeout=5000)


@pytest.fixture
def registry(qtbot, unlocked) -> Registry:  # noqa: ANN001
    refs = [
        register(
            unlocked,
            identity=IdentityInput(first_name=CANARY, surname="Testpersoon", estimated_age=16),
            estimated_age=16,
        ),
        register(unlocked, gender="m", municipality="GM0753", forms=("arbeid", "crimineel")),
        register(unlocked, day=date(2024, 5, 5), municipality="GM1771", estimated_age=30),
    ]
    found = Registry(unlocked, refs)
    found.window.show_area(Area.CLIENTS)
    wait_loaded(qtbot, found.page)
    return found


@pytest.fixture
def crowded(qtbot, unlocked) -> Registry:  # noqa: ANN001
    """450 synthetic persons: more than two pages of the lazy list."""
    demo_service.fill_demo(unlocked.session.vault, 450, seed=7, contacts_per_person=2)
    found = Registry(unlocked, [])
    found.window.show_area(Area.CLIENTS)
    wait_loaded(qtbot, found.page)
    return found
