#!/usr/bin/env bash
# Regenerates the real QEMU outputs in this directory (see README.md for what each file is).
#
#   bash .ci/install-qemu.sh                       # as root: QEMU 7.2 in /usr/bin, QEMU 10.0 in /opt/qemu-10.0
#   bash src/test/resources/captures/capture.sh    # rewrites qemu-7.2/ qemu-10.0/ migration-errors/
#
# No KVM is needed: every VM runs under TCG (-accel tcg), paused (-S), with -nodefaults -display none.
# Every QEMU runs under `timeout`, and all of them are killed when this script exits.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
Q72="${Q72:-/usr/bin/qemu-system-x86_64}"
Q100="${Q100:-/opt/qemu-10.0/qemu-system-x86_64}"
QMP="python3 $HERE/qmp.py"
TMP="$(mktemp -d /tmp/qompat-capture.XXXXXX)"
declare -A PID=()

# shellcheck source=qemu-procs.sh
source "$HERE/qemu-procs.sh"

VM_ARGS=(-S -accel tcg -nodefaults -display none -device virtio-net-pci,id=net0,netdev=n0 -netdev user,id=n0)

# ---------------------------------------------------------------------------------------------------------
# 1. Per-binary introspection: one raw QMP response line per file
# ---------------------------------------------------------------------------------------------------------
introspect() {
  local ver="$1" bin="$2" out="$HERE/qemu-$1" s="$TMP/intro-$1.sock"
  log "introspecting $ver ($bin)"
  rm -rf "$out"; mkdir -p "$out"
  "$bin" -version >"$out/version.txt"

  start "intro-$ver" "$bin" -machine none -accel tcg -nodefaults -display none
  $QMP "$s" save "$out/query-version.json" query-version
  $QMP "$s" save "$out/query-machines.json" query-machines
  if [ "$ver" = 7.2 ]; then
    # 7.2 has no compat-props argument: keep the error it answers with
    $QMP "$s" save "$out/query-machines-compat-props-error.json" query-machines '{"compat-props": true}'
  else
    $QMP "$s" save "$out/query-machines-compat-props.json" query-machines '{"compat-props": true}'
  fi
  $QMP "$s" save "$out/qom-list-types.json" qom-list-types '{"abstract": true}'
  local dev
  for dev in virtio-net-pci virtio-net-device e1000 virtio-blk-pci; do
    $QMP "$s" save "$out/device-list-properties-$dev.json" device-list-properties "{\"typename\": \"$dev\"}"
  done
  $QMP "$s" save "$out/query-cpu-definitions.json" query-cpu-definitions
  $QMP "$s" save "$out/query-cpu-model-expansion-max.json" query-cpu-model-expansion \
    '{"type": "full", "model": {"name": "max"}}'
  stop "intro-$ver"

  local m
  for m in pc-q35-7.2 ${3:-}; do
    timeout 60 "$bin" -M "$m" -accel tcg -nodefaults -display none -dump-vmstate "$out/dump-vmstate-$m.json"
  done

  # A launched, paused VM with one virtio-net NIC, machine pc-q35-7.2 on both binaries
  start "vm-$ver" "$bin" -M pc-q35-7.2 "${VM_ARGS[@]}"
  s="$TMP/vm-$ver.sock"
  $QMP "$s" hmp "info qom-tree" >"$out/hmp-info-qom-tree.txt"
  $QMP "$s" qom-tree / >"$out/qom-tree.txt"
  $QMP "$s" save "$out/qom-list-machine-peripheral-net0.json" qom-list '{"path": "/machine/peripheral/net0"}'
  stop "vm-$ver"
}

introspect 7.2 "$Q72"
introspect 10.0 "$Q100" pc-q35-10.0

# Properties of virtio-net-pci that exist on only one side (a property 7.2 lacks is used below)
python3 - "$HERE" >"$HERE/virtio-net-pci-property-diff.txt" <<'EOF'
import json, sys
d = sys.argv[1]
def props(v):
    return {p["name"]: p for p in json.load(open(f"{d}/qemu-{v}/device-list-properties-virtio-net-pci.json"))["return"]}
a, b = props("7.2"), props("10.0")
print("# virtio-net-pci properties (device-list-properties) only in 10.0:")
for n in sorted(set(b) - set(a)): print(f"+ {n} {b[n].get('type')} default={b[n].get('default-value', '-')}")
print("# only in 7.2:")
for n in sorted(set(a) - set(b)): print(f"- {n} {a[n].get('type')} default={a[n].get('default-value', '-')}")
EOF

# ---------------------------------------------------------------------------------------------------------
# 2. Real migrations through a file: source (paused) -> exec:cat > FILE; destination -incoming exec:cat FILE
# ---------------------------------------------------------------------------------------------------------
ERR="$HERE/migration-errors"
rm -rf "$ERR"; mkdir -p "$ERR"

# migrate_out NAME BINARY ARGS...: run a paused source VM and migrate it into $TMP/NAME.mig
migrate_out() {
  local name="$1" bin="$2"; shift 2
  rm -f "$TMP/$name.mig"
  start "src-$name" "$bin" "$@"
  $QMP "$TMP/src-$name.sock" cmd migrate "{\"uri\": \"exec:cat > $TMP/$name.mig\"}" >/dev/null
  $QMP "$TMP/src-$name.sock" wait-migrate 120 >"$TMP/src-$name.query-migrate.json" ||
    { echo "source migration $name did not complete: $(cat "$TMP/src-$name.query-migrate.json")" >&2; exit 1; }
  stop "src-$name"
}

# incoming_fails NAME OUTFILE BINARY ARGS...: destination that must exit with an error; keep its stderr
incoming_fails() {
  local name="$1" outfile="$2" bin="$3"; shift 3
  log "migration $name (expect failure)"
  start "dst-$name" "$bin" "$@" -incoming "exec:cat $TMP/$name.mig"
  if ! waitfor "dst-$name" 60; then
    echo "destination $name did not exit; it answers: $($QMP "$TMP/dst-$name.sock" cmd query-status)" >&2
    exit 1
  fi
  unset "PID[dst-$name]"
  cp "$TMP/dst-$name.stderr" "$outfile"
}

# incoming_ok NAME OUTPREFIX BINARY ARGS...: destination that must accept the stream; keep stderr and status
incoming_ok() {
  local name="$1" prefix="$2" bin="$3"; shift 3
  log "migration $name (expect success)"
  start "dst-$name" "$bin" "$@" -incoming "exec:cat $TMP/$name.mig"
  $QMP "$TMP/dst-$name.sock" wait-migrate 60 >"$prefix.query-migrate.json" ||
    { echo "destination $name did not complete: $(cat "$prefix.query-migrate.json")" >&2; exit 1; }
  $QMP "$TMP/dst-$name.sock" save "$prefix.query-status.json" query-status
  stop "dst-$name"
  cp "$TMP/dst-$name.stderr" "$prefix.stderr"
}

# a) new machine type to the old binary: 7.2 does not know pc-q35-10.0
migrate_out m1 "$Q100" -M pc-q35-10.0 "${VM_ARGS[@]}"
incoming_fails m1 "$ERR/10.0-to-7.2-machine-too-new.stderr" "$Q72" -M pc-q35-10.0 "${VM_ARGS[@]}"

# b) the alias q35 resolves to each binary's newest type: pc-q35-10.0 on the source, pc-q35-7.2 on the destination
migrate_out m2 "$Q100" -M q35 "${VM_ARGS[@]}"
incoming_fails m2 "$ERR/10.0-to-7.2-alias-q35-machine-mismatch.stderr" "$Q72" -M q35 "${VM_ARGS[@]}"

# c) pc-q35-7.2 works both ways
migrate_out m3 "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}"
incoming_ok m3 "$ERR/7.2-to-10.0-pc-q35-7.2-ok" "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}"
migrate_out m4 "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}"
incoming_ok m4 "$ERR/10.0-to-7.2-pc-q35-7.2-ok" "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}"

# d) the source has an extra e1000 NIC that the destination lacks (both directions). Its option ROM's RAM block
#    is refused first; with romfile= (no ROM) the device's own VMState section is what the destination refuses.
NIC1=(-device e1000,id=nic1,netdev=n1 -netdev user,id=n1)
migrate_out m5 "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}" "${NIC1[@]}"
incoming_fails m5 "$ERR/7.2-to-10.0-device-missing-on-destination-e1000.stderr" "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}"
migrate_out m6 "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}" "${NIC1[@]}"
incoming_fails m6 "$ERR/10.0-to-7.2-device-missing-on-destination-e1000.stderr" "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}"
NIC1_NOROM=(-device e1000,id=nic1,netdev=n1,romfile= -netdev user,id=n1)
migrate_out m5b "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}" "${NIC1_NOROM[@]}"
incoming_fails m5b "$ERR/7.2-to-10.0-device-missing-on-destination-e1000-no-rom.stderr" "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}"
migrate_out m6b "$Q100" -M pc-q35-7.2 "${VM_ARGS[@]}" "${NIC1_NOROM[@]}"
incoming_fails m6b "$ERR/10.0-to-7.2-device-missing-on-destination-e1000-no-rom.stderr" "$Q72" -M pc-q35-7.2 "${VM_ARGS[@]}"

# e) the command line sets a virtio-net property that only 10.0 has (host_uso, see virtio-net-pci-property-diff.txt)
USO_ARGS=(-S -accel tcg -nodefaults -display none -device virtio-net-pci,id=net0,netdev=n0,host_uso=off -netdev user,id=n0)
migrate_out m7 "$Q100" -M pc-q35-7.2 "${USO_ARGS[@]}"
incoming_fails m7 "$ERR/10.0-to-7.2-property-not-found.stderr" "$Q72" -M pc-q35-7.2 "${USO_ARGS[@]}"

log "done"
