#!/usr/bin/env bash
# More real failing migrations between real QEMU binaries, for the log decoder (org.qompat.engine.investigate).
# Same method as ../capture.sh (whose qmp.py it uses): a paused TCG source migrates to `exec:cat > FILE`, the
# destination reads it with `-incoming 'exec:cat FILE'`, and the destination's stderr is kept byte for byte.
#
#   bash src/test/resources/captures/migration-errors-investigate/capture.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
Q72="${Q72:-/usr/bin/qemu-system-x86_64}"
Q100="${Q100:-/opt/qemu-10.0/qemu-system-x86_64}"
QMP="python3 ${QMP_PY:-$HERE/../qmp.py}"
TMP="$(mktemp -d /tmp/qompat-investigate.XXXXXX)"
declare -A PID=()

# shellcheck source=../qemu-procs.sh
source "$HERE/../qemu-procs.sh"

BASE=(-S -accel tcg -nodefaults -display none)
NET=(-device virtio-net-pci,id=net0,netdev=n0 -netdev user,id=n0)

migrate_out() {
  local name="$1" bin="$2"; shift 2
  rm -f "$TMP/$name.mig"
  start "src-$name" "$bin" "$@"
  $QMP "$TMP/src-$name.sock" cmd migrate "{\"uri\": \"exec:cat > $TMP/$name.mig\"}" >/dev/null
  $QMP "$TMP/src-$name.sock" wait-migrate 120 >"$TMP/src-$name.query-migrate.json" ||
    { echo "source migration $name did not complete: $(cat "$TMP/src-$name.query-migrate.json")" >&2; exit 1; }
  stop "src-$name"
}
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

OUT="$HERE"
# ONLY="a f" runs just those scenarios (default: all)
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

# a) a machine type 7.2 still has and 10.0 removed: the 10.0 destination names it (7.2 did not)
want a && migrate_out a "$Q72" -M pc-i440fx-2.3 "${BASE[@]}" "${NET[@]}"
want a && incoming_fails a "$OUT/7.2-to-10.0-machine-removed.stderr" "$Q100" -M pc-i440fx-2.3 "${BASE[@]}" "${NET[@]}"

# b) a device type only 10.0 has (igb): the 7.2 destination cannot even build the VM
IGB=(-device igb,id=nic1,netdev=n1 -netdev user,id=n1)
want b && migrate_out b "$Q100" -M pc-q35-7.2 "${BASE[@]}" "${NET[@]}" "${IGB[@]}"
want b && incoming_fails b "$OUT/10.0-to-7.2-device-type-missing-igb.stderr" "$Q72" -M pc-q35-7.2 "${BASE[@]}" "${NET[@]}" "${IGB[@]}"

# c) a CPU model only 10.0 has
want c && migrate_out c "$Q100" -M pc-q35-7.2 "${BASE[@]}" -cpu GraniteRapids "${NET[@]}"
want c && incoming_fails c "$OUT/10.0-to-7.2-cpu-model-missing.stderr" "$Q72" -M pc-q35-7.2 "${BASE[@]}" -cpu GraniteRapids "${NET[@]}"

# d) same QEMU, different firmware: the destination loads the 128 KiB SeaBIOS instead of the 256 KiB one
want d && migrate_out d "$Q72" -M pc-q35-7.2 "${BASE[@]}" "${NET[@]}"
want d && incoming_fails d "$OUT/7.2-to-7.2-bios-size-mismatch.stderr" "$Q72" -M pc-q35-7.2 "${BASE[@]}" "${NET[@]}" \
  -bios /usr/share/seabios/bios.bin

# e) guest RAM size differs (-m 256 on the source, -m 128 on the destination)
want e && migrate_out e "$Q100" -M pc-q35-7.2 -m 256 "${BASE[@]}" "${NET[@]}"
want e && incoming_fails e "$OUT/10.0-to-10.0-ram-size-mismatch.stderr" "$Q100" -M pc-q35-7.2 -m 128 "${BASE[@]}" "${NET[@]}"

# f) PCI config space differs: the source NIC is modern-only (disable-legacy=on gives PCI device id 0x1041),
#    the destination's is transitional (0x1000); read-only config bytes must match exactly
want f && migrate_out f "$Q72" -M pc-q35-7.2 "${BASE[@]}" -device virtio-net-pci,id=net0,netdev=n0,disable-legacy=on -netdev user,id=n0
want f && incoming_fails f "$OUT/7.2-to-10.0-pci-config-device-id.stderr" "$Q100" -M pc-q35-7.2 "${BASE[@]}" "${NET[@]}"

# g) a device that refuses to migrate at all: the source's migrate command fails (QMP error kept as is)
# h-j) a guest that negotiated virtio features. No guest OS is needed: a 512-byte boot sector (guest/*.S, built
#      here with GNU as) plays the virtio-net driver, accepts every offered feature and halts. The source runs
#      it (no -S) for a few seconds, then migrates.
build_guest() { # build_guest NAME -> $TMP/NAME.img, a 1 MiB raw disk whose first sector is the program
  as --32 -o "$TMP/$1.o" "$HERE/guest/$1.S" && ld -m elf_i386 -Ttext 0x7c00 --oformat binary -o "$TMP/$1.bin" "$TMP/$1.o"
  dd if=/dev/zero of="$TMP/$1.img" bs=512 count=2048 2>/dev/null && dd if="$TMP/$1.bin" of="$TMP/$1.img" conv=notrunc 2>/dev/null
}
disk() { echo "-drive file=$TMP/$1.img,format=raw,if=none,id=d0,snapshot=on -device ide-hd,drive=d0,bus=ide.0"; }
RUN=(-accel tcg -nodefaults -display none)
# migrate_running NAME BINARY ARGS...: like migrate_out, but the guest runs for 5 s first
migrate_running() {
  local name="$1" bin="$2"; shift 2
  rm -f "$TMP/$name.mig"
  start "src-$name" "$bin" "$@"
  sleep 5
  $QMP "$TMP/src-$name.sock" cmd migrate "{\"uri\": \"exec:cat > $TMP/$name.mig\"}" >/dev/null
  $QMP "$TMP/src-$name.sock" wait-migrate 120 >/dev/null || { echo "source migration $name failed" >&2; exit 1; }
  stop "src-$name"
}

# h) legacy driver, 32-bit guest features: the source NIC has mq=on, the destination's does not
if want h; then
  build_guest legacy-virtio-net
  migrate_running h "$Q72" -M pc-q35-7.2 "${RUN[@]}" $(disk legacy-virtio-net) \
    -device virtio-net-pci,id=net0,netdev=n0,addr=0x3,mq=on -netdev user,id=n0
  incoming_fails h "$OUT/7.2-to-10.0-virtio-features-legacy-mq.stderr" "$Q100" -M pc-q35-7.2 -S "${RUN[@]}" \
    $(disk legacy-virtio-net) -device virtio-net-pci,id=net0,netdev=n0,addr=0x3 -netdev user,id=n0
fi

# i, j) modern driver, 64-bit features, tap backend with USO (Linux >= 6.2 host, needs CAP_NET_ADMIN): the guest
#       negotiates USO; i) the destination has USO off (as a host without tap USO, or a downstream machine type
#       that pins it off, masks it); j) the destination's NIC sits on -netdev user, without a vnet header
if want i || want j; then
  if [ -w /dev/net/tun ] && [ "$(id -u)" = 0 ]; then
    build_guest modern-virtio-net
    tapnet() { echo "-netdev tap,id=n0,ifname=qompattap$1,script=no,downscript=no,vnet_hdr=on"; }
    migrate_running i "$Q100" -M pc-q35-10.0 "${RUN[@]}" $(disk modern-virtio-net) \
      -device virtio-net-pci,id=net0,netdev=n0,addr=0x3 $(tapnet 0)
    want i && incoming_fails i "$OUT/10.0-to-10.0-virtio-features-uso-off.stderr" "$Q100" -M pc-q35-10.0 -S "${RUN[@]}" \
      $(disk modern-virtio-net) -device virtio-net-pci,id=net0,netdev=n0,addr=0x3,host_uso=off,guest_uso4=off,guest_uso6=off \
      $(tapnet 1)
    want j && incoming_fails i "$OUT/10.0-to-10.0-virtio-no-vnet-hdr.stderr" "$Q100" -M pc-q35-10.0 -S "${RUN[@]}" \
      $(disk modern-virtio-net) -device virtio-net-pci,id=net0,netdev=n0,addr=0x3 -netdev user,id=n0
  else
    log "skipping i, j: a tap device needs root and /dev/net/tun"
  fi
fi

# k) the QOM tree of the VM the Investigate view's fixtures call web-1: -M q35 on 10.0 (resolves to pc-q35-10.0)
if want k; then
  start tree "$Q100" -M q35 "${BASE[@]}" "${NET[@]}"
  $QMP "$TMP/tree.sock" qom-tree / >"$OUT/q35-on-10.0.qom-tree.txt"
  stop tree
fi

want g && log "migration blocker (nvme)"
want g && for v in 7.2 10.0; do
  bin=$Q72; [ $v = 10.0 ] && bin=$Q100
  start "blk-$v" "$bin" -M pc-q35-7.2 "${BASE[@]}" -device nvme,id=nvme0,serial=deadbeef
  $QMP "$TMP/blk-$v.sock" cmd migrate "{\"uri\": \"exec:cat > /dev/null\"}" >"$OUT/$v-nvme-migration-blocker.qmp.json"
  stop "blk-$v"
done
log "done"
