# Shared by the capture scripts (sourced, not run): QEMU processes under `timeout`, QMP on a socket per name, and
# every one of them killed when the sourcing script exits. The caller sets TMP (a scratch directory) and QMP (the
# qmp.py command) and declares `declare -A PID=()` before sourcing.

cleanup() {
  local n
  for n in "${!PID[@]}"; do kill "${PID[$n]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

log() { echo "== $*" >&2; }

# start NAME BINARY ARGS...: QEMU in the background, QMP on $TMP/NAME.sock, stderr in $TMP/NAME.stderr
start() {
  local name="$1" bin="$2"; shift 2
  rm -f "$TMP/$name.sock"
  timeout 300 "$bin" "$@" -qmp "unix:$TMP/$name.sock,server=on,wait=off" \
    >"$TMP/$name.stdout" 2>"$TMP/$name.stderr" &
  PID[$name]=$!
}
# stop NAME: quit over QMP, then make sure it is gone
stop() {
  local name="$1"
  $QMP "$TMP/$name.sock" cmd quit >/dev/null 2>&1 || true
  waitfor "$name" 20 || { kill "${PID[$name]}" 2>/dev/null || true; wait "${PID[$name]}" 2>/dev/null || true; }
  unset "PID[$name]"
}
# waitfor NAME SECONDS: wait until the process has exited by itself; 0 if it did
waitfor() {
  local name="$1" secs="$2" i
  for ((i = 0; i < secs * 10; i++)); do
    kill -0 "${PID[$name]}" 2>/dev/null || { wait "${PID[$name]}" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  return 1
}
