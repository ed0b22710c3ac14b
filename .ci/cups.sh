#!/usr/bin/env bash
# Idempotent private CUPS server with one cups-pdf queue, for the printing tests.
#
# Adapted from /work/shared/recipes/private-cups.sh. cupsd runs from $CUPS_ROOT and listens only
# on a private Unix socket; the system's cupsd and its queues are left alone. The queue's PDFs
# land in $CUPS_ROOT/pdf (a per-queue cups-pdf config, /etc/cups/cups-pdf-$INSTANCE.conf, is the
# only file written outside $CUPS_ROOT: cups-pdf reads its config from /etc/cups only).
# Must run as root (CI). The last line printed is "CUPS_SERVER=<socket>", ready for `export`:
#   export "$(bash .ci/cups.sh | tail -n 1)"
set -euo pipefail
CUPS_ROOT=${CUPS_ROOT:-/tmp/vigie-cups}
QUEUE=${QUEUE:-VigiePDF}
INSTANCE=${INSTANCE:-vigie}
PPD=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd

if ! command -v cupsd >/dev/null || [ ! -x /usr/lib/cups/backend/cups-pdf ] || [ ! -f "$PPD" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 cups printer-driver-cups-pdf >/dev/null
fi

mkdir -p "$CUPS_ROOT"/{etc/ppd,etc/ssl,spool/tmp,cache,state,log,run,pdf}
chmod 755 "$CUPS_ROOT" "$CUPS_ROOT"/etc
chmod 1777 "$CUPS_ROOT/pdf"
cat > "$CUPS_ROOT/etc/cups-files.conf" <<CONF
SystemGroup root lpadmin
User lp
Group lp
ServerRoot $CUPS_ROOT/etc
RequestRoot $CUPS_ROOT/spool
TempDir $CUPS_ROOT/spool/tmp
CacheDir $CUPS_ROOT/cache
StateDir $CUPS_ROOT/state
AccessLog $CUPS_ROOT/log/access_log
ErrorLog $CUPS_ROOT/log/error_log
PageLog $CUPS_ROOT/log/page_log
FileDevice No
CONF
# Debian's policies, but listening only on the private socket.
grep -v -E '^(Listen|Port|Browsing|BrowseLocalProtocols|LogLevel)' /etc/cups/cupsd.conf \
  >"$CUPS_ROOT/etc/cupsd.conf"
printf 'Listen %s\nBrowsing No\nLogLevel warn\n' "$CUPS_ROOT/run/cups.sock" >>"$CUPS_ROOT/etc/cupsd.conf"
# The queue's own cups-pdf settings: PDFs in $CUPS_ROOT/pdf, named "<title>-job_<id>.pdf".
cat > "/etc/cups/cups-pdf-$INSTANCE.conf" <<CONF
Out $CUPS_ROOT/pdf
Label 2
Grp lpadmin
DecodeHexStrings 1
CONF

export CUPS_SERVER="$CUPS_ROOT/run/cups.sock"
PID_FILE="$CUPS_ROOT/run/cupsd.pid"
if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  :  # already running
else
  rm -f "$CUPS_SERVER"
  setsid cupsd -f -c "$CUPS_ROOT/etc/cupsd.conf" -s "$CUPS_ROOT/etc/cups-files.conf" \
    >"$CUPS_ROOT/log/cupsd.out" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 100); do
    [ -S "$CUPS_SERVER" ] && lpstat -r >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
lpstat -r >&2
lpadmin -p "$QUEUE" -E -v "cups-pdf:/$INSTANCE" -P "$PPD"
lpadmin -d "$QUEUE"
lpstat -p "$QUEUE" -d >&2
echo "cupsd PID $(cat "$PID_FILE"), PDFs in $CUPS_ROOT/pdf" >&2
echo "CUPS_SERVER=$CUPS_SERVER"
