package org.qompat.model;

/**
 * A host capability that QEMU cannot pin through the machine type (tap USO, vhost-net, KVM …).
 * {@code available} is null when unknown; {@code derivation} says how it was established, for people.
 */
public record PlatformFeature(String name, Boolean available, String derivation, Provenance provenance) {

    /** Tap USO (TUN_F_USO4 and TUN_F_USO6, probed together by QEMU): backs virtio-net host_uso/guest_uso4/6. */
    public static final String TAP_USO = "tap-uso";
    /** Tap UDP-tunnel GSO (TUN_F_UDP_TUNNEL_GSO[_CSUM]): backs virtio-net host_tunnel/guest_tunnel (QEMU 10.2). */
    public static final String TAP_UDP_TUNNEL_GSO = "tap-udp-tunnel-gso";
    /** /dev/vhost-net usable: vhost=on netdevs. */
    public static final String VHOST_NET = "vhost-net";
    /** /dev/kvm usable: KVM acceleration (without it QEMU runs TCG). */
    public static final String KVM = "kvm";

    public boolean known() {
        return available != null;
    }
}
