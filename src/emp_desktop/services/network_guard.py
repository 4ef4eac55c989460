"""For the self-test's duration no socket can be made, and every attempt is written down.

The product promise is "no socket, ever"; the self-test enforces it rather than hopes for
it. Python code is stopped at `socket`'s constructors and at name resolution; native code
(Qt, OpenSSL) cannot be intercepted from Python, so on Linux the process's open file
descriptors are compared before and after, and a new socket among them is reported too.
"""

from __future__ import annotations

import _socket
import os
import socket
import sys
from pathlib import Path
from types import TracebackType

_PATCHED = (
    "socket",
    "create_connection",
    "create_server",
    "socketpair",
    "fromfd",
    "getaddrinfo",
    "gethostbyname",
)


class SocketAttempt(OSError):
    """Raised instead of making a socket; an OSError, as callers already expect."""


class NetworkGuard:
    def __init__(self) -> None:
        self.attempts: list[str] = []
        self._saved: dict[str, object] = {}
        self._sockets_before: set[str] = set()

    def _refuse(self, name: str):  # noqa: ANN202 - returns a stand-in of any signature
        def refused(*_args: object, **_kwargs: object) -> None:
            self.attempts.append(name)
            raise SocketAttempt(f"zelftest: {name} geweigerd (geen netwerk)")

        return refused

    def __enter__(self) -> NetworkGuard:
        self._sockets_before = open_socket_descriptors()
        for name in _PATCHED:
            self._saved[name] = getattr(socket, name)
            setattr(socket, name, self._refuse(f"socket.{name}"))
        self._saved["_socket.socket"] = _socket.socket
        _socket.socket = self._refuse("_socket.socket")  # type: ignore[misc]
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _socket.socket = self._saved.pop("_socket.socket")  # type: ignore[misc]
        for name, original in self._saved.items():
            setattr(socket, name, original)
        self._saved.clear()
        for new in sorted(open_socket_descriptors() - self._sockets_before):
            self.attempts.append(f"open descriptor {new}")


def open_socket_descriptors() -> set[str]:
    """The socket inodes this process holds open; empty where /proc does not exist."""
    if not sys.platform.startswith("linux"):
        return set()
    found: set[str] = set()
    fd_dir = Path("/proc/self/fd")
    for entry in fd_dir.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:  # the descriptor of the listing itself is gone already
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found
