package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtioFeatureTableTest {

    private final VirtioFeatureTable table = VirtioFeatureTable.standard();

    private List<FeatureBit> refused(String features, String allowed) {
        return table.refused(VirtioFeatureTable.parseMask(features), VirtioFeatureTable.parseMask(allowed));
    }

    @Test
    void primerExampleIsTheThreeUsoBits() {
        List<FeatureBit> bits = refused("0x1c0010130afffa7", "0x10179bfffe7");
        assertThat(bits).extracting(FeatureBit::bit).containsExactly(54, 55, 56);
        assertThat(bits).extracting(FeatureBit::shortName).containsExactly("GUEST_USO4", "GUEST_USO6", "HOST_USO");
        assertThat(bits).extracting(FeatureBit::property).containsExactly("guest_uso4", "guest_uso6", "host_uso");
        assertThat(bits).allSatisfy(b -> {
            assertThat(b.requirement().platformFeature()).isEqualTo("tap-uso");
            assertThat(b.requirement().description()).contains("Linux >= 6.2");
        });
    }

    @Test
    void kubevirtVariantAlsoRefusesOnlyUso() {
        assertThat(refused("1c0010130afffaf", "10179bfffef")).extracting(FeatureBit::bit)
                .containsExactly(54, 55, 56);
    }

    @Test
    void a128BitMaskOfQemu10_2ReachesTheUdpTunnelBits() {
        // VIRTIO_FEATURES_FMT: two %016 words, high first: bits 65..68 are 0x1e in the high word
        String features = "0x000000000000001e01c0010130bfffa7";
        String allowed = "0x000000000000000001c0010179bfffe7";
        assertThat(features.length() - 2).isEqualTo(32);
        List<FeatureBit> bits = refused(features, allowed);
        assertThat(bits).extracting(FeatureBit::bit).containsExactly(65, 66, 67, 68);
        assertThat(bits).extracting(FeatureBit::property)
                .containsExactly("guest_tunnel", "guest_tunnel_csum", "host_tunnel", "host_tunnel_csum");
        assertThat(bits).allSatisfy(b -> assertThat(b.requirement().id()).isEqualTo("tap-udp-tunnel"));
    }

    @Test
    void thirtyTwoBitGuestMaskOfALegacyDriver() {
        // real: 7.2 source with mq=on, 10.0 destination without (captures/migration-errors-investigate)
        List<FeatureBit> bits = refused("0x39ff8064", "0x10179bf8064");
        assertThat(bits).extracting(FeatureBit::name).containsExactly("VIRTIO_NET_F_MQ");
        assertThat(bits.get(0).platformGated()).isFalse();
        assertThat(bits.get(0).property()).isEqualTo("mq");
    }

    @Test
    void transportBitsAndUnknownBitsAreNamed() {
        assertThat(table.bit(32).name()).isEqualTo("VIRTIO_F_VERSION_1");
        assertThat(table.bit(34).property()).isEqualTo("packed");
        assertThat(table.bit(34).scope()).isEqualTo("transport");
        assertThat(table.bit(40).property()).isEqualTo("queue_reset");
        FeatureBit unknown = table.bit(99);
        assertThat(unknown.name()).isEqualTo("bit 99");
        assertThat(unknown.platformGated()).isFalse();
        assertThat(refused("0x8000000000000000000000000", "0x0")).extracting(FeatureBit::bit).containsExactly(99);
    }

    @Test
    void equalMasksRefuseNothing() {
        assertThat(refused("0x10179bfffe7", "0x10179bfffe7")).isEmpty();
        assertThat(VirtioFeatureTable.parseMask("ff")).isEqualTo(BigInteger.valueOf(255));
    }
}
