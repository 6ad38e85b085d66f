package org.qompat.ui.inventory;

/**
 * A row of the inventory tree. {@code key} identifies what it stands for (host or VM name, build id, problem
 * index); {@code detail} is the muted second text (QEMU version, machine type, error message).
 */
public record InventoryItem(Kind kind, String key, String text, String detail) {

    public enum Kind {
        HOSTS, GROUP, HOST, VMS, VM, BUILDS, BUILD, PROBLEMS, PROBLEM;

        /** Hosts and VMs (and their folders) can be checked in and out of the analysis; the rest is information. */
        public boolean checkable() {
            return this == HOSTS || this == GROUP || this == HOST || this == VMS || this == VM;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
