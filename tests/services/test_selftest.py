"""The self-test's parts: the socket guard, each real check, and the verdict."""

from __future__ import annotations

import _socket
import socket
import sys
from pathlib import Path

import pytest

from emp_desktop import cli
from emp_desktop.domain import selftest_texts
from emp_desktop.services import selftest_service
from emp_desktop.services.network_guard import NetworkGuard, SocketAttempt
from emp_desktop.services.selftest_service import CheckFailed


def test_the_guard_refuses_sockets_and_names_each_attempt() -> None:
    before = socket.socket
    with NetworkGuard() as guard:
        with pytest.raises(SocketAttempt):
            socket.create_connection(("127.0.0.1", 9))
        with pytest.raises(OSError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(OSError):
            socket.getaddrinfo("example.org", 443)
    assert guard.attempts == ["socket.create_connection", "socket.socket", "socket.getaddrinfo"]
    assert socket.socket is before  # restored for whatever runs after the self-test


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd is Linux")
def test_the_guard_sees_a_socket_opened_past_python() -> None:
    """Native code (Qt, OpenSSL) is not stopped by the patch; the descriptor check sees it."""
    make_pair = _socket.socketpair  # C code: makes sockets without the socket module
    with NetworkGuard() as guard:
        left, right = make_pair()
    try:
        assert len(guard.attempts) == 2
        assert all(a.startswith("open descriptor socket:") for a in guard.attempts)
    finally:
        left.close()
        right.close()


def _tries_the_network(_work: Path) -> str:
    socket.create_connection(("192.0.2.1", 80), timeout=1)
    return "verbonden"


def test_a_socket_attempt_fails_the_self_test() -> None:
    report = selftest_service.run(core=[("pdf", _tries_the_network)])
    assert not report.ok
    verdicts = {c.key: c.ok for c in report.checks}
    assert verdicts == {"pdf": False, "no_socket": False}
    line = selftest_service.check_line(report.checks[-1], "nl")
    assert line.startswith("[FOUT]") and "socket.create_connection" in line


def test_the_real_storage_checks_pass(tmp_path: Path) -> None:
    for key, check in selftest_service.CORE_CHECKS:
        if key in ("sqlcipher", "vault", "pdf", "fonts"):
            assert selftest_service.run_check(key, check, tmp_path).ok, key
    assert list(tmp_path.iterdir()) == [tmp_path / "probe.db"]  # the vault was deleted


def test_a_translation_that_was_not_compiled_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "care_nl.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(selftest_service, "resources_dir", lambda: tmp_path)
    with pytest.raises(CheckFailed, match="care_nl"):
        selftest_service._translations(tmp_path)


def _broken(_work: Path) -> str:
    raise CheckFailed("kapot")


def test_emp_cli_exits_1_and_says_what_failed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest_service, "CORE_CHECKS", (("fonts", _broken),))
    monkeypatch.setattr(selftest_service, "qt_checks_in_child", lambda _work: [])
    assert cli.main(["--self-test"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "[FOUT] Lettertypen gevonden: kapot"
    assert out[-1].startswith("Zelftest mislukt: 1 van 2 controles")


@pytest.mark.parametrize("key", selftest_texts.all_keys())
def test_every_checklist_text_is_in_both_languages(key: str) -> None:
    nl, en = selftest_texts.template(key, "nl"), selftest_texts.template(key, "en")
    placeholders = __import__("re").compile(r"{\w+}")
    assert nl and en and sorted(placeholders.findall(nl)) == sorted(placeholders.findall(en))
