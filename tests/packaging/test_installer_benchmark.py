"""Installer figures (run with ``-m benchmark -s`` after ``tools/build-installers.sh``).

Prints the bundle's size on disk and as tar.xz, setup.exe's size, and the frozen app's time to a
shown window next to a bare PySide6 window frozen by the same build.spec. Asserts no time.
The window times are taken under Xvfb: a window counts as shown when ``xwininfo`` sees it mapped.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "vigie-mutuelle"
BARE = ROOT / "build" / "bare-window" / "dist" / "bare-window"
RUNS = 5

pytestmark = pytest.mark.benchmark


def _disk_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _tar_xz_size(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "bundle.tar.xz"
        with tarfile.open(archive, "w:xz", preset=9) as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def _mib(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def _build_bare_window() -> None:
    if (BARE / "bare-window").exists():
        return
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(BARE.parent),
            "--workpath",
            str(BARE.parent.parent / "work"),
            str(ROOT / "build.spec"),
        ],
        env={**os.environ, "VIGIE_BARE_WINDOW": "1"},
        check=True,
        cwd=ROOT,
    )


def _shown(title: str, env: dict[str, str]) -> bool:
    """A 1024x768 window whose title contains ``title`` is mapped and viewable."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True)
    for line in tree.stdout.splitlines():
        if title in line and "1024x768" in line:
            info = subprocess.run(
                ["xwininfo", "-id", line.split()[0]], env=env, capture_output=True, text=True
            )
            return "IsViewable" in info.stdout
    return False


def _time_to_window(executable: Path, title: str, display: str) -> float:
    """Seconds from starting the process to its main window being viewable on the X display."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    start = time.perf_counter()
    process = subprocess.Popen([str(executable)], env=env, stdout=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < 30:
            if _shown(title, env):
                return time.perf_counter() - start
            time.sleep(0.005)
        raise AssertionError(f"no window titled {title!r} after 30 s")
    finally:
        process.terminate()
        process.wait(timeout=10)


def _median_time(executable: Path, title: str, display: str) -> float:
    _time_to_window(executable, title, display)  # warm the file cache
    return statistics.median(_time_to_window(executable, title, display) for _ in range(RUNS))


def test_installer_figures() -> None:
    if not BUNDLE.is_dir():
        pytest.skip("dist/vigie-mutuelle is absent: run tools/build-installers.sh first")
    size, files = _disk_size(BUNDLE)
    print(f"\nbundle on disk: {_mib(size)}, {files} files")
    print(f"bundle as tar.xz -9: {_mib(_tar_xz_size(BUNDLE))}")
    for installer in sorted((ROOT / "dist").glob("*.exe")) + sorted((ROOT / "dist").glob("*.deb")):
        print(f"{installer.name}: {_mib(installer.stat().st_size)}")
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        pytest.skip("Xvfb and xwininfo (x11-utils) are needed for the window times")
    _build_bare_window()
    read, write = os.pipe()  # Xvfb picks a free display and writes its number there
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            display = ":" + numbers.readline().strip()
        app = _median_time(BUNDLE / "vigie-mutuelle", "Vigie Mutuelle", display)
        bare = _median_time(BARE / "bare-window", "Bare PySide6 window", display)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"time to a shown window (Xvfb, median of {RUNS}, warm): app {app:.2f} s, "
        f"bare PySide6 window frozen the same way {bare:.2f} s"
    )
