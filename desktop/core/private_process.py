"""Keep the process's memory off the disk: no core dump, and no attaching debugger.

A crash of a process holding a letter would otherwise write a core file (or hand one to
systemd-coredump / apport) with the name, the NIR and the phone number in it.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def disable_core_dumps() -> list[str]:
    """Set RLIMIT_CORE to 0 and, on Linux, mark the process not dumpable.

    Returns what could not be done (empty when all is done); never raises.
    """
    failed: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError):
        failed.append("RLIMIT_CORE")
    if sys.platform.startswith("linux") and not _not_dumpable():
        failed.append("PR_SET_DUMPABLE")
    return failed


def _not_dumpable() -> bool:
    """``prctl`` from the C library the process already has loaded (``CDLL(None)``: the
    program and its libraries). ``ctypes.util.find_library`` is not used: it runs
    ``ldconfig`` in a subprocess and imports ``subprocess``, about 10 ms at every start."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False
