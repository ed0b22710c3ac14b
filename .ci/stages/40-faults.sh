#!/usr/bin/env bash
# Fault stage: the seeded monkey with 20,000 random events through the real window (it prints
# exceptions, Qt warnings and memory at start and end; any exception fails), then the zoom
# step benchmark (figures only). The other fault tests run in the main pytest run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_QPA_PLATFORM=offscreen
VIGIE_MONKEY_EVENTS="${VIGIE_MONKEY_EVENTS:-20000}" .venv/bin/python -m pytest -q -s \
  tests/faults/test_monkey.py
.venv/bin/python -m pytest -q -s -m benchmark tests/faults/test_zoom_benchmark.py
