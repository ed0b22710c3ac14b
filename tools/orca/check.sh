#!/usr/bin/env bash
# A real Orca reads the app: one path by keyboard (welcome -> a mutuelle typed with a typo ->
# result -> what to do -> the letter to the mutuelle -> preview), then what Orca said is checked.
# Needs (Debian): orca at-spi2-core python3-pyatspi xvfb xdotool speech-dispatcher dbus.
# Usage: tools/orca/check.sh [OUTDIR]   (keeps spoken.txt, keys.txt and the logs in OUTDIR)
set -uo pipefail  # not -e: the check below reports every line not heard
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d "${TMPDIR:-/tmp}/orca-check.XXXXXX")}
mkdir -p "$out" && out=$(cd "$out" && pwd)
export ORCA_OUT=$out VIGIE_PYTHON=${VIGIE_PYTHON:-$PWD/.venv/bin/python}
unset QT_QPA_PLATFORM
spoken=$out/spoken.txt
for attempt in 1 2; do
  start=$(date +%s)
  status=0
  timeout 300 dbus-run-session -- tools/orca/run-with-orca.sh "$out" -- tools/orca/drive.sh || status=$?
  echo "orca check: the run took $(($(date +%s) - start)) s (status $status); what Orca said: $spoken"
  # Once seen here: Orca got a SIGTERM from outside half a second after it started (another
  # Orca of the same user starting?) and heard nothing of the app. That, and only that, is
  # tried again; anything the app did wrong fails at once.
  grep -q "ORCA: Shutting down and exiting due to signal" "$out/orca-debug.log" 2>/dev/null &&
    [ "$(grep -c . "$spoken")" -le 2 ] && [ "$attempt" = 1 ] || break
  echo "orca check: Orca was stopped from outside before it heard the app; once more" >&2
  rm -f "$out"/*.log "$out/keys.txt"
done
[ -s "$spoken" ] || { echo "orca check: Orca said nothing" >&2; exit 1; }
# What must have been heard: the app's own texts, the first anti-scam number, a line of the letter.
"$VIGIE_PYTHON" - "$spoken" <<'PY'
import io
import sys

import pypdf

from desktop.commands.samples import sample_answers
from desktop.core.guidance import load_guidance
from desktop.core.verdict import HEADLINES, PROBABLE
from desktop.documents import render

heard = " ".join(open(sys.argv[1], encoding="utf-8").read().replace("\u202f", " ").replace("\xa0", " ").split())
letter = pypdf.PdfReader(io.BytesIO(render("lettre-mutuelle", sample_answers()))).pages[0]
wanted = [
    "Le piratage de 2024 a-t-il touché vos données de mutuelle",
    "Avez-vous une mutuelle",
    "Quel est le nom de votre mutuelle",
    "Que lisez-vous sur votre carte de mutuelle",
    "Votre résultat",
    HEADLINES[PROBABLE].rstrip("."),  # the verdict for Malakoff Humanis (its own notice)
    "Que faire maintenant",
    load_guidance().numbers[0].number,
    "Quels documents voulez-vous préparer",
    "Choisissez une réponse, puis appuyez sur",
    "selected radio button",  # an answer is a radio button, said chosen
    "1 sur 3",  # and its place among the answers
    "Taille du texte : 125 %",  # Ctrl+plus: the new size
    "Taille du texte : 100 %",
    "Contraste élevé",  # the setting, reached by Tab
    next(" ".join(l.split()) for l in letter.extract_text().splitlines() if len(l.strip()) > 30),
]
missing = [line for line in wanted if " ".join(line.replace("\u202f", " ").replace("\xa0", " ").split()) not in heard]
for line in wanted:
    print(("NOT HEARD: " if line in missing else "heard: ") + line)
sys.exit(1 if missing else 0)
PY
heard=$?
[ "$status" = 0 ] && [ "$heard" = 0 ]
