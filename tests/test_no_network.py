"""The whole suite runs with sockets disabled (pytest-socket, see pyproject addopts)."""

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_opening_an_internet_socket_is_refused():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_the_application_packages_import_no_network_modules():
    import sys

    import emp_desktop.cli  # noqa: F401
    import emp_desktop.services.backup_service  # noqa: F401

    network_modules = {"http.client", "urllib.request", "requests", "httpx", "ftplib"}
    assert not network_modules & set(sys.modules)
