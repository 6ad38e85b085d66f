package org.qompat.model;

/**
 * A host capability that QEMU cannot pin through the machine type (tap USO, vhost-net, KVM …).
 * {@code available} is null when unknown; {@code derivation} says how it was established, for people.
 */
public record PlatformFeature(String name, Boolean available, String derivation, Provenance provenance) {

    public boolean known() {
        return available != null;
    }
}
