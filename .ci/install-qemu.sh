#!/usr/bin/env bash
# Install the two real QEMU builds Qompat's fixtures and integration tests use, on Debian bookworm (as root):
#
#   * QEMU 7.2  - Debian bookworm's own qemu-system-x86, installed normally: /usr/bin/qemu-system-x86_64
#   * QEMU 10.0 - Debian bookworm-backports' qemu-system-x86 and friends, NOT installed but unpacked
#                 (dpkg -x) into /opt/qemu-10.0/root, run through the wrapper /opt/qemu-10.0/qemu-system-x86_64
#   * socat     - to talk to QMP sockets by hand
#
# Usage:   sudo bash .ci/install-qemu.sh            (idempotent; a second run with everything present does nothing)
#          QEMU10_PREFIX=/some/dir bash .ci/install-qemu.sh   (unpack 10.0 elsewhere; default /opt/qemu-10.0)
#
# The backports source is added under /etc/apt/sources.list.d/ with the same mirror as the machine's existing
# bookworm source. The backports suite has apt priority 100, so normal installs keep coming from bookworm.
set -euo pipefail

PREFIX="${QEMU10_PREFIX:-/opt/qemu-10.0}"
WRAPPER="$PREFIX/qemu-system-x86_64"
BPO_LIST=/etc/apt/sources.list.d/qompat-bookworm-backports.sources
# Packages unpacked for 10.0: the binary, its data and modules (modules-spice/-opengl mirror what 7.2's
# qemu-system-common ships: qxl, virtio-gpu-gl, ...), and backports' seabios (10.0 needs seabios > 1.16.3).
BPO_PKGS=(qemu-system-x86 qemu-system-common qemu-system-data qemu-system-modules-spice qemu-system-modules-opengl seabios)
# Shared libraries the unpacked 10.0 needs that the 7.2 install does not pull in (all from bookworm itself).
BASE_EXTRA_LIBS=(libvirglrenderer1)

log() { echo "[install-qemu] $*" >&2; }
export DEBIAN_FRONTEND=noninteractive

have_72() {
  command -v socat >/dev/null 2>&1 &&
    /usr/bin/qemu-system-x86_64 -version 2>/dev/null | grep -q '^QEMU emulator version 7\.2\.' &&
    dpkg -s "${BASE_EXTRA_LIBS[@]}" >/dev/null 2>&1
}
have_100() {
  [ -x "$WRAPPER" ] && "$WRAPPER" -version 2>/dev/null | grep -q '^QEMU emulator version 10\.0\.'
}

if have_72 && have_100; then
  log "already installed: $(/usr/bin/qemu-system-x86_64 -version | head -1) / $("$WRAPPER" -version | head -1)"
  exit 0
fi

# --- 1. the backports source, same mirror as the existing bookworm source -------------------------------
bpo_configured() {
  grep -rqsE '(^|[[:space:]])bookworm-backports([[:space:]]|$)' /etc/apt/sources.list \
    $(find /etc/apt/sources.list.d -maxdepth 1 \( -name '*.list' -o -name '*.sources' \) 2>/dev/null)
}
# Prints "URI SIGNED_BY" of the first enabled source that carries the plain "bookworm" suite.
find_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822: blank-line separated stanzas
    awk 'BEGIN{RS=""; FS="\n"}
      {
        uri=""; suites=""; signed=""; types=""; enabled="yes"
        for (i = 1; i <= NF; i++) {
          line = $i; if (line ~ /^[[:space:]]*#/) continue
          split(line, kv, ":"); key = tolower(kv[1]); val = substr(line, length(kv[1]) + 2)
          gsub(/^[[:space:]]+|[[:space:]]+$/, "", val)
          if (key == "uris") uri = val; else if (key == "suites") suites = " " val " ";
          else if (key == "signed-by") signed = val; else if (key == "types") types = " " val " ";
          else if (key == "enabled") enabled = tolower(val)
        }
        split(uri, u, /[[:space:]]+/)
        if (enabled != "no" && types ~ / deb / && suites ~ / bookworm / && u[1] != "") { print u[1], signed; exit }
      }' "$f" | grep . && return 0
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    # one-line: deb [options] URI SUITE COMPONENTS...
    sed -E 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }' | grep . && return 0
  done
  return 1
}

if ! bpo_configured; then
  read -r MIRROR SIGNED_BY < <(find_mirror) || { log "no enabled 'bookworm' apt source found"; exit 1; }
  SIGNED_BY="${SIGNED_BY:-/usr/share/keyrings/debian-archive-keyring.gpg}"
  log "adding bookworm-backports from $MIRROR"
  cat >"$BPO_LIST" <<EOF
Types: deb
URIs: ${MIRROR%/}
Suites: bookworm-backports
Components: main
Signed-By: $SIGNED_BY
EOF
fi

# --- 2. QEMU 7.2 + socat from bookworm ---------------------------------------------------------------------
log "apt-get update"
apt-get update -qq
log "installing qemu-system-x86 (bookworm) socat ${BASE_EXTRA_LIBS[*]}"
apt-get install -y -qq --no-install-recommends qemu-system-x86 socat "${BASE_EXTRA_LIBS[@]}" >/dev/null
/usr/bin/qemu-system-x86_64 -version | head -1

# --- 3. QEMU 10.0 from bookworm-backports, unpacked into $PREFIX ------------------------------------------
if ! have_100; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  chmod 755 "$work"
  # (apt warns that it downloads unsandboxed as root into a mktemp dir; harmless)
  (cd "$work" && apt-get download -qq "${BPO_PKGS[@]/%//bookworm-backports}" 2>"$work/download.log") ||
    { cat "$work/download.log" >&2; exit 1; }
  for p in "${BPO_PKGS[@]}"; do ls "$work/${p}_"*.deb >/dev/null; done
  stage="$work/stage"
  mkdir -p "$stage/root"
  for deb in "$work"/*.deb; do dpkg -x "$deb" "$stage/root"; done
  ver="$(dpkg-deb -f "$work"/qemu-system-x86_*.deb Version)"
  case "$ver" in *:10.0.*) ;; *) log "bookworm-backports has qemu-system-x86 $ver, not 10.0.x"; exit 1 ;; esac
  rm -rf "$stage/root/usr/share/doc" "$stage/root/usr/share/man"

  # Every shared object must resolve (the unpacked dir first, then the system's libraries).
  missing="$(for so in "$stage/root/usr/bin/qemu-system-x86_64" "$stage"/root/usr/lib/x86_64-linux-gnu/qemu/*.so; do
               LD_LIBRARY_PATH="$stage/root/usr/lib/x86_64-linux-gnu" ldd "$so" | grep 'not found' || true
             done)"
  [ -z "$missing" ] || { log "unresolved libraries for 10.0: $missing"; exit 1; }

  cat >"$stage/qemu-system-x86_64" <<EOF
#!/bin/sh
# QEMU $ver (Debian bookworm-backports), unpacked by .ci/install-qemu.sh.
# Modules and firmware come from this directory first, never from the system's QEMU 7.2.
R='$PREFIX/root'
export QEMU_MODULE_DIR="\$R/usr/lib/x86_64-linux-gnu/qemu"
export LD_LIBRARY_PATH="\$R/usr/lib/x86_64-linux-gnu\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
exec "\$R/usr/bin/qemu-system-x86_64" -L "\$R/usr/share/qemu" -L "\$R/usr/share/seabios" -L /usr/lib/ipxe/qemu "\$@"
EOF
  chmod 755 "$stage/qemu-system-x86_64"
  echo "$ver" >"$stage/VERSION"

  rm -rf "$PREFIX.old"
  [ -e "$PREFIX" ] && mv "$PREFIX" "$PREFIX.old"
  mkdir -p "$(dirname "$PREFIX")"
  mv "$stage" "$PREFIX"
  rm -rf "$PREFIX.old"
fi
"$WRAPPER" -version | head -1

# --- 4. smoke test: both answer QMP ------------------------------------------------------------------------
for q in /usr/bin/qemu-system-x86_64 "$WRAPPER"; do
  out="$(printf '%s\n' '{"execute":"qmp_capabilities"}' '{"execute":"query-version"}' '{"execute":"quit"}' |
         timeout 30 "$q" -machine none -nodefaults -display none -qmp stdio 2>&1)"
  echo "$out" | grep -q '"qemu": {"micro"' || { log "$q did not answer QMP: $out"; exit 1; }
done
log "ok"
