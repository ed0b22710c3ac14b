"""desktop/core/private_process.py in-process (mutation testing runs only core tests;
`tests/faults/test_start.py` checks the same through a real start): no core file, not
dumpable, and what could not be done is said, never raised."""

from __future__ import annotations

import ctypes
import sys

import pytest

from desktop.core import private_process
from desktop.core.private_process import PR_SET_DUMPABLE, disable_core_dumps

PR_GET_DUMPABLE = 3  # <linux/prctl.h>
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")


def dumpable() -> int:
    return int(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


@pytest.fixture
def restored_dumpable() -> object:
    """The test process is made dumpable again afterwards (a debugger may need it)."""
    yield
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)


@pytest.fixture
def core_limits_asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, tuple[int, int]]]:
    """What ``setrlimit`` is asked, without lowering the test process's own limit: a hard
    limit of 0 cannot be raised again, and the processes the later tests start would inherit
    it, so that `tests/faults/test_start.py`, which checks a real start's limit (the real-path
    test), could no longer fail."""
    import resource

    asked: list[tuple[int, tuple[int, int]]] = []
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: asked.append((which, limits)))
    return asked


def test_the_constant_is_linux_s() -> None:
    assert PR_SET_DUMPABLE == 4


@linux_only
def test_both_are_done(
    restored_dumpable: object, core_limits_asked: list[tuple[int, tuple[int, int]]]
) -> None:
    import resource

    assert disable_core_dumps() == []
    assert core_limits_asked == [(resource.RLIMIT_CORE, (0, 0))]
    assert dumpable() == 0  # for real: prctl can be undone


@linux_only
def test_not_dumpable_answers_true_when_done(restored_dumpable: object) -> None:
    ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    assert private_process._not_dumpable() is True
    assert dumpable() == 0


def test_a_refused_core_limit_is_said(
    monkeypatch: pytest.MonkeyPatch, restored_dumpable: object
) -> None:
    import resource

    for error in (OSError("refused"), ValueError("not allowed")):

        def refuse(which: int, limits: tuple[int, int], error: Exception = error) -> None:
            raise error

        monkeypatch.setattr(resource, "setrlimit", refuse)
        assert disable_core_dumps()[:1] == ["RLIMIT_CORE"]


def test_no_resource_module_is_said(
    monkeypatch: pytest.MonkeyPatch, restored_dumpable: object
) -> None:
    monkeypatch.setitem(sys.modules, "resource", None)  # as on Windows: import fails
    assert disable_core_dumps()[:1] == ["RLIMIT_CORE"]


@pytest.mark.parametrize("platform", ["linux", "linux2"])
def test_a_failed_prctl_is_said_on_linux(
    monkeypatch: pytest.MonkeyPatch, platform: str, core_limits_asked: list[object]
) -> None:
    monkeypatch.setattr(private_process.sys, "platform", platform)
    monkeypatch.setattr(private_process, "_not_dumpable", lambda: False)
    assert disable_core_dumps()[-1:] == ["PR_SET_DUMPABLE"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_prctl_is_not_tried_elsewhere(
    monkeypatch: pytest.MonkeyPatch, platform: str, core_limits_asked: list[object]
) -> None:
    tried: list[bool] = []
    monkeypatch.setattr(private_process.sys, "platform", platform)
    monkeypatch.setattr(private_process, "_not_dumpable", lambda: tried.append(True) or False)
    assert "PR_SET_DUMPABLE" not in disable_core_dumps()
    assert tried == []
    assert len(core_limits_asked) == 1  # the core limit is set everywhere it exists


@pytest.mark.parametrize("error", [OSError("no C library"), AttributeError("prctl")])
def test_no_prctl_answers_false_without_raising(
    monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def unavailable(*args: object, **kwargs: object) -> object:
        raise error

    monkeypatch.setattr(ctypes, "CDLL", unavailable)
    assert private_process._not_dumpable() is False


def test_prctl_is_asked_exactly_this(monkeypatch: pytest.MonkeyPatch) -> None:
    """PR_SET_DUMPABLE to 0 with zero arguments, errno kept; a non-zero answer is a failure."""
    calls: list[tuple[object, ...]] = []
    opened: list[tuple[object, dict[str, object]]] = []

    class FakeLibrary:
        def __init__(self, answer: int) -> None:
            self.answer = answer

        def prctl(self, *args: object) -> int:
            calls.append(args)
            return self.answer

    for answer, expected in ((0, True), (-1, False), (1, False)):

        def library(name: object, answer: int = answer, **kwargs: object) -> FakeLibrary:
            opened.append((name, kwargs))
            return FakeLibrary(answer)

        monkeypatch.setattr(ctypes, "CDLL", library)
        assert private_process._not_dumpable() is expected
    assert calls == [(PR_SET_DUMPABLE, 0, 0, 0, 0)] * 3
    assert opened == [(None, {"use_errno": True})] * 3
