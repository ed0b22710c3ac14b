"""Writing the person's files: whole or not at all, and never over someone else's file.

The bytes first go to an anonymous file (Linux ``O_TMPFILE``): it has no name, so a process
killed mid-write leaves nothing anyone can open, and the finished file is linked into the
folder in one step. Where the system has no anonymous files, the temporary file gets a name
unique to the process (``.vigie-<pid>-<random>.part``) that :func:`remove_leftovers` deletes
at the next start.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

PART_PREFIX = ".vigie-"
PART_SUFFIX = ".part"
_PART = re.compile(r"^\.vigie-(?:(\d+)-)?[\w-]+\.part$")
_O_TMPFILE = getattr(os, "O_TMPFILE", 0)
STALE_AFTER = 3600  # seconds: where a process cannot be asked about (Windows), an old part is dead
_NO_ANONYMOUS = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT, errno.EACCES}


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path``, replacing an older file in one step.

    A failure (full disk, no permission, a file where a folder should be) raises ``OSError``
    and leaves neither a partial file nor a temporary one; an older file stays untouched.
    """
    _write(Path(path), data, replace=True)


def write_new(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` only if nothing is there, checked and done in one step:
    ``FileExistsError`` when another window (or anyone) made that file first."""
    _write(Path(path), data, replace=False)


def part_name() -> str:
    """A temporary name unique to this process: ``.vigie-<pid>-<random>.part``."""
    return f"{PART_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{PART_SUFFIX}"


def _write(target: Path, data: bytes, *, replace: bool) -> None:
    handle = _anonymous(target.parent)
    if handle is not None:
        try:
            _fill(handle, data)
            if _link_anonymous(handle, target, replace=replace):
                return
        finally:
            os.close(handle)
    _write_named(target, data, replace=replace)


def _anonymous(folder: Path) -> int | None:
    if not _O_TMPFILE:
        return None
    try:
        return os.open(folder, _O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError as error:
        if error.errno in _NO_ANONYMOUS:
            return None  # this file system has no anonymous files: a named one, then
        raise


def _link_anonymous(handle: int, target: Path, *, replace: bool) -> bool:
    """Give the finished anonymous file its name; False when links through /proc fail."""
    try:
        if not replace:
            _link_fd(handle, target)
            return True
        part = target.with_name(part_name())
        _link_fd(handle, part)
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.EPERM, errno.EXDEV, errno.EACCES):
            return False
        raise
    try:
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return True


def _link_fd(handle: int, target: Path) -> None:
    """``linkat(AT_FDCWD, "/proc/self/fd/N", dir, name, AT_SYMLINK_FOLLOW)``. A directory fd
    is passed on purpose: without one, ``os.link`` calls plain ``link()``, which links the
    /proc symlink itself and fails with EXDEV."""
    folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"/proc/self/fd/{handle}", target.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _write_named(target: Path, data: bytes, *, replace: bool) -> None:
    part = target.with_name(part_name())
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(part, flags, 0o600)
    try:
        try:
            _fill(handle, data)
        finally:
            os.close(handle)
        if replace:
            os.replace(part, target)
        else:
            _move_new(part, target)
    finally:
        part.unlink(missing_ok=True)


def _move_new(part: Path, target: Path) -> None:
    try:
        os.link(part, target)  # fails with FileExistsError if the name was taken meanwhile
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT USB stick): the nearest safe move
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.rename(part, target)


def _fill(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]
    os.fsync(handle)


def remove_leftovers(folder: str | Path) -> list[Path]:
    """Delete the temporary files of saves that were killed (the process is gone); a save in
    progress in another window is left alone. Returns what was deleted."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if not match:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if _in_use(match.group(1), info.st_mtime):
                continue
            if stat.S_ISREG(info.st_mode):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _in_use(pid: str | None, modified: float) -> bool:
    if os.name == "nt" or not pid:  # os.kill(pid, 0) would end the process on Windows
        return time.time() - modified < STALE_AFTER
    return _alive(int(pid))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process, or cannot tell: leave the file
    return True
