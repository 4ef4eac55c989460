"""`--self-test`: what the IT administrator runs after installing, on either executable.

Every check uses the real parts (SQLCipher, Argon2id with production cost, Alembic, the
shipped fonts and ReportLab) in a temporary folder that is deleted afterwards; nothing
touches the user's vault or settings. The whole run happens inside a NetworkGuard, and
"no socket opened" is itself a check. The GUI adds its Qt checks through `extra`.
"""

from __future__ import annotations

import io
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from emp_desktop import __version__
from emp_desktop.domain import selftest_texts as texts
from emp_desktop.domain.errors import EmpError
from emp_desktop.locations import manual_dir, resources_dir
from emp_desktop.reports.layout import register_fonts
from emp_desktop.reports.selftest_page import self_test_page
from emp_desktop.services import vault_service
from emp_desktop.services.network_guard import NetworkGuard
from emp_desktop.storage import keyslots, migrate
from emp_desktop.storage.diagnostics import probe_cipher
from emp_desktop.storage.keyslots import KdfParams

# The vault round trip proves SQLCipher, Alembic and the key-slot file; Argon2id at its
# production cost is proven once in the crypto check, so the vault uses the minimum
# production-grade memory with one pass (it still allocates 64 MiB, a real Argon2id).
VAULT_KDF = KdfParams(memory_kib=keyslots.MINIMUM_MEMORY_KIB, iterations=1, parallelism=1)
MARK = "EMP zelftest"


class CheckFailed(Exception):
    """A check ran and found something wrong; the message names what (no personal data)."""


@dataclass(frozen=True)
class Check:
    key: str  # the text key in domain.selftest_texts
    ok: bool
    detail: str


@dataclass(frozen=True)
class SelfTestReport:
    version: str
    checks: tuple[Check, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


CheckFunction = Callable[[Path], str]  # returns the detail; raises CheckFailed


def _sqlcipher(work: Path) -> str:
    report = probe_cipher(work)
    if not report.file_encrypted:
        raise CheckFailed("het proefbestand is niet versleuteld")
    s = report.settings
    return (
        f"versie {report.version}, {report.provider}; pagina {s.get('cipher_page_size', '?')} "
        f"bytes, HMAC {s.get('cipher_hmac_algorithm', '?')}, "
        f"KDF {s.get('cipher_kdf_algorithm', '?')} (niet gebruikt: ruwe sleutel)"
    )


def _crypto(_work: Path) -> str:
    """Argon2id once at production cost (the memory must be there), then AES-256-GCM with
    the derived key: round trip, and a forged byte or a changed context refused. The
    key-slot format itself is exercised by the vault check."""
    kdf = KdfParams.production()
    started = time.perf_counter()
    key = keyslots.derive_key(secrets.token_urlsafe(24), secrets.token_bytes(16), kdf)
    seconds = time.perf_counter() - started
    master, nonce, context = keyslots.new_master_key(), secrets.token_bytes(12), b"zelftest"
    sealed = AESGCM(key).encrypt(nonce, master, context)
    if AESGCM(key).decrypt(nonce, sealed, context) != master:
        raise CheckFailed("teruggehaalde sleutel wijkt af")
    forged = bytes([sealed[0] ^ 1]) + sealed[1:]
    for data, aad in ((forged, context), (sealed, b"ander")):
        try:
            AESGCM(key).decrypt(nonce, data, aad)
        except InvalidTag:
            continue
        raise CheckFailed("vervalsing werd aanvaard")
    shown = f"{seconds:.1f}".replace(".", ",")
    return f"{kdf.memory_kib // 1024} MiB, {kdf.iterations} rondes, afleiding {shown} s"


def _vault(work: Path) -> str:
    folder = work / "kluis"
    passphrase = f"Zelftest-{secrets.token_urlsafe(18)}"
    created = vault_service.create_vault(folder, passphrase, kdf=VAULT_KDF)
    head = migrate.head_revision()
    try:
        if migrate.current_revision(created.vault.engine) != head:
            raise CheckFailed("schema niet bijgewerkt")
        vault_service.set_organisation_name(created.vault, MARK)
    finally:
        vault_service.lock(created.vault)
    opened = vault_service.unlock(folder, passphrase)
    try:
        if vault_service.organisation_name(opened) != MARK:
            raise CheckFailed("geschreven gegevens niet teruggelezen")
        report = vault_service.verify_vault(opened)
    finally:
        vault_service.lock(opened)
    if not (report.cipher_ok and report.integrity_ok and report.schema_at_head):
        raise CheckFailed("controle van de heropende kluis mislukt")
    shutil.rmtree(folder)
    if folder.exists():
        raise CheckFailed("tijdelijke kluis niet verwijderd")
    return f"schema {head}"


def _fonts(_work: Path) -> str:
    folder = resources_dir() / "fonts"
    files = sorted(p.name for p in folder.glob("*.ttf"))
    if not files:
        raise CheckFailed(f"geen .ttf in {folder}")
    return f"{register_fonts()} voor PDF ({len(files)} bestanden)"


def _translations(_work: Path) -> str:
    folder = resources_dir() / "translations"
    compiled = sorted(p.stem for p in folder.glob("*.qm") if p.stat().st_size > 0)
    sources = {p.stem for p in folder.glob("*.ts")}
    missing = sorted(sources - set(compiled))
    if not compiled or missing:
        raise CheckFailed(f"niet gecompileerd: {', '.join(missing) or 'alles'}")
    return ", ".join(compiled)


def _manual(_work: Path) -> str:
    folder = manual_dir()
    chapters = sorted(folder.glob("*.md"))
    pdf = folder / "handleiding.pdf"
    if not chapters:
        raise CheckFailed(f"geen hoofdstukken in {folder}")
    if getattr(sys, "frozen", False) and not pdf.is_file():
        raise CheckFailed("handleiding.pdf ontbreekt in de bundel")
    shipped = "met handleiding.pdf" if pdf.is_file() else "zonder PDF (bronmap)"
    return f"{len(chapters)} hoofdstukken, {shipped}"


def _pdf(_work: Path) -> str:
    from pypdf import PdfReader  # only here: the self-test is its one user in services

    data = self_test_page()
    pages = len(PdfReader(io.BytesIO(data)).pages)
    if not data.startswith(b"%PDF-") or pages != 1:
        raise CheckFailed(f"{pages} pagina's")
    return f"{len(data) // 1024} kB, lettertype ingesloten"


def _disclosure(_work: Path) -> str:
    """Disclosure control rests on SciPy's HiGHS: a bundle missing a piece of it would
    only show when the first export is refused. A small attacker's LP: two hidden cells
    summing to 7, each at least 1 — the attacker learns one lies in [1, 6]."""
    from scipy.optimize import linprog  # late: SciPy is loaded on first use only

    bounds = [(1, None), (1, None)]
    low = linprog([1, 0], A_eq=[[1, 1]], b_eq=[7], bounds=bounds, method="highs")
    high = linprog([-1, 0], A_eq=[[1, 1]], b_eq=[7], bounds=bounds, method="highs")
    interval = (round(low.fun), round(-high.fun)) if low.success and high.success else None
    if interval != (1, 6):
        raise CheckFailed(f"interval {interval}, verwacht (1, 6)")
    return "HiGHS rekent: interval [1, 6] zoals verwacht"


CORE_CHECKS: tuple[tuple[str, CheckFunction], ...] = (
    ("sqlcipher", _sqlcipher),
    ("crypto", _crypto),
    ("vault", _vault),
    ("fonts", _fonts),
    ("translations", _translations),
    ("manual", _manual),
    ("pdf", _pdf),
    ("disclosure", _disclosure),
)


def run_check(key: str, check: CheckFunction, work: Path) -> Check:
    try:
        return Check(key, True, check(work))
    except CheckFailed as failure:
        return Check(key, False, str(failure))
    except EmpError as error:
        return Check(key, False, f"{type(error).__name__} {error.key}")
    except Exception as error:  # noqa: BLE001 - a self-test reports, it does not crash
        return Check(key, False, f"{type(error).__name__}: {error}")


ExtraChecks = Callable[[Path], list[Check]]
Progress = Callable[[Check], None]


def run(
    extra: ExtraChecks | None = None,
    on_check: Progress | None = None,
    core: Sequence[tuple[str, CheckFunction]] | None = None,
) -> SelfTestReport:
    """Runs the core checks, then `extra` (Qt's), all under the guard; `on_check` sees
    each result as it comes, so a hard crash (Qt aborting) still leaves the lines before."""
    started = time.perf_counter()
    checks: list[Check] = []

    def record(check: Check) -> None:
        checks.append(check)
        if on_check is not None:
            on_check(check)

    with tempfile.TemporaryDirectory(prefix="emp-zelftest-") as tmp, NetworkGuard() as guard:
        for key, fn in CORE_CHECKS if core is None else core:
            record(run_check(key, fn, Path(tmp)))
        for check in extra(Path(tmp)) if extra else ():
            record(check)
    record(Check("no_socket", not guard.attempts, ", ".join(guard.attempts)))
    return SelfTestReport(__version__, tuple(checks), time.perf_counter() - started)


def _detail(check: Check, lang: str) -> str:
    if check.key not in ("no_socket", "no_socket_child"):
        return check.detail
    if check.ok:
        return texts.text("no_socket_none", lang)
    count = len(check.detail.split(", "))
    return texts.text("socket_attempts", lang, count=count, detail=check.detail)


def _seconds(value: float, lang: str) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "nl" else shown


def title(lang: str) -> str:
    return texts.text("title", lang, version=__version__)


def check_line(check: Check, lang: str) -> str:
    mark = texts.text("ok" if check.ok else "fail", lang)
    return f"{mark} {texts.text(check.key, lang, detail=_detail(check, lang))}"


def verdict(report: SelfTestReport, lang: str) -> str:
    failed = sum(not c.ok for c in report.checks)
    seconds = _seconds(report.seconds, lang)
    count = len(report.checks)
    if not failed:
        return texts.text("all_ok", lang, count=count, seconds=seconds)
    return texts.text("some_failed", lang, failed=failed, count=count, seconds=seconds)


def print_run(extra: ExtraChecks | None, lang: str, out: Callable[[str], None]) -> int:
    """Both executables' `--self-test`: the checklist line by line; 0 only if all hold."""
    out(title(lang))
    report = run(extra, on_check=lambda check: out(check_line(check, lang)))
    out(verdict(report, lang))
    return 0 if report.ok else 1


def _desktop_command(result_file: Path) -> list[str]:
    """The sibling emp-desktop of a bundle, or this Python's package in an installation."""
    if getattr(sys, "frozen", False):
        name = "emp-desktop.exe" if sys.platform == "win32" else "emp-desktop"
        return [str(Path(sys.executable).with_name(name)), "--self-test-qt", str(result_file)]
    return [sys.executable, "-m", "emp_desktop", "--self-test-qt", str(result_file)]


def qt_checks_in_child(work: Path) -> list[Check]:
    """emp-cli imports no Qt: it starts emp-desktop for the Qt checks and reads its file.
    The child's own socket verdict is folded into this process's list of attempts."""
    import json
    import os
    import subprocess

    result_file = work / "qt.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            _desktop_command(result_file), env=env, capture_output=True, timeout=120, check=False
        )
        raw = json.loads(result_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        done_run = locals().get("done")
        code = done_run.returncode if done_run is not None else type(error).__name__
        said = done_run.stderr.decode(errors="replace").strip()[-200:] if done_run else ""
        return [Check("qt", False, f"emp-desktop: code {code} {said}".strip())]
    # The child's own "no socket" verdict gets its own line: it is another process.
    return [
        Check(**{**item, "key": "no_socket_child"}) if item["key"] == "no_socket" else Check(**item)
        for item in raw
    ]
