#!/usr/bin/env bash
# CI stage: the README's two commands on a clean Debian 12 with only Debian's own Python (3.11).
#
# The CI machine has a docker client but no engine, so the system is made with debootstrap
# (variant minbase, plus python3: what a fresh Debian 12 has of Python) and entered with chroot.
# In it, from a copy of the checkout's files:
#   1. as a user who may not install packages, ./tools/run-app.sh stops and names the one
#      `apt-get install` line to run (here: python3.11-venv);
#   2. as root, ./tools/run-app.sh installs what is missing and shows its window on Xvfb;
#   3. as root, ./tools/run-tests.sh passes (hypothesis profile $CHROOT_TEST_PROFILE, dev by
#      default: the full profile already ran on this machine in the main test run);
#   4. ./tools/run-app.sh starts a second time inside `unshare -n` (no network at all) and shows
#      its window again.
# Everything runs in private mount and PID namespaces: the mounts, Xvfb, the app and any cupsd
# end with the stage. The host's apt cache is hard-linked in to save downloads (nothing is
# written to it); pip's cache is shared with the host's.
set -euo pipefail
cd "$(dirname "$0")/../.."
SUITE=bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PROFILE=${CHROOT_TEST_PROFILE:-dev}
WINDOW_TITLE="Vigie Mutuelle"

log() { printf '[debian12 %4ss] %s\n' "$SECONDS" "$*"; }

retry() {  # retry N COMMAND...: registry hiccups (a mirror being synced, a dropped connection)
  local tries=$1 try
  shift
  for try in $(seq 1 "$tries"); do
    "$@" && return 0
    [ "$try" -eq "$tries" ] || { log "failed (try $try of $tries), again in $((try * 10)) s: $*"; sleep $((try * 10)); }
  done
  return 1
}

# run_as USER DIR COMMAND...: in the chroot, as USER, in DIR, with a clean login-like environment;
# with OFFLINE=1 inside `unshare -n` (a network namespace with no network at all).
run_as() {
  local user=$1 dir=$2 home=/root
  shift 2
  [ "$user" = root ] || home=/home/$user
  local prefix=()
  [ "${OFFLINE:-0}" != 1 ] || prefix=(unshare -n --)
  "${prefix[@]}" chroot --userspec="$user:$user" "$ROOT" /usr/bin/env -i HOME="$home" USER="$user" \
    LOGNAME="$user" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DISPLAY="$DISPLAY" VIGIE_TEST_PROFILE="$PROFILE" \
    ${CA_FILE:+PIP_CERT=/usr/local/share/vigie-ci-ca.crt} \
    bash -c 'cd "$0" && exec "$@"' "$dir" "$@"
}

# --- inside: private mount and PID namespaces (see the end of this file) ----------------------
inside() {
  local work=$1 root=$1/root
  ROOT=$root
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
  mkdir -p "$root/tmp/.X11-unix" "$root/root/.cache/pip" /tmp/.X11-unix
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  [ ! -d "$HOST_PIP_CACHE" ] || mount --bind "$HOST_PIP_CACHE" "$root/root/.cache/pip"

  # A display of our own; stopped with TERM on the way out so it removes its lock file.
  Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  XVFB_PID=$!
  trap 'kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null || true' EXIT
  local display=""
  for _ in $(seq 1 100); do
    display=$(tr -dc 0-9 <"$work/display")
    [ -z "$display" ] || break
    sleep 0.1
  done
  [ -n "$display" ] || { cat "$work/xvfb.log"; log "Xvfb did not start"; return 1; }
  export DISPLAY=":$display"
  log "Xvfb on $DISPLAY"

  # 1. A user who may not install packages gets the one line to run, and nothing is started.
  log "1. as a user without sudo: ./tools/run-app.sh"
  local said status=0
  said=$(run_as alice /home/alice/vigie ./tools/run-app.sh 2>&1) || status=$?
  printf '%s\n' "$said" | sed 's/^/    /'
  if [ "$status" -eq 0 ] || ! printf '%s\n' "$said" | grep -q 'sudo apt-get install python3.11-venv'; then
    log "FAILED: expected a failure naming 'sudo apt-get install python3.11-venv'"
    return 1
  fi

  # 2. First start as root: installs what is missing, then shows the window.
  log "2. as root: ./tools/run-app.sh (first start: set-up, then the window)"
  show_window "$work/app-1.log" 900 run_as root /root/vigie ./tools/run-app.sh

  # 3. The test command.
  log "3. as root: ./tools/run-tests.sh (hypothesis profile $PROFILE)"
  local started=$SECONDS
  run_as root /root/vigie ./tools/run-tests.sh 2>&1 | sed 's/^/    /'
  log "run-tests.sh passed in $((SECONDS - started)) s"

  # 4. Second start with no network at all.
  log "4. ./tools/run-app.sh again inside unshare -n (no network)"
  OFFLINE=1 show_window "$work/app-2.log" 120 run_as root /root/vigie ./tools/run-app.sh
  if grep -q 'Installing' "$work/app-2.log"; then
    cat "$work/app-2.log"
    log "FAILED: the second start installed something"
    return 1
  fi
}

# The id of a mapped (viewable) top-level window whose title has $WINDOW_TITLE, if any.
viewable_window() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | grep -F "\"" | grep -F "$WINDOW_TITLE" | awk '{print $1}' || true); do
    if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
      echo "$id"
      return
    fi
  done
}

# show_window LOG TIMEOUT COMMAND...: start the app, wait for its window to be mapped, stop it.
show_window() {
  local logfile=$1 timeout=$2 started=$SECONDS
  shift 2
  set -m  # the app in a process group of its own, to stop it whole
  "$@" >"$logfile" 2>&1 &
  local app=$! window=""
  set +m
  while [ $((SECONDS - started)) -lt "$timeout" ] && kill -0 "$app" 2>/dev/null; do
    window=$(viewable_window)
    [ -z "$window" ] || break
    sleep 0.2
  done
  if [ -z "$window" ]; then
    sed 's/^/    /' "$logfile"
    kill -- -"$app" 2>/dev/null || true
    log "FAILED: no '$WINDOW_TITLE' window within $timeout s"
    return 1
  fi
  xwininfo -id "$window" | grep -E 'xwininfo|Width|Height|Map State' | sed 's/^/    /'
  log "window shown $((SECONDS - started)) s after the start"
  sed 's/^/    /' "$logfile"
  kill -- -"$app"
  wait "$app" 2>/dev/null || true
  for _ in $(seq 1 25); do [ -n "$(viewable_window)" ] || break; sleep 0.2; done
  if [ -n "$(viewable_window)" ]; then
    log "FAILED: the window is still there after the app was stopped"
    return 1
  fi
}

if [ "${1:-}" = inside ]; then
  inside "$2"
  exit
fi

# --- outside ------------------------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || { echo "This stage needs root (debootstrap, chroot, namespaces)." >&2; exit 1; }
if command -v docker >/dev/null && timeout 10 docker info >/dev/null 2>&1; then
  log "note: a docker engine answers here too; this stage uses debootstrap all the same"
fi
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
  log "installing on the CI machine: ${need[*]}"
  apt-get update -qq || log "apt-get update reported a problem (the install says if it matters)"
  retry 3 env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 "${need[@]}" >/dev/null
fi

work=$(mktemp -d /var/tmp/vigie-debian12.XXXXXX)
root=$work/root
cleanup() {
  # Everything was mounted in the private namespace, gone with it; check before deleting anyway.
  if findmnt -rn -o TARGET | grep -q -F "$work/"; then
    log "something is still mounted under $work: left in place"
    return
  fi
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT

log "debootstrap $SUITE (minbase + python3) into $root"
make_root() {
  rm -rf --one-file-system "$root"
  debootstrap --variant=minbase --include=python3 "$SUITE" "$root" "$MIRROR" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log"; return 1; }
}
retry 3 make_root
log "made; $(chroot "$root" python3 --version), $(du -sh "$root" | cut -f1)"

# The sources of a Debian 12 installed from its images.
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main
SOURCES
# What a container image would have: services are not started by package installs.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# /etc/hosts as Debian's installer writes it (debootstrap copies /etc/hostname, writes no hosts):
# the machine's own name is known locally, and nothing (libcups asks for it) sends a DNS query.
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
  "$(hostname)" >"$root/etc/hosts"
# The host's downloaded packages, hard-linked (same file system) or skipped: apt takes those
# whose version and checksum match instead of downloading them.
cp -al /var/cache/apt/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
# This CI machine reaches PyPI through a proxy with its own certificate authority.
CA_FILE=""
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  CA_FILE=$PIP_CERT
  cp "$PIP_CERT" "$root/usr/local/share/vigie-ci-ca.crt"
fi
export CA_FILE
export HOST_PIP_CACHE=${PIP_CACHE_DIR:-$HOME/.cache/pip}

# The checkout's files (what a fresh clone has), for root and for a user without sudo.
chroot "$root" useradd -m -s /bin/bash alice
for dest in "$root/root/vigie" "$root/home/alice/vigie"; do
  mkdir -p "$dest"
  git ls-files -z | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$dest"
done
chroot "$root" chown -R alice:alice /home/alice/vigie

unshare --mount --propagation private --pid --fork --mount-proc bash "$0" inside "$work"
log "passed"
