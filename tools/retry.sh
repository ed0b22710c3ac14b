# Sourced by tools/build-installers.sh and packaging/windows/wine-env.sh.
# retry CMD...: run a command that downloads (registry hiccups) up to 3 times, 15 s apart;
# the last failure stands.
retry() {
  local try
  for try in 1 2 3; do
    "$@" && return 0
    echo "retry: attempt $try failed: $*" >&2
    [ "$try" = 3 ] || sleep 15
  done
  return 1
}
