#!/usr/bin/env bash
# A private CUPS server with one cups-pdf queue, for the printing tests. Must run as root.
#
#   eval "$(bash .ci/cups.sh start)"    # sets CUPS_SERVER (its socket) and VIGIE_CUPS_ROOT
#   bash .ci/cups.sh stop "$VIGIE_CUPS_ROOT"
#
# Adapted from /work/shared/recipes/private-cups.sh. cupsd runs from a new temporary folder of its
# own (mktemp: runs never share one) and listens only on a Unix socket there; the system's cupsd,
# its queues and /etc are left alone. The queue uses cups-pdf's own settings
# (/etc/cups/cups-pdf.conf, read only): each job lands in the job user's ~/PDF, where the test
# that printed it deletes it; `stop` also deletes any job file of this run left there, stops the
# cupsd it started and removes the folder.
set -euo pipefail
QUEUE=${QUEUE:-VigiePDF}
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

# cups-pdf's output folder for the current user ("Out" of its config, ${HOME}/PDF by default).
cups_pdf_out() {
  local out='${HOME}/PDF' line
  if [ -f /etc/cups/cups-pdf.conf ]; then
    line=$(grep -E '^[[:space:]]*Out[[:space:]]' /etc/cups/cups-pdf.conf | tail -n 1 || true)
    [ -z "$line" ] || out=$(echo "$line" | sed -E 's/^[[:space:]]*Out[[:space:]]+//')
  fi
  local home user
  user=$(id -un)
  home=$(getent passwd "$user" | cut -d: -f6)
  out=${out//'${HOME}'/$home}
  echo "${out//'${USER}'/$user}"
}

stop() {
  local root=$1
  [ -n "$root" ] && [ -f "$root/.vigie-cups" ] || { echo "cups.sh stop: not a folder of ours: $root" >&2; return 1; }
  local pid_file="$root/run/cupsd.pid"
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    kill "$(cat "$pid_file")"
    for _ in $(seq 1 50); do kill -0 "$(cat "$pid_file")" 2>/dev/null || break; sleep 0.1; done
  fi
  local out
  out=$(cups_pdf_out)
  if [ -d "$out" ]; then
    find "$out" -maxdepth 1 -name '*job_*.pdf' -newer "$root/.vigie-cups" -delete
    [ -f "$root/.out-existed" ] || rmdir "$out" 2>/dev/null || true  # made by this run's jobs
  fi
  rm -rf "$root"
  echo "cups.sh: stopped the private cupsd and removed $root" >&2
}

start() {
  if ! command -v cupsd >/dev/null || [ ! -x /usr/lib/cups/backend/cups-pdf ] || [ ! -f "$PPD" ]; then
    echo "cups.sh: cups and printer-driver-cups-pdf are not installed" >&2
    return 1
  fi
  local root
  root=$(mktemp -d "${TMPDIR:-/tmp}/vigie-cups.XXXXXX")
  touch "$root/.vigie-cups"
  [ ! -d "$(cups_pdf_out)" ] || touch "$root/.out-existed"
  mkdir -p "$root"/{etc/ppd,etc/ssl,spool/tmp,cache,state,log,run}
  chmod 755 "$root" "$root"/etc
  cat >"$root/etc/cups-files.conf" <<CONF
SystemGroup root lpadmin
User lp
Group lp
ServerRoot $root/etc
RequestRoot $root/spool
TempDir $root/spool/tmp
CacheDir $root/cache
StateDir $root/state
AccessLog $root/log/access_log
ErrorLog $root/log/error_log
PageLog $root/log/page_log
FileDevice No
CONF
  # Debian's policies, but listening only on the private socket.
  grep -v -E '^(Listen|Port|Browsing|BrowseLocalProtocols|LogLevel)' /etc/cups/cupsd.conf \
    >"$root/etc/cupsd.conf"
  printf 'Listen %s\nBrowsing No\nLogLevel warn\n' "$root/run/cups.sock" >>"$root/etc/cupsd.conf"

  export CUPS_SERVER="$root/run/cups.sock"
  setsid cupsd -f -c "$root/etc/cupsd.conf" -s "$root/etc/cups-files.conf" \
    >"$root/log/cupsd.out" 2>&1 </dev/null &
  echo $! >"$root/run/cupsd.pid"
  for _ in $(seq 1 100); do
    [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! lpstat -r >&2 || ! lpadmin -p "$QUEUE" -E -v "cups-pdf:/" -P "$PPD" || ! lpadmin -d "$QUEUE"; then
    cat "$root/log/cupsd.out" "$root/log/error_log" >&2 2>/dev/null || true
    stop "$root"
    return 1
  fi
  lpstat -p "$QUEUE" -d >&2
  echo "cupsd PID $(cat "$root/run/cupsd.pid") in $root; PDFs in $(cups_pdf_out)" >&2
  echo "CUPS_SERVER=$CUPS_SERVER"
  echo "VIGIE_CUPS_ROOT=$root"
}

case ${1:-start} in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop ROOT" >&2; exit 2 ;;
esac
