package org.qompat.model;

/** A BIOS or option ROM file in the host's QEMU data directories; its size becomes a RAM block's size. */
public record FirmwareFile(String name, long size, String sha256) {
}
