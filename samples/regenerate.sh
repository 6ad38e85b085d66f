#!/usr/bin/env bash
# Regenerates the demo fleet in samples/ from the real QEMU builds on this machine.
#
#   bash .ci/install-qemu.sh           # as root, once: QEMU 7.2 (/usr/bin) and 10.0 (/opt/qemu-10.0)
#   mvn -B -o -q package -DskipTests   # target/qompat.jar
#   bash samples/regenerate.sh         # collects into $WORK, then rebuilds samples/ (see samples/README.md)
#
# Stage 1 only COLLECTS, with the same commands a user runs (qompat collect host|vm). Stage 2 runs
# org.qompat.io.synthetic.DemoFleetBuilder, which derives the other hosts, builds and VM variants from what was
# collected, with every derivation documented in samples/README.md. No KVM is needed: all VMs run under TCG.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/qompat.jar"
Q72="${Q72:-/usr/bin/qemu-system-x86_64}"
Q100="${Q100:-/opt/qemu-10.0/qemu-system-x86_64}"
WORK="${WORK:-$(mktemp -d /tmp/qompat-samples.XXXXXX)}"
QOMPAT=(java -jar "$JAR")
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -o -q package -DskipTests" >&2; exit 1; }
mkdir -p "$WORK/hosts" "$WORK/builds" "$WORK/vms"
log() { echo "== $*" >&2; }

# --- 1. hosts: the two real binaries --------------------------------------------------------------------
log "collect host: QEMU 7.2 ($Q72), compat tables from the 7.2 source fixture"
"${QOMPAT[@]}" collect host --qemu "$Q72" --name lab-qemu72 --label cluster=lab --label rack=l1 \
  --machine pc-q35-7.2 --compat-source "$ROOT/src/test/resources/qemu-source/v7.2" \
  -o "$WORK/hosts/lab-qemu72.json" --build-output "$WORK/builds/qemu-7.2.json"

log "collect host: QEMU 10.0 ($Q100)"
"${QOMPAT[@]}" collect host --qemu "$Q100" --name lab-qemu100 --label cluster=lab --label rack=l1 \
  --machine pc-q35-7.2 --machine pc-q35-8.1 --machine pc-q35-8.2 --machine pc-q35-9.0 \
  --machine pc-q35-9.1 --machine pc-q35-10.0 \
  -o "$WORK/hosts/lab-qemu100.json" --build-output "$WORK/builds/qemu-10.0.json"

# --- 2. VMs: throwaway paused VMs on the real binaries ---------------------------------------------------
COMMON=(-accel tcg -nodefaults -m 2048 -smp 2)
NET=(-device virtio-net-pci,id=net0,netdev=n0 -netdev user,id=n0)
DISK=(-blockdev driver=null-co,node-name=d0 -device virtio-blk-pci,id=disk0,drive=d0)
vm() { # vm NAME BINARY ARGS...
  local name="$1" bin="$2"; shift 2
  log "collect vm --launch: $name"
  "${QOMPAT[@]}" collect vm --launch --qemu "$bin" --name "$name" -o "$WORK/vms/$name.json" -- "$@"
}
vm web-1    "$Q72"  -M pc-q35-7.2  "${COMMON[@]}" "${NET[@]}" "${DISK[@]}"
vm legacy-1 "$Q72"  -M pc-q35-7.2  "${COMMON[@]}" -device e1000,id=nic0,netdev=n0 -netdev user,id=n0 "${DISK[@]}"
vm web-2    "$Q100" -M q35         "${COMMON[@]}" "${NET[@]}" "${DISK[@]}"
vm db-1     "$Q100" -M pc-q35-10.0 "${COMMON[@]}" -cpu EPYC-Milan "${NET[@]}" "${DISK[@]}"
vm cache-1  "$Q100" -M pc-q35-8.2  "${COMMON[@]}" "${NET[@]}" "${DISK[@]}"
vm api-1    "$Q100" -M pc-q35-7.2  "${COMMON[@]}" \
  -device virtio-net-pci,id=net0,netdev=n0,host_uso=off,guest_uso4=off,guest_uso6=off -netdev user,id=n0 "${DISK[@]}"
vm batch-1  "$Q100" -M pc-q35-8.1  "${COMMON[@]}" "${NET[@]}" "${DISK[@]}"
vm ml-1     "$Q100" -M pc-q35-7.2  "${COMMON[@]}" -cpu EPYC-Milan-v2 "${NET[@]}" "${DISK[@]}"
vm store-1  "$Q100" -M pc-q35-10.0 "${COMMON[@]}" "${NET[@]}" \
  -blockdev driver=null-co,node-name=nv0 -device nvme,id=nvme0,serial=store1,drive=nv0
vm infra-1  "$Q100" -M pc-q35-10.0 "${COMMON[@]}" "${NET[@]}" "${DISK[@]}" -device virtio-balloon-pci,id=balloon0
vm gpu-1    "$Q100" -M pc-q35-10.0 "${COMMON[@]}" -cpu EPYC-Milan "${NET[@]}" "${DISK[@]}"

# --- 3. derive the rest and write samples/ ---------------------------------------------------------------
log "DemoFleetBuilder: $WORK -> $ROOT/samples"
java -cp "$JAR" org.qompat.io.synthetic.DemoFleetBuilder "$WORK" "$ROOT/samples" "$Q72" "$Q100" \
  "$ROOT/src/test/resources/captures/qemu-7.2/qom-tree.txt"
log "done; collected material kept in $WORK"
