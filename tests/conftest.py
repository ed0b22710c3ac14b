"""Test set-up shared by every test.

- Qt runs offscreen, with HOME, TMPDIR, the XDG folders and QSettings inside a temporary tree,
  so no test reads or writes the developer's own files; the tree is removed when pytest ends.
- Offline guard: any use of a network address fails the test (connect, bind, send, name look-up),
  except the local print server (loopback port 631, where CUPS is looked for): that is not the network.
- Hypothesis profiles: VIGIE_TEST_PROFILE=ci runs every example (tools/run-tests.sh chooses it when
  CI=true); the default, dev, runs a tenth of them for a quick loop. Tests that want more examples
  than the default ask for a multiple of ``settings.default.max_examples``.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import Phase, settings

# deadline=None: how long one example takes on a busy machine is not what these tests check.
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("dev", max_examples=10, deadline=None)
_PROFILE = os.environ.get("VIGIE_TEST_PROFILE", "dev")
if _PROFILE not in ("ci", "dev"):
    raise pytest.UsageError(
        f"VIGIE_TEST_PROFILE={_PROFILE!r}: use ci (every example) or dev (quick)"
    )
settings.load_profile(_PROFILE)
if os.environ.get("MUTANT_UNDER_TEST"):
    # Mutation testing (tools/mutation.sh) only needs to know that a test fails: no shrinking of
    # the failing example, which can take longer than mutmut's time limit.
    settings.register_profile(
        "mutmut",
        parent=settings.get_profile(_PROFILE),
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    settings.load_profile("mutmut")

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="vigie-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)  # pytest's tmp_path included
for name in ("HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    folder = _SESSION_HOME / name.lower()
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[name] = str(folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
tempfile.tempdir = os.environ["TMPDIR"]

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
PRINT_SERVER_PORT = 631  # CUPS on this machine: libcups looks there when CUPS_SERVER names none


class NetworkAttemptError(AssertionError):
    """Raised when code under test tries to use the network."""


def _is_local_print_server(address: object) -> bool:
    if not isinstance(address, tuple) or len(address) < 2:
        return False
    host, port = address[0], address[1]
    loopback = host in ("localhost", "::1") or str(host).startswith(("127.", "::ffff:127."))
    return loopback and port == PRINT_SERVER_PORT


def _check(address: object, what: str) -> None:
    if not _is_local_print_server(address):
        raise NetworkAttemptError(f"network {what} attempted: {address!r}")


_real_socket = socket.socket
_real_getaddrinfo = socket.getaddrinfo
_real_create_connection = socket.create_connection


class _GuardedSocket(_real_socket):
    """A socket whose network addresses are checked; Unix sockets are left alone."""

    def _inet(self) -> bool:
        return self.family in NETWORK_FAMILIES

    def connect(self, address: object) -> None:
        if self._inet():
            _check(address, "connection")
        super().connect(address)  # type: ignore[arg-type]

    def connect_ex(self, address: object) -> int:
        if self._inet():
            _check(address, "connection")
        return super().connect_ex(address)  # type: ignore[arg-type]

    def bind(self, address: object) -> None:
        if self._inet():
            _check(address, "bind")
        super().bind(address)  # type: ignore[arg-type]

    def sendto(self, data: object, *args: object) -> int:  # type: ignore[override]
        if self._inet():
            _check(args[-1], "send")
        return super().sendto(data, *args)  # type: ignore[call-overload,no-any-return]

    def sendmsg(self, buffers: object, *args: object) -> int:  # type: ignore[override]
        if self._inet() and len(args) >= 3 and args[2] is not None:
            _check(args[2], "send")
        return super().sendmsg(buffers, *args)  # type: ignore[arg-type,no-any-return]


def _guarded_getaddrinfo(host: object, port: object, *args: object, **kwargs: object) -> object:
    _check((host, port), "name look-up")
    return _real_getaddrinfo(host, port, *args, **kwargs)  # type: ignore[arg-type]


def _guarded_create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
    _check(address, "connection")
    return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def offline_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs with the network forbidden."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings (comfort settings) write into the test's own folder."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture(autouse=True)
def _no_computer_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Écouter" in a test speaks to Qt's mock engine, never to the computer's voice (a test
    clicking every button would spawn a speech-dispatcher, which can block without a sound
    server). tests/ui/test_read_aloud_speechd.py speaks for real, in a child process."""
    monkeypatch.setattr("desktop.ui.read_aloud.ENGINES", ("mock",))


@pytest.fixture(autouse=True)
def _uncached_for_mutmut_stats() -> Iterator[None]:
    """mutmut's stats run links each function to the tests that call it (per-test selection).

    With the catalog, the search index and the typo lookups cached for the whole session, only
    the first test that fills a cache would be linked to the code that fills it, and a mutant
    there would run only that test. So during that run (MUTANT_UNDER_TEST=stats) every test
    starts with empty caches. Mutants run each in a fresh process, so their caches start empty.
    """
    if os.environ.get("MUTANT_UNDER_TEST") == "stats":
        from desktop.core import catalog, guidance, incidents, search

        search._INDEXES.clear()
        for cached in (
            search.is_generic,
            search._similar_words,
            catalog.load_catalog,
            guidance.load_guidance,
            incidents.load_incidents,
        ):
            cached.cache_clear()
    yield
