"""The self-test's checklist, Dutch first (the IT administrator reads it after installing).

Kept apart from domain.messages so that the checklist can grow without touching the
error texts every area shares.
"""

from __future__ import annotations

from emp_desktop.domain.messages import DEFAULT_LANGUAGE

_TEXTS: dict[str, dict[str, str]] = {
    "title": {"nl": "EMP Desktop {version} – zelftest", "en": "EMP Desktop {version} – self-test"},
    "ok": {"nl": "[ OK ]", "en": "[ OK ]"},
    "fail": {"nl": "[FOUT]", "en": "[FAIL]"},
    "sqlcipher": {
        "nl": "SQLCipher aanwezig: {detail}",
        "en": "SQLCipher present: {detail}",
    },
    "crypto": {
        "nl": "Argon2id en AES-256-GCM: sleutel afgeleid, ingepakt, teruggehaald en vervalsing "
        "geweigerd ({detail})",
        "en": "Argon2id and AES-256-GCM: key derived, wrapped, unwrapped and forgery refused "
        "({detail})",
    },
    "vault": {
        "nl": "Tijdelijke kluis gemaakt, bijgewerkt tot het nieuwste schema, beschreven, "
        "vergrendeld, heropend, gecontroleerd en verwijderd ({detail})",
        "en": "Temporary vault created, migrated to head, written, locked, reopened, verified "
        "and deleted ({detail})",
    },
    "fonts": {"nl": "Lettertypen gevonden: {detail}", "en": "Fonts found: {detail}"},
    "translations": {
        "nl": "Vertalingen gevonden: {detail}",
        "en": "Translations found: {detail}",
    },
    "manual": {"nl": "Handleiding gevonden: {detail}", "en": "Manual found: {detail}"},
    "pdf": {"nl": "PDF van één pagina gemaakt: {detail}", "en": "One-page PDF rendered: {detail}"},
    "disclosure": {
        "nl": "Beveiliging van cijfers (SciPy) werkt: {detail}",
        "en": "Disclosure control (SciPy) works: {detail}",
    },
    "qt": {
        "nl": "Qt start met de platform-plug-in offscreen: {detail}",
        "en": "Qt starts its offscreen platform plugin: {detail}",
    },
    "qt_fonts": {
        "nl": "Qt vindt lettertypen: {detail}",
        "en": "Qt finds fonts: {detail}",
    },
    "qt_translations": {
        "nl": "Qt laadt de Nederlandse vertalingen: {detail}",
        "en": "Qt loads the Dutch translations: {detail}",
    },
    "no_socket": {
        "nl": "Geen netwerkverbinding geopend: {detail}",
        "en": "No network connection opened: {detail}",
    },
    "no_socket_child": {
        "nl": "emp-desktop (voor de Qt-controles) opende geen netwerkverbinding: {detail}",
        "en": "emp-desktop (for the Qt checks) opened no network connection: {detail}",
    },
    "no_socket_none": {"nl": "geen poging", "en": "no attempt"},
    "socket_attempts": {
        "nl": "{count} poging(en) geweigerd: {detail}",
        "en": "{count} attempt(s) refused: {detail}",
    },
    "all_ok": {
        "nl": "Alles in orde: {count} controles geslaagd in {seconds} s.",
        "en": "All good: {count} checks passed in {seconds} s.",
    },
    "some_failed": {
        "nl": "Zelftest mislukt: {failed} van {count} controles niet in orde ({seconds} s). "
        "Installeer EMP Desktop opnieuw of neem contact op met de leverancier.",
        "en": "Self-test failed: {failed} of {count} checks not passed ({seconds} s). "
        "Reinstall EMP Desktop or contact the supplier.",
    },
}


def text(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    entry = _TEXTS[key]
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params)


def all_keys() -> list[str]:
    return list(_TEXTS)


def template(key: str, lang: str) -> str:
    return _TEXTS[key][lang]
