"""The save rules of desktop/core/files.py, tested in-process (mutation testing runs only core
tests): a new file is never written over another, a replaced one is whole or untouched, both
with and without anonymous files, and what a killed save left is cleaned only when its process
is gone."""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

import pytest

from desktop.core import files


@pytest.fixture(params=[True, False], ids=["anonymous", "named"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways of writing: Linux's anonymous file, or a named one (other systems)."""
    if request.param:
        needs_anonymous_files()
    else:
        monkeypatch.setattr(files, "_O_TMPFILE", 0)
    return bool(request.param)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def needs_anonymous_files() -> None:
    if not files._O_TMPFILE:
        pytest.skip("no O_TMPFILE on this system")


def save_new_then_replace(folder: Path) -> None:
    """A new letter, then a replaced one: the second is there, whole, and alone."""
    files.write_new(folder / "a.pdf", b"%PDF a")
    files.write_atomically(folder / "a.pdf", b"%PDF b")
    assert (folder / "a.pdf").read_bytes() == b"%PDF b"
    assert names(folder) == ["a.pdf"]


def anonymous_files_fail(monkeypatch: pytest.MonkeyPatch, code: int) -> list[int]:
    """Make every anonymous-file open fail with ``code``; the flags of each try are kept."""
    needs_anonymous_files()
    real_open = os.open
    tried: list[int] = []

    def failing(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & files._O_TMPFILE == files._O_TMPFILE:
            tried.append(flags)
            raise OSError(code, os.strerror(code))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", failing)
    return tried


def test_a_new_file_is_whole_private_and_alone(tmp_path: Path, mode: bool) -> None:
    target = tmp_path / "lettre.pdf"
    files.write_new(target, b"%PDF " + b"x" * 100_000)
    assert target.read_bytes() == b"%PDF " + b"x" * 100_000
    assert target.stat().st_mode & 0o777 == 0o600
    assert names(tmp_path) == ["lettre.pdf"]


def test_a_new_file_never_goes_over_another(tmp_path: Path, mode: bool) -> None:
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        files.write_new(target, b"%PDF mine")
    assert target.read_bytes() == b"someone else's"
    assert names(tmp_path) == ["lettre.pdf"]


def test_a_replaced_file_is_whole_and_nothing_else_is_left(tmp_path: Path, mode: bool) -> None:
    target = tmp_path / "lettre.pdf"
    target.write_bytes(b"old")
    files.write_atomically(str(target), b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert names(tmp_path) == ["lettre.pdf"]


def test_short_writes_are_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk may take fewer bytes than offered: the rest is written, not lost."""
    real_write = os.write
    monkeypatch.setattr(files.os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    files.write_new(tmp_path / "a.pdf", b"0123456789")
    assert (tmp_path / "a.pdf").read_bytes() == b"0123456789"


def test_no_anonymous_files_on_this_disk_means_a_named_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = anonymous_files_fail(monkeypatch, errno.EOPNOTSUPP)
    save_new_then_replace(tmp_path)
    assert used


@pytest.mark.parametrize("code", sorted(files._NO_ANONYMOUS))
def test_each_no_anonymous_answer_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    anonymous_files_fail(monkeypatch, code)
    assert files._anonymous(tmp_path) is None
    files.write_new(tmp_path / "a.pdf", b"%PDF")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF"


def test_another_error_of_the_anonymous_file_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk is not "no anonymous files here": it is said, nothing is written."""
    anonymous_files_fail(monkeypatch, errno.ENOSPC)
    with pytest.raises(OSError) as raised:
        files.write_new(tmp_path / "a.pdf", b"%PDF")
    assert raised.value.errno == errno.ENOSPC
    assert names(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOENT, errno.EPERM, errno.EXDEV, errno.EACCES])
def test_a_link_through_proc_that_fails_falls_back_to_a_named_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """No /proc (a chroot) or links refused: the save still happens, whole, and alone."""
    needs_anonymous_files()

    def no_proc(handle: int, target: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files, "_link_fd", no_proc)
    save_new_then_replace(tmp_path)


def test_a_link_error_that_is_not_about_proc_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    needs_anonymous_files()

    def full(handle: int, target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_link_fd", full)
    with pytest.raises(OSError) as raised:
        files.write_atomically(tmp_path / "a.pdf", b"%PDF")
    assert raised.value.errno == errno.ENOSPC
    assert names(tmp_path) == []


def test_without_hard_links_a_new_name_is_still_never_taken_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT USB stick has no hard links: the file is renamed into place, unless the name is
    already there."""
    monkeypatch.setattr(files, "_O_TMPFILE", 0)

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    files.write_new(tmp_path / "a.pdf", b"%PDF a")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF a"
    with pytest.raises(FileExistsError):
        files.write_new(tmp_path / "a.pdf", b"%PDF b")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF a"
    assert names(tmp_path) == ["a.pdf"]


def test_the_temporary_name_is_hidden_and_carries_the_process(tmp_path: Path) -> None:
    first, second = files.part_name(), files.part_name()
    assert first != second
    for name in (first, second):
        assert name.startswith(f".vigie-{os.getpid()}-") and name.endswith(".part")
        match = files._PART.match(name)
        assert match is not None and match.group(1) == str(os.getpid())


def dead_pid() -> int:
    """A process number no process has now."""
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


def test_leftovers_of_a_dead_save_go_the_rest_stays(tmp_path: Path) -> None:
    dead = tmp_path / f".vigie-{dead_pid()}-abc123.part"
    mine = tmp_path / f".vigie-{os.getpid()}-def456.part"  # a save in progress here
    letter = tmp_path / "Lettre.pdf"
    other = tmp_path / ".vigie-notes.txt"
    folder = tmp_path / f".vigie-{dead_pid()}-dir.part"
    for path in (dead, mine, letter, other):
        path.write_bytes(b"x")
    folder.mkdir()
    assert files.remove_leftovers(tmp_path) == [dead]
    assert names(tmp_path) == sorted(p.name for p in (mine, letter, other, folder))
    assert files.remove_leftovers(str(tmp_path)) == []


def test_leftovers_in_a_folder_that_is_gone(tmp_path: Path) -> None:
    assert files.remove_leftovers(tmp_path / "nowhere") == []


def test_a_part_without_a_process_is_judged_by_its_age(tmp_path: Path) -> None:
    """Old-style names (no process number), and Windows: an hour-old part is dead."""
    old = tmp_path / ".vigie-abc.part"
    new = tmp_path / ".vigie-def.part"
    old.write_bytes(b"x")
    new.write_bytes(b"x")
    an_hour_ago = time.time() - files.STALE_AFTER - 5
    os.utime(old, (an_hour_ago, an_hour_ago))
    assert files.remove_leftovers(tmp_path) == [old]
    assert names(tmp_path) == [new.name]


def test_a_process_is_alive_unless_the_system_says_it_is_gone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert files._alive(os.getpid())
    assert not files._alive(dead_pid())

    def refused(pid: int, signal: int) -> None:
        raise PermissionError(errno.EPERM, "someone else's")

    monkeypatch.setattr(files.os, "kill", refused)
    assert files._alive(1)  # someone else's process: its file is left alone


def test_an_anonymous_save_never_gives_its_temporary_file_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where anonymous files work, a killed save leaves nothing: the named way is not taken."""
    needs_anonymous_files()

    def named(*args: object, **kwargs: object) -> None:
        raise AssertionError("a named temporary file was used")

    monkeypatch.setattr(files, "_write_named", named)
    save_new_then_replace(tmp_path)


def test_a_named_temporary_file_is_opened_new_and_binary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows turns "\\n" into "\\r\\n" unless O_BINARY: a PDF would be damaged. Linux has no
    O_BINARY; here it stands for a harmless flag (O_LARGEFILE) so that it can be seen."""
    import platform

    if not (sys.platform.startswith("linux") and platform.machine() == "x86_64"):
        pytest.skip("0o100000 is O_LARGEFILE on x86-64 Linux only")
    monkeypatch.setattr(files, "_O_TMPFILE", 0)
    monkeypatch.setattr(os, "O_BINARY", 0o100000, raising=False)
    real_open = os.open
    flags_seen: list[int] = []

    def spy(path: object, flags: int, *args: object, **kwargs: object) -> int:
        flags_seen.append(flags)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", spy)
    files.write_new(tmp_path / "a.pdf", b"%PDF\n")
    wanted = os.O_WRONLY | os.O_CREAT | os.O_EXCL | 0o100000
    assert any(flags & wanted == wanted for flags in flags_seen)


def test_a_name_taken_without_hard_links_is_said_as_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "_O_TMPFILE", 0)

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"taken")
    with pytest.raises(FileExistsError) as raised:
        files.write_new(target, b"%PDF")
    assert raised.value.errno == errno.EEXIST
    assert raised.value.filename == str(target)


def test_a_link_named_like_a_leftover_is_left_alone(tmp_path: Path) -> None:
    kept = tmp_path / "Lettre.pdf"
    kept.write_bytes(b"%PDF")
    link = tmp_path / f".vigie-{dead_pid()}-abc.part"
    link.symlink_to(kept)
    assert files.remove_leftovers(tmp_path) == []
    assert link.is_symlink() and kept.read_bytes() == b"%PDF"


def test_every_dead_leftover_goes_whatever_the_order(tmp_path: Path) -> None:
    dead = dead_pid()
    gone = [tmp_path / f".vigie-{dead}-d{i}.part" for i in range(20)]
    kept = [tmp_path / f".vigie-{os.getpid()}-l{i}.part" for i in range(20)]
    for path in gone + kept:
        path.write_bytes(b"x")
    assert sorted(files.remove_leftovers(tmp_path)) == sorted(gone)
    assert names(tmp_path) == sorted(p.name for p in kept)


def test_on_windows_a_part_is_judged_by_its_age_not_its_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows, os.kill(pid, 0) would end the process: never called there."""
    recent = tmp_path / f".vigie-{dead_pid()}-abc.part"
    recent.write_bytes(b"x")
    monkeypatch.setattr(files.os, "name", "nt")
    assert files.remove_leftovers(tmp_path) == []
    assert recent.exists()


def test_asking_whether_a_process_lives_does_not_touch_it() -> None:
    import subprocess

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert files._alive(child.pid)
        time.sleep(0.2)
        assert child.poll() is None, "the process was signalled"
    finally:
        child.kill()
        child.wait()


def test_a_leftover_that_cannot_be_removed_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One part another user owns (or that vanished meanwhile) is skipped; the dead parts after
    it are still removed at this start, not at the next one."""
    dead = dead_pid()
    stuck, *gone = [tmp_path / f".vigie-{dead}-{letter}.part" for letter in "abcd"]
    for path in (stuck, *gone):
        path.write_bytes(b"x")
    real_scandir, real_unlink = os.scandir, os.unlink

    def in_name_order(folder: object) -> list[os.DirEntry[str]]:
        return sorted(real_scandir(folder), key=lambda entry: entry.name)  # type: ignore[arg-type]

    def refuse_the_first(path: str) -> None:
        if path == str(stuck):
            raise PermissionError(errno.EPERM, "Operation not permitted", path)
        real_unlink(path)

    monkeypatch.setattr(files.os, "scandir", in_name_order)
    monkeypatch.setattr(files.os, "unlink", refuse_the_first)
    assert files.remove_leftovers(tmp_path) == gone
    assert names(tmp_path) == [stuck.name]


def test_a_part_exactly_an_hour_old_is_dead(monkeypatch: pytest.MonkeyPatch) -> None:
    modified = 1_700_000_000.0
    monkeypatch.setattr(files.time, "time", lambda: modified + files.STALE_AFTER)
    assert not files._in_use(None, modified)
    monkeypatch.setattr(files.time, "time", lambda: modified + files.STALE_AFTER - 0.5)
    assert files._in_use(None, modified)
    assert files.STALE_AFTER == 3600
