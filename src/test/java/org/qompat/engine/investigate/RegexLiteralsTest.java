package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexLiteralsTest {

    @Test
    void onlyTextEveryMatchMustContainCounts() {
        assertThat(RegexLiterals.mandatory("Features 0x(?<features>[0-9a-fA-F]+) unsupported\\. Allowed features: "
                + "0x(?<allowed>[0-9a-fA-F]+)")).isEqualTo(" unsupported. Allowed features: 0x");
        // an optional group's text is not mandatory
        assertThat(RegexLiterals.mandatory("Unknown (?:savevm )?section (?<sectionId>\\d+)")).isEqualTo("Unknown ");
        // a quantified character is not mandatory either
        assertThat(RegexLiterals.mandatory("minimum version_id\\s+(?<v>\\d+)")).isEqualTo("minimum version_id");
        assertThat(RegexLiterals.mandatory("abc?d")).isEqualTo("ab");
        assertThat(RegexLiterals.mandatory("a|bcdef")).isEmpty();
        assertThat(RegexLiterals.mandatory("'(?<qomType>[^']+)' is not a valid device model name"))
                .isEqualTo("' is not a valid device model name");
        assertThat(RegexLiterals.mandatory("[abc]+xyz")).isEqualTo("xyz");
    }

    @Test
    void everyCatalogPatternHasALiteralThatItsOwnMatchesContain() {
        for (MessagePattern p : MessageCatalog.standard().patterns()) {
            assertThat(RegexLiterals.mandatory(p.regex().pattern())).as(p.id()).isNotEmpty();
        }
    }
}
