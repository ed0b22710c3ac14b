"""Read aloud through a real speech-dispatcher with espeak-ng and no sound card (issue 11).

Runs where speech-dispatcher is installed (CI installs it: tools/debian/test-packages.txt), and
`.ci/stages/47-speech.sh` runs it again with VIGIE_SPEECH_REQUIRED=1, where a missing
speech-dispatcher fails instead of skipping. The app runs in a child process with its own
XDG folders (a private speech-dispatcher configuration: ALSA's null device, espeak-ng, French,
a full log in the test's folder),
which clicks the real "Écouter" on the first question and prints what the engine did; the
speech-dispatcher it autospawned is stopped afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REQUIRED = os.environ.get("VIGIE_SPEECH_REQUIRED") == "1"
CONFIG = "/etc/speech-dispatcher/speechd.conf"
pytestmark = pytest.mark.skipif(
    not REQUIRED and not (shutil.which("speech-dispatcher") and Path(CONFIG).exists()),
    reason="speech-dispatcher is not installed (apt-get install speech-dispatcher "
    "speech-dispatcher-espeak-ng espeak-ng)",
)

CHILD = """
import json
from PySide6.QtCore import QTimer
from desktop.ui.app import create_app
from desktop.ui.spoken_text import screen_text
from desktop.ui.wizard import MainWindow
from desktop.ui.zoom import Zoom

app = create_app()
window = MainWindow(Zoom(app, None))
window.resize(1024, 768)
window.show()
window.show_page("has_mutuelle")
reader = window.reader()
states = []
window.top_bar.listen.click()
report = {
    "problem": reader.problem,
    "button": window.top_bar.listen.text(),
    "text": screen_text(window.current),
}
if reader.engine is not None:
    engine = reader.engine
    report.update(engine=engine.engine(), locale=engine.locale().name(), parts=len(reader.parts))
    engine.stateChanged.connect(lambda state: states.append(state.name))
    if engine.state().name == "Speaking":
        states.append("Speaking")

    def done():
        return window.top_bar.listen.text() == "Écouter"

    timer = QTimer()
    timer.timeout.connect(lambda: done() and app.quit())
    timer.start(50)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    report.update(states=list(states), after=window.top_bar.listen.text())
    # Then quick clicks, speed changes and screen changes, as an impatient hand would: the
    # client library of speech-dispatcher deadlocked on such a sequence before desktop/ui/voice.py.
    import random
    import time

    rng = random.Random(20240208)
    for _ in range(40):
        action = rng.choice(["listen", "listen", "screen", "speed"])
        if action == "listen":
            window.listen()
        elif action == "screen":
            window.show_page(rng.choice(["has_mutuelle", "former", "welcome"]))
        elif reader.bar.faster.isVisible():
            reader.change_speed(rng.choice([-1, 1]))
        for _ in range(3):
            app.processEvents()
            time.sleep(rng.random() * 0.05)
    report["impatient"] = "survived"
print(json.dumps(report))
"""


def private_speech_dispatcher(root: Path) -> dict[str, str]:
    """XDG folders with a speech-dispatcher configuration that needs no sound card."""
    env = {
        "XDG_RUNTIME_DIR": str(root / "run"),
        "XDG_CONFIG_HOME": str(root / "config"),
        "XDG_CACHE_HOME": str(root / "cache"),
    }
    (root / "run").mkdir(mode=0o700)
    config = root / "config" / "speech-dispatcher"
    config.mkdir(parents=True)
    text = Path(CONFIG).read_text(encoding="utf-8")
    text += '\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n'
    text += 'DefaultModule espeak-ng\nDefaultLanguage "fr"\n'
    (root / "log").mkdir()
    text += f'LogLevel 5\nLogDir "{root / "log"}"\n'  # the log shows each text received
    (config / "speechd.conf").write_text(text, encoding="utf-8")
    return env


def stop_daemons(root: Path) -> None:
    """The speech-dispatcher autospawned for ``root`` (its socket is under it), and its modules."""
    found = subprocess.run(
        ["pgrep", "-f", f"speech-dispatcher --spawn.*{root}"], capture_output=True, text=True
    ).stdout.split()
    for pid in found:
        os.kill(int(pid), signal.SIGTERM)
    deadline = time.monotonic() + 5
    while found and time.monotonic() < deadline:
        found = [pid for pid in found if Path(f"/proc/{pid}").exists()]
        time.sleep(0.1)
    for pid in found:  # one stuck in its audio output ignores SIGTERM
        os.kill(int(pid), signal.SIGKILL)


def test_ecouter_speaks_through_speech_dispatcher(tmp_path: Path) -> None:
    assert shutil.which("speech-dispatcher"), "speech-dispatcher is required here"
    root = tmp_path / "speech"
    root.mkdir()
    env = {**os.environ, **private_speech_dispatcher(root), "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        stop_daemons(root)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"speech-dispatcher reading: {time.monotonic() - started:.1f} s, {report['states']}")
    assert report["problem"] == ""
    assert report["engine"] == "speechd"
    assert report["locale"].startswith("fr_")
    assert report["button"] == "Arrêter"  # while it spoke
    assert "Speaking" in report["states"]
    assert report["states"][-1] == "Ready"
    assert report["after"] == "Écouter"  # the whole screen was read
    log = (root / "log" / "speech-dispatcher.log").read_text(encoding="utf-8", errors="replace")
    assert f"Queueing message |{report['text'][:150]}" in log  # what reached speech-dispatcher
    assert report["text"].startswith("Avez-vous une mutuelle ?")
    assert report["impatient"] == "survived"  # no deadlock (else the child's timeout)
