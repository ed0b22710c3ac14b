"""Test set-up shared by every test.

- Qt runs offscreen, with HOME, TMPDIR, the XDG folders and QSettings inside a temporary tree,
  so no test reads or writes the developer's own files.
- Offline guard: any attempt to create an AF_INET or AF_INET6 socket fails the test.
"""

from __future__ import annotations

import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="vigie-tests-"))
for name in ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    folder = _SESSION_HOME / name.lower()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[name] = str(folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
tempfile.tempdir = os.environ["TMPDIR"]

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAttemptError(AssertionError):
    """Raised when code under test tries to open a network socket."""


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in NETWORK_FAMILIES or (family == -1 and not args and not kwargs):
            raise NetworkAttemptError(f"network socket attempted (family {family})")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _guarded_create_connection(*args: object, **kwargs: object) -> socket.socket:
    raise NetworkAttemptError(f"network connection attempted to {args[:1]}")


@pytest.fixture(autouse=True)
def offline_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs with the network forbidden."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection)
    yield


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings (comfort settings) write into the test's own folder."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
