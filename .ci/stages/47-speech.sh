#!/usr/bin/env bash
# Read aloud through a real speech-dispatcher (espeak-ng, French, ALSA's null device: no sound
# card): tests/ui/test_read_aloud_speechd.py, here with VIGIE_SPEECH_REQUIRED=1 so that a missing
# speech-dispatcher fails instead of skipping. About 10 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$(date +%s)
VIGIE_SPEECH_REQUIRED=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/ui/test_read_aloud_speechd.py
echo "speech stage: $(($(date +%s) - started)) s"
