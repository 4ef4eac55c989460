"""Which language the GUI speaks, and the Qt translators that make it so.

Dutch is the default. For Dutch two translators are installed: Qt's own `qtbase_nl`
(so standard buttons read "Annuleren") and ours. A missing .qm file is not fatal: the
app then shows its English source strings, which is better than not starting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from emp_desktop.domain.messages import error_text, text
from emp_desktop.locations import resources_dir
from emp_desktop.services.errors import as_emp_error

APP_TITLE = "EMP Desktop"  # in every window title; never a client's name, nor a code


def titled(what: str) -> str:
    """'Snelle invoer — EMP Desktop': a screen reader and the task bar say which window,
    and the app's name stays in it."""
    return f"{what} — {APP_TITLE}"
# One Dutch catalogue per GUI package, so that areas can be translated independently.
# Catalogue name → the GUI sources (relative to the gui package) whose strings it holds.
CATALOGUES: dict[str, tuple[str, ...]] = {
    "emp_desktop_nl": ("*.py", "pages/*.py"),
    "registry_nl": ("registry/*.py",),
    "care_nl": ("care/*.py",),
    "export_nl": ("export/*.py",),
    "region_nl": ("region/*.py",),
    "safekeeping_nl": ("safekeeping/*.py",),
}
CATALOGUE = "emp_desktop_nl"

_language = "nl"


def language() -> str:
    """The language of the running GUI, for the shared texts in domain.messages."""
    return _language


def translations_dir() -> Path | None:
    try:
        return resources_dir() / "translations"
    except FileNotFoundError:
        return None


def _load(app: QCoreApplication, name: str, folder: Path | str | None) -> QTranslator | None:
    if folder is None:
        return None
    translator = QTranslator(app)  # parented, so it lives as long as the app
    if not translator.load(name, str(folder)):
        return None
    app.installTranslator(translator)
    return translator


def install_translators(
    app: QCoreApplication, lang: str, folder: Path | None = None
) -> list[QTranslator]:
    """Installs the translators for `lang`; `folder` overrides where ours is (tests)."""
    global _language
    _language = lang
    if lang != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = folder or translations_dir()
    found = [_load(app, "qtbase_nl", qt_folder)]
    found += [_load(app, name, ours) for name in CATALOGUES]
    return [t for t in found if t is not None]


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    global _language
    for translator in translators:
        app.removeTranslator(translator)
    _language = "nl"
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


def error_message(error: BaseException) -> str:
    """The text the CLI would print for the same error; a generic one for the unexpected."""
    typed = as_emp_error(error) if isinstance(error, BaseException) else None
    if typed is not None:
        return error_text(typed, _language)
    return text("error", _language)


def shared_text(key: str, **params: object) -> str:
    return text(key, _language, **params)
