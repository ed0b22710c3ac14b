#!/usr/bin/env bash
# Mutation testing: mutmut over the modules listed in pyproject.toml ([tool.mutmut] only_mutate,
# with per-test selection: each mutant runs only the tests that call the mutated function),
# then the layout constants of desktop/documents/page.py (tools/mutation_constants.py).
# Prints the score per module and the time taken; exits 1 when a score is below MIN_SCORE.
#
#   tools/mutation.sh                  # everything, from scratch
#   tools/mutation.sh postal fields    # only these desktop/core modules, page constants skipped
#   JOBS=2 MIN_SCORE=90 tools/mutation.sh
#
# JOBS is mutmut's --max-children (default 1: the machine is shared). Survivors judged
# equivalent are listed in docs/mutation/equivalent-mutants.md and left out of the score.
# `.venv/bin/mutmut show NAME` shows one mutant; `tools/mutation_score.py --survivors` lists them.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/venv.sh
ensure_venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,mutation]'
export QT_QPA_PLATFORM=offscreen
MIN_SCORE=${MIN_SCORE:-90}
started=$(date +%s)
log=${TMPDIR:-/tmp}/vigie-mutmut.log

names=()
for module in "$@"; do names+=("desktop.core.${module%.py}.*"); done
if [ $# -eq 0 ] && [ "${KEEP_MUTANTS:-0}" != 1 ]; then
  rm -rf mutants  # cached results would hide what changed in the tests
fi

status=0
echo "== mutmut (JOBS=${JOBS:-1}, log in $log)"
.venv/bin/mutmut run --max-children "${JOBS:-1}" "${names[@]}" >"$log" 2>&1 || status=$?
tr '\r' '\n' <"$log" | grep -E '[0-9]+/[0-9]+ ' | tail -n 1 || true
grep -a 'mutations/second' "$log" || true
[ "$status" -eq 0 ] || { echo "mutmut failed (exit $status), see $log"; exit "$status"; }
echo "== mutation score (killed / (killed + survived), equivalent mutants left out)"
.venv/bin/python tools/mutation_score.py --min "$MIN_SCORE" "$@" || status=1

if [ $# -eq 0 ]; then
  echo "== page.py layout constants"
  .venv/bin/python tools/mutation_constants.py --min "$MIN_SCORE" || status=1
fi
echo "== mutation testing took $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
exit "$status"
