package org.qompat.model;

/**
 * A RAM block the source sends (guest RAM, BIOS, option ROM, video RAM). {@code firmwareFile} names the host file
 * whose size decides the block size (e.g. {@code bios-256k.bin}), or is null for blocks sized by the VM config.
 */
public record RamBlock(String id, long size, String firmwareFile) {
}
