"""Under X11 with no session bus, the app leaves no D-Bus daemon behind (libdbus would
"autolaunch" one through dbus-launch, and it outlives the app). Needs Xvfb and dbus-launch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT

QUIT_SOON = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from desktop.ui import main\n"
    "real = main.build_window\n"
    "def build(*args, **kwargs):\n"
    "    window = real(*args, **kwargs)\n"
    "    QTimer.singleShot(2000, QApplication.instance().quit)\n"
    "    return window\n"
    "main.build_window = build\n"
    "sys.exit(main.run_window(['vigie-mutuelle']))\n"
)


def session_daemons() -> set[str]:
    found = subprocess.run(
        ["pgrep", "-f", "dbus-daemon.*--session"], capture_output=True, text=True
    )
    return set(found.stdout.split())


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("dbus-launch") and shutil.which("pgrep")),
    reason="needs Xvfb, dbus-launch (dbus-x11) and pgrep",
)
def test_no_dbus_daemon_outlives_the_app(tmp_path: Path) -> None:
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(["Xvfb", display, "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        before = session_daemons()
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "QT_QPA_PLATFORM")
        }
        env.update(DISPLAY=display, HOME=str(tmp_path))
        result = subprocess.run(
            [sys.executable, "-c", QUIT_SOON],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        time.sleep(1)
        left = session_daemons() - before
        for pid in left:  # never leave one behind on the machine, even when failing
            subprocess.run(["kill", pid], check=False)
        assert left == set()
    finally:
        server.terminate()
        server.wait(timeout=30)
