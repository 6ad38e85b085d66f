package org.qompat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qompat.engine.Fx.desc;
import static org.qompat.engine.Fx.field;
import static org.qompat.engine.Fx.section;
import static org.qompat.engine.Fx.struct;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.vmstate.VmStateComparator;
import org.qompat.engine.vmstate.VmStateIssue;
import org.qompat.engine.vmstate.VmStateIssue.Kind;
import org.qompat.model.VmStateSection;
import org.qompat.model.VmsdDescription;

/** The rules of vmstate-static-checker.py on constructed sections. */
class VmStateComparatorTest {

    private static List<VmStateIssue> cmp(VmStateSection s, VmStateSection d) {
        return VmStateComparator.compareSection(s.typeName(), s, d);
    }

    @Test
    void identicalSectionsHaveNoIssues() {
        VmStateSection s = section("e1000", 2, 1, field("mac", 6), field("rxbuf", 4));
        assertThat(cmp(s, s)).isEmpty();
    }

    @Test
    void versionBumpIsTooNewForTheOldDestinationAndFineTheOtherWay() {
        VmStateSection v3 = section("e1000", 3, 1, field("mac", 6));
        VmStateSection v2 = section("e1000", 2, 1, field("mac", 6));
        List<VmStateIssue> issues = cmp(v3, v2);
        assertThat(issues).extracting(VmStateIssue::kind).containsExactly(Kind.VERSION_TOO_NEW, Kind.VERSION_TOO_NEW);
        assertThat(issues.get(0).message()).isEqualTo("Section \"e1000\" version error: 3 > 2");
        assertThat(issues.get(1).message()).isEqualTo("Section \"e1000\" Description \"e1000\": version error: 3 > 2");
        assertThat(cmp(v2, v3)).isEmpty();
    }

    @Test
    void belowTheDestinationMinimumIsTooOld() {
        List<VmStateIssue> issues = cmp(section("e1000", 2, 1, field("mac", 6)), section("e1000", 4, 3,
                field("mac", 6)));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.VERSION_TOO_OLD);
            assertThat(i.sourceValue()).isEqualTo("2");
            assertThat(i.destinationValue()).isEqualTo("3");
        });
    }

    @Test
    void fieldsByNameOrderAndSize() {
        VmStateSection s = section("x", 1, 1, field("a", 4), field("b", 4), field("c", 2));
        assertThat(cmp(s, section("x", 1, 1, field("a", 4), field("b", 8), field("c", 2))))
                .singleElement().satisfies(i -> {
                    assertThat(i.kind()).isEqualTo(Kind.SIZE_MISMATCH);
                    assertThat(i.field()).isEqualTo("b");
                    assertThat(i.message()).endsWith("size mismatch: 4 , 8");
                });
        assertThat(cmp(s, section("x", 1, 1, field("a", 4), field("c", 2), field("b", 4))))
                .singleElement().satisfies(i -> assertThat(i.message())
                        .isEqualTo("Section \"x\", Description \"x\": expected field \"b\", got \"c\"; skipping rest"));
        assertThat(cmp(s, section("x", 1, 1, field("a", 4), field("b", 4))))
                .extracting(VmStateIssue::kind).containsExactly(Kind.FIELDS_EXHAUSTED);
    }

    @Test
    void renamedFieldsFromTheCheckersListMatch() {
        VmStateSection s = section("e1000", 2, 1, field("dev", 100), field("mac", 6));
        VmStateSection d = new VmStateSection("e1000", 2, 1, new VmsdDescription("e1000", 2, 1,
                List.of(field("parent_obj", 100), field("mac", 6)), List.of()), null);
        assertThat(cmp(s, d)).isEmpty();
    }

    @Test
    void fieldsMovedIntoASubstructKeepTheWireFormat() {
        VmStateSection flat = section("dev", 1, 1, field("a", 4), field("b", 4), field("x", 4));
        VmStateSection nested = section("dev", 1, 1, struct("st", desc("inner", 1, field("a", 4), field("b", 4))),
                field("x", 4));
        assertThat(cmp(flat, nested)).isEmpty();
        assertThat(cmp(nested, flat)).isEmpty();
    }

    @Test
    void unusedPaddingOfEqualTotalSizeMatchesRealFields() {
        VmStateSection padded = section("x", 1, 1, field("a", 4), field("unused", 6), field("z", 1));
        VmStateSection real = section("x", 1, 1, field("a", 4), field("b", 4), field("c", 2), field("z", 1));
        assertThat(cmp(padded, real)).isEmpty();
        assertThat(cmp(real, padded)).isEmpty();
        VmStateSection tooSmall = section("x", 1, 1, field("a", 4), field("unused", 5), field("z", 1));
        assertThat(cmp(tooSmall, real)).extracting(VmStateIssue::kind).containsExactly(Kind.UNUSED_SIZE_MISMATCH);
    }

    @Test
    void missingSubsectionIsOnlyWhenNeeded() {
        VmsdDescription sub = desc("virtio-net/rss", 1, field("rss", 4));
        VmStateSection s = section("virtio-net-device", 11, 11, List.of(field("virtio", 0)), List.of(sub));
        VmStateSection d = section("virtio-net-device", 11, 11, List.of(field("virtio", 0)), List.of());
        assertThat(cmp(s, d)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.ENTRY_MISSING);
            assertThat(i.sourceValue()).isEqualTo("Subsections");
        });
        VmStateSection other = section("virtio-net-device", 11, 11, List.of(field("virtio", 0)),
                List.of(desc("virtio-net/other", 1)));
        assertThat(cmp(s, other)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.SUBSECTION_MISSING);
            assertThat(i.onlyWhenNeeded()).isTrue();
        });
        assertThat(cmp(d, s)).isEmpty();
    }

    @Test
    void nestedDescriptionMissingAndSectionMissing() {
        VmStateSection s = section("x", 1, 1, struct("st", desc("inner", 1, field("a", 1))));
        VmStateSection d = section("x", 1, 1, field("st", 0));
        assertThat(cmp(s, d)).extracting(VmStateIssue::kind).containsExactly(Kind.DESCRIPTION_MISSING);
        assertThat(VmStateComparator.compareSection("x", s, null)).extracting(VmStateIssue::message)
                .containsExactly("Section \"x\" does not exist in dest");
    }
}
