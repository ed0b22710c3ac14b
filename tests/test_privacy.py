"""Nothing personal is left behind: a whole session through the window, in a temporary HOME,
leaves the personal values only in the PDF the person chose to save."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader
from stdnum.fr import nir

NIR_BASE = "2480299350123"
PERSON = {
    "person.last_name": "Xanthopoulou",
    "person.first_name": "Zéphyrine Quintilla",
    "person.birth_date": "29/02/1948",
    "person.address_lines[0]": "17 impasse des Zinnias Bleues",
    "person.postal_code": "42100",
    "person.city": "Saint-Étienne",
    "person.phone": "04 77 98 76 54",
    "person.nir": NIR_BASE + nir.calc_check_digits(NIR_BASE),
    "person.member_number": "QZ-778899",
    "insurer.name": "La Mutuelle Générale",
    "insurer.address_lines[0]": "1 place des Saisons",
    "insurer.postal_code": "75014",
    "insurer.city": "Paris",
    "family[0].first_name": "Octavien",
    "family[0].last_name": "Xanthopoulou",
    "family[0].birth_date": "12/03/1975",
    "place": "Saint-Étienne",
}
SECRETS = [
    "Xanthopoulou",
    "Zéphyrine",
    "Zinnias",
    "QZ-778899",
    "Octavien",
    PERSON["person.nir"],
    "04 77 98 76 54",
    "0477987654",
]


def run_session(tmp_path: Path) -> tuple[Path, dict[str, list[str]]]:
    root = tmp_path / "machine"
    env = {key: value for key, value in os.environ.items() if key != "CUPS_SERVER"}
    for name in (
        "HOME",
        "TMPDIR",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_RUNTIME_DIR",
        "XDG_STATE_HOME",
    ):
        folder = root / name.lower()
        folder.mkdir(parents=True)
        env[name] = str(folder)
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    person_file = tmp_path / "person.json"  # outside the searched tree: it is the test's input
    person_file.write_text(json.dumps(PERSON, ensure_ascii=False), encoding="utf-8")
    script = Path(__file__).with_name("privacy_session.py")
    result = subprocess.run(
        [sys.executable, str(script), str(person_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    for secret in SECRETS:
        assert secret not in result.stderr  # nothing personal in what the app printed
    return root, json.loads(result.stdout.strip().splitlines()[-1])


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("latin-1", "ignore")]


def test_personal_values_appear_only_in_the_saved_pdf(tmp_path: Path) -> None:
    root, report = run_session(tmp_path)
    saved = [Path(p) for p in report["saved"]]
    folder = root / "home" / "Documents" / "Dossier Xanthopoulou"  # chosen in the real dialog
    assert len(saved) == 1 and saved[0].parent == folder
    assert dt.date.today().strftime("%d-%m-%Y") in saved[0].name
    assert "Xanthopoulou" not in saved[0].name  # the file name holds no personal data

    text = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(saved[0].read_bytes())).pages
    )
    for value in ("Zéphyrine Quintilla", "Octavien", "QZ-778899", "ZINNIAS"):
        assert value in text

    leaks = []
    files = [p for p in root.rglob("*") if p.is_file()]
    for path in files:
        if path == saved[0]:
            continue
        content = path.read_bytes()
        for secret in SECRETS:
            if any(form and form in content for form in encodings(secret)):
                leaks.append(f"{path.relative_to(root)} holds {secret!r}")
    assert leaks == []


def test_only_the_comfort_setting_persists(tmp_path: Path) -> None:
    root, _ = run_session(tmp_path)
    settings = [p for p in root.rglob("*") if p.is_file() and p.suffix in {".conf", ".ini"}]
    assert len(settings) == 1, settings
    lines = [line.strip() for line in settings[0].read_text().splitlines() if line.strip()]
    assert lines == ["[comfort]", "zoom=1.25"]
    temporary = [p for p in (root / "tmpdir").rglob("*") if p.is_file()]
    assert temporary == []  # no temporary file left behind
