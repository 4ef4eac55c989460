"""UI preferences, declared once with type and default: never anything about a client.

They live in a QSettings INI file under the platform's config folder, readable by the
coordinator; everything about clients lives only in the encrypted vault. Call sites use
the attributes of `Settings`, never string keys, so a typo cannot create a second key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "EMP"
APPLICATION = "EMP Desktop"
LANGUAGES = ("nl", "en")
IDLE_MINUTES_MIN = 1
IDLE_MINUTES_MAX = 10


def open_store() -> QSettings:
    """The one INI file of the app; tests redirect it with QSettings.setPath."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    return str(raw).strip().lower() in ("true", "1", "yes")


def _to_bytes(raw: Any) -> bytes:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    return raw if isinstance(raw, bytes) else b""


class Preference(Generic[T]):
    """One setting: its INI key, its default, and what counts as a valid value.

    An INI file is text a person may edit; anything unreadable or out of range falls
    back to the default instead of breaking the app.
    """

    def __init__(self, key: str, default: T, valid: Callable[[T], bool] | None = None) -> None:
        self.key = key
        self.default = default
        self._valid = valid or (lambda _value: True)

    def _convert(self, raw: Any) -> T:
        kind = type(self.default)
        if kind is bool:
            return _to_bool(raw)  # type: ignore[return-value]
        if kind is bytes:
            return _to_bytes(raw)  # type: ignore[return-value]
        return kind(raw)  # type: ignore[call-arg]

    def __get__(self, settings: Settings | None, owner: type) -> T:
        if settings is None:
            return self  # type: ignore[return-value]  # class access: the declaration
        raw = settings.store.value(self.key, self.default)
        try:
            value = self._convert(raw)
        except (TypeError, ValueError):
            return self.default
        return value if self._valid(value) else self.default

    def __set__(self, settings: Settings, value: T) -> None:
        stored = QByteArray(value) if isinstance(value, bytes) else value
        settings.store.setValue(self.key, stored)


class Settings:
    language = Preference("ui/language", "nl", lambda v: v in LANGUAGES)
    idle_minutes = Preference(
        "lock/idle_minutes", 3, lambda v: IDLE_MINUTES_MIN <= v <= IDLE_MINUTES_MAX
    )
    lock_on_minimise = Preference("lock/on_minimise", True)
    window_geometry = Preference("window/geometry", b"")

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_store()

    def sync(self) -> None:
        self.store.sync()
