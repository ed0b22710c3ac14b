#!/usr/bin/env bash
# Run inside run-with-orca.sh: start the app, then walk one path by keyboard, each key
# followed by a wait for what Orca says (not a fixed sleep). ORCA_OUT is run-with-orca's OUTDIR.
set -u
log=$ORCA_OUT/orca-debug.log
python=${VIGIE_PYTHON:-.venv/bin/python}
PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} "$python" tools/orca/app.py >"$ORCA_OUT/vigie.log" 2>&1 & app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null' EXIT

spoken() { local n; n=$(grep -c "SPEECH OUTPUT:" "$log" 2>/dev/null); echo "${n:-0}"; }
note() { echo "$(date +%T.%N) $*" >>"$ORCA_OUT/keys.txt"; }
# wait_quiet: wait (up to 8 s) until Orca says something new after mark $1, then until it has
# said nothing more for 0.6 s.
wait_quiet() {
  local before=$1 n=80 last quiet=0
  while [ "$(spoken)" -le "$before" ] && [ $n -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
  last=$(spoken)
  while [ $quiet -lt 6 ] && [ $n -gt -60 ]; do
    sleep 0.1; n=$((n - 1))
    now=$(spoken)
    if [ "$now" = "$last" ]; then quiet=$((quiet + 1)); else quiet=0 last=$now; fi
  done
}
key() { local before; before=$(spoken); note "key $*"; xdotool key --clearmodifiers "$@"; wait_quiet "$before"; }
type_text() { local before; before=$(spoken); note "type $1"; xdotool type --delay 120 "$1"; wait_quiet "$before"; }
# until_said TEXT: true once Orca has said TEXT (grep -F) since line $2 of its speech
said_since() { grep "SPEECH OUTPUT:" "$log" | tail -n "+$(($2 + 1))" | grep -qF -- "$1"; }
wait_said() { # TEXT [TENTHS]
  local n=${2:-150}
  until grep "SPEECH OUTPUT:" "$log" | grep -qF -- "$1"; do
    n=$((n - 1)); [ $n -le 0 ] && { echo "drive: never heard: $1" >&2; return 1; }
    sleep 0.1
  done
}
# wait_new TEXT MARK: wait until Orca says TEXT after line MARK of its speech
wait_new() {
  local n=150
  until said_since "$1" "$2"; do
    n=$((n - 1)); [ $n -le 0 ] && { echo "drive: never heard again: $1" >&2; return 1; }
    sleep 0.1
  done
}
# not_said_since TEXT MARK: Orca has not said TEXT since line MARK of its speech
not_said_since() {
  if said_since "$1" "$2"; then echo "drive: heard $1 (another screen's words)" >&2; return 1; fi
}
# showing SHOWN LEFT: AT-SPI says the screen SHOWN is showing and the screen LEFT is not
showing() { note "showing $1 / $2"; /usr/bin/python3 tools/orca/showing.py "$1" "$2" >>"$ORCA_OUT/keys.txt"; }
# review_reads TEXT KEY...: Orca's flat review (the keypad, desktop layout) reads TEXT of the
# current screen (KEY at most 15 times, as press_until)
review_reads() { press_until "$@"; }
# next_until TEXT KEY...: press KEY (at most 15 times) until Orca says TEXT
press_until() {
  local text=$1 i mark; shift
  mark=$(spoken)
  for i in $(seq 15); do
    said_since "$text" "$mark" && return 0
    key "$@"
  done
  said_since "$text" "$mark" || { echo "drive: never heard after $*: $text" >&2; return 1; }
}

wait_said "Le piratage de 2024" 300 || exit 1
wait_quiet "$(spoken)"
key Return                                  # Commencer
wait_said "Avez-vous une mutuelle" || exit 1
key Return                                  # nothing chosen: an error is said
key Down                                    # "Oui", said "1 sur 3"
key Control+plus                            # the new size is said; the focus stays on "Oui"
key Control+minus
key Return                                  # so Enter still continues
wait_said "Quel est le nom de votre mutuelle" || exit 1
type_text "Malakof Humanis"                 # one f: a typo
key Return                                  # the single suggestion is hers
wait_said "Que lisez-vous sur votre carte" || exit 1
# Back, then forward again: each time the screen shown is "showing" (and the one left not),
# and Orca's flat review reads the screen shown, not the one left.
mark=$(spoken)
key Escape
wait_new "Quel est le nom de votre mutuelle" "$mark" || exit 1
showing "Quel est le nom de votre mutuelle ?" "Que lisez-vous sur votre carte de mutuelle ?" || exit 1
mark=$(spoken)
review_reads "Nom de votre mutuelle" KP_Home || exit 1
not_said_since "J'y lis" "$mark" || exit 1
mark=$(spoken)
key Return
wait_new "Que lisez-vous sur votre carte" "$mark" || exit 1
showing "Que lisez-vous sur votre carte de mutuelle ?" "Quel est le nom de votre mutuelle ?" || exit 1
mark=$(spoken)
key KP_Up                                   # flat review: the line where the focus is
review_reads "J'y lis ALMERYS" KP_Page_Up || exit 1
not_said_since "Je ne la trouve pas" "$mark" || exit 1
key Down                                    # "J'y lis VIAMEDIS"
key Return
wait_said "Depuis 2016, avez-vous eu une autre mutuelle" || exit 1
key Down
key Down                                    # "Non"
key Return
wait_said "Votre résultat" || exit 1
key Return                                  # "Que faire maintenant ?"
wait_said "Que faire maintenant" || exit 1
press_until "Numéros utiles" Tab || exit 1  # the anti-scam numbers
key Return                                  # "Préparer mes documents"
wait_said "Votre mutuelle vous a-t-elle prévenu" || exit 1
key Down
key Return
wait_said "Quels documents" || exit 1
press_until "Lettre à ma mutuelle" Tab || exit 1
key space
press_until "Voir et imprimer : Lettre à ma mutuelle" Return || exit 1
key Return                                  # the preview of the letter
wait_said "Lettre à ma mutuelle" || exit 1
press_until "Page 1 sur" Tab || exit 1      # the page view: its description is the page's text
wait_quiet "$(spoken)"
press_until "Contraste élevé" Tab || exit 1 # the setting in the top bar, then switched on
mark=$(spoken)
key space                                   # (restyling every screen built takes about a second)
wait_new "checked" "$mark" || exit 1
