"""What the set-up promises: the Pythons we support, and one list of Debian packages for everyone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEBIAN = ROOT / "tools" / "debian"


def package_list(name: str) -> list[str]:
    lines = (DEBIAN / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def library_table() -> dict[str, str]:
    lines = (DEBIAN / "runtime-libraries.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line and not line.startswith("#"))


NONE_LOOP = """
import sys
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton()
before = sys.getrefcount(None)
for _ in range(30_000):
    button.setText("x")
print(before, sys.getrefcount(None))
"""


def test_qt_calls_keep_their_references_to_none() -> None:
    """PySide6 6.12 on Python 3.10 and 3.11 loses a reference to None at each such call and the
    process aborts ("deallocating None"): pyproject.toml gives those Pythons PySide6 6.11."""
    done = subprocess.run(
        [sys.executable, "-c", NONE_LOOP],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, after = map(int, done.stdout.split())
    assert after >= before - 100, (before, after)


def test_qtpdf_comes_with_the_installed_pyside() -> None:
    from PySide6.QtPdf import QPdfDocument

    assert QPdfDocument(None).pageCount() == 0


def test_the_readme_lists_the_debian_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("runtime-packages.txt", "test-packages.txt"):
        line = "sudo apt-get install " + " ".join(package_list(name))
        assert line in readme, f"README.md should show: {line}"


def test_every_library_is_named_for_a_listed_package_or_its_dependency() -> None:
    table = library_table()
    runtime = set(package_list("runtime-packages.txt"))
    direct = {package for package in table.values() if package in runtime}
    # Each runtime library package is named by at least one soname, so ldd's findings map to it.
    assert runtime - {"fonts-dejavu-core"} <= direct, runtime - direct
    assert all(re.fullmatch(r"lib[\w.+-]+\.so\.\d+", soname) for soname in table)


@pytest.mark.skipif(not shutil.which("dpkg"), reason="not a Debian or Ubuntu system (no dpkg)")
def test_the_library_table_agrees_with_dpkg() -> None:
    """Checked where the packages are installed (CI installs the runtime list)."""
    table = library_table()
    # Where the dynamic loader finds each library (its folder resolved: /lib is /usr/lib).
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    if not Path(ldconfig).exists():
        pytest.skip("no ldconfig here")
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    found = dict(re.findall(r"^\s*(\S+) \(.*x86-64.*\) => (\S+)$", cache, re.M))
    paths = [str(Path(found[so]).parent.resolve() / so) for so in table if so in found]
    if not paths:
        pytest.skip("none of the Qt runtime libraries is installed here")
    done = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True, check=False)
    owners: dict[str, set[str]] = {}
    for line in done.stdout.splitlines():  # "libegl1:amd64: /usr/lib/x86_64-linux-gnu/libEGL.so.1"
        packages, path = line.split(": ", 1)
        for package in packages.split(", "):
            owners.setdefault(Path(path).name, set()).add(package.split(":")[0])
    assert owners, done.stderr
    wrong = {
        so: owners[so]
        for so, package in table.items()
        if so in owners and package not in owners[so]
    }
    assert not wrong, wrong


def test_the_xcb_plugin_finds_all_its_libraries() -> None:
    """What run-app.sh checks before starting: ldd finds every library of Qt's xcb plugin."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or not shutil.which("ldd"):
        pytest.skip("no Linux xcb plugin or no ldd here")
    done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    missing = re.findall(r"^\s*(\S+) => not found", done.stdout, re.M)
    assert not missing, f"install: {sorted(library_table().get(so, so) for so in missing)}"
