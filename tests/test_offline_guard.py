"""The offline guard of tests/conftest.py: the network is refused, the local print server is not."""

from __future__ import annotations

import socket

import pytest

from tests.conftest import NetworkAttemptError


def test_a_connection_to_the_network_fails_the_test() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkAttemptError, match=r"192\.0\.2\.1"),
    ):
        sock.connect(("192.0.2.1", 80))


def test_the_print_server_port_elsewhere_is_still_the_network() -> None:
    with (
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkAttemptError),
    ):
        sock.connect_ex(("2001:db8::1", 631))


def test_a_datagram_to_the_network_fails_the_test() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock,
        pytest.raises(NetworkAttemptError),
    ):
        sock.sendto(b"x", ("192.0.2.1", 53))


def test_name_lookups_and_helpers_fail_the_test() -> None:
    with pytest.raises(NetworkAttemptError):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkAttemptError):
        socket.create_connection(("example.org", 443), timeout=1)


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_the_local_print_server_is_allowed(host: str) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.socket(family, socket.SOCK_STREAM)
    except OSError as error:  # no IPv6 on this machine
        pytest.skip(f"no {family.name} socket here: {error}")
    with sock:
        sock.settimeout(2)
        # Refused when no CUPS listens there, 0 when one does: either way not an attempt error.
        assert isinstance(sock.connect_ex((host, 631)), int)


def test_unix_sockets_are_left_alone() -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
