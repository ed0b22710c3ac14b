"""It always opens: damaged settings, no display, and what the process allows about itself
(no core dump, not dumpable) — through the real entry point ``python -m desktop``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.ui.app import comfort_settings, create_app
from desktop.ui.startup import NO_DISPLAY, avoid_bus_autolaunch, display_problem
from desktop.ui.zoom import SETTINGS_KEY, Zoom
from tests.faults.conftest import ROOT

DAMAGED = ["abc", "", "@Invalid()", "[1,2]", "@ByteArray(x)", "1,2", "nan", "1e308", "-5"]


def settings_file() -> Path:
    return Path(comfort_settings().fileName())


@pytest.mark.parametrize("value", DAMAGED)
def test_a_damaged_zoom_is_ignored_and_rewritten(value: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[comfort]\nzoom={value}\n", encoding="utf-8")
    zoom = Zoom(create_app(), comfort_settings())
    assert zoom.factor == 1.0
    assert QSettings(str(path), QSettings.Format.IniFormat).value(SETTINGS_KEY) in ("1.0", 1.0)
    zoom.deleteLater()


def test_a_settings_file_of_garbage_bytes_still_opens() -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(os.urandom(4096))
    zoom = Zoom(create_app(), comfort_settings())
    assert zoom.factor == 1.0
    zoom.deleteLater()


def machine(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "DBUS_"))}
    for name in ("HOME", "XDG_CONFIG_HOME", "TMPDIR"):
        folder = tmp_path / name.lower()
        folder.mkdir(exist_ok=True)
        env[name] = str(folder)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(extra)
    return env


def test_the_real_start_survives_damaged_settings_and_cannot_dump(tmp_path: Path) -> None:
    env = machine(tmp_path, QT_QPA_PLATFORM="offscreen")
    conf = Path(env["XDG_CONFIG_HOME"]) / "VigieMutuelle" / "vigie-mutuelle.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[comfort]\nzoom=@ByteArray(x)\n")
    stray = Path(env["HOME"]) / "Documents" / ".vigie-999999999-0123456789ab.part"
    stray.parent.mkdir()
    stray.write_bytes(b"%PDF d'une sauvegarde interrompue")
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop"],
        env=env,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while "zoom=1" not in conf.read_text() and time.monotonic() < deadline:
            assert app.poll() is None, app.stderr.read()  # type: ignore[union-attr]
            time.sleep(0.2)
        assert "zoom=1" in conf.read_text()  # the bad value was replaced, the app went on
        time.sleep(1)
        assert app.poll() is None  # still running: the window is up
        limits = Path(f"/proc/{app.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core"))
        assert core.split()[4:6] == ["0", "0"], core
        # A process that is not dumpable has its /proc files owned by root.
        assert os.stat(f"/proc/{app.pid}/status").st_uid == 0 or os.geteuid() == 0
        assert not stray.exists()  # a killed save's leftover is removed at start
    finally:
        app.send_signal(signal.SIGTERM)
        _, errors = app.communicate(timeout=30)
    assert "Traceback" not in errors


def test_not_dumpable_is_set() -> None:
    code = (
        "import ctypes, ctypes.util, resource\n"
        "from desktop.core.private_process import disable_core_dumps\n"
        "assert disable_core_dumps() == []\n"
        "libc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
        "print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.stdout.split() == ["0", "(0,", "0)"], result.stderr  # PR_GET_DUMPABLE = 3


@pytest.mark.parametrize("platform", ["", "xcb", "wayland", "wayland;xcb"])
def test_no_display_gives_a_french_line_and_a_status(tmp_path: Path, platform: str) -> None:
    env = machine(tmp_path, **({"QT_QPA_PLATFORM": platform} if platform else {}))
    result = subprocess.run(
        [sys.executable, "-m", "desktop"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == NO_DISPLAY, (result.returncode, result.stderr)  # not -SIGABRT
    assert result.stderr.strip().startswith("Vigie Mutuelle ne peut pas s'ouvrir")
    assert len(result.stderr.strip().splitlines()) == 1


def test_display_rules() -> None:
    linux = "linux"
    assert display_problem({"DISPLAY": ":0"}, linux) == ""
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, linux) == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, linux) == ""
    assert display_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, linux) != ""
    assert display_problem({}, "win32") == ""


def test_no_bus_means_no_autolaunch(tmp_path: Path) -> None:
    env: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert avoid_bus_autolaunch(env) and env["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=")
    bus = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert not avoid_bus_autolaunch(bus) and bus["DBUS_SESSION_BUS_ADDRESS"].endswith("/bus")
    (tmp_path / "bus").touch()
    runtime = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not avoid_bus_autolaunch(runtime) and "DBUS_SESSION_BUS_ADDRESS" not in runtime


def test_the_kind_hook_is_there_before_anything_else(tmp_path: Path) -> None:
    code = (
        "from desktop.ui import main\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('Xanthopoulou: something broke while starting')\n"
        "main.build_window = broken\n"
        "main.run_window(['vigie-mutuelle'])\n"
    )
    env = machine(tmp_path, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Xanthopoulou" not in result.stderr
    assert result.stderr.strip().startswith("Un problème est survenu")
