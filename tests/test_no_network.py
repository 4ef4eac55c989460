"""The whole suite runs with sockets disabled (pytest-socket, see pyproject addopts)."""

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_opening_an_internet_socket_is_refused():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_the_application_packages_import_no_network_modules():
    """In a fresh interpreter: other tests of the same worker may have loaded anything."""
    import subprocess
    import sys

    probe = (
        "import sys; import emp_desktop.cli, emp_desktop.services.backup_service, "
        "emp_desktop.services.export_service, emp_desktop.services.report_service; "
        "net = {'http.client', 'urllib.request', 'requests', 'httpx', 'ftplib'}; "
        "print(sorted(net & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
