package org.qompat.engine.investigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qompat.engine.Rule;

/** A bad edit of messages.txt fails loudly with the file and line, never by silently dropping a message. */
class MessageCatalogTest {

    private static MessageCatalog parse(String text) {
        List<DataTable.Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) rows.add(new DataTable.Row(i + 1, lines[i]));
        return MessageCatalog.parse("test.txt", rows);
    }

    private static final String GOOD = """
            # comment
            [one]
            title: t {qomType}
            rule: device-type
            also: vmstate, ram-blocks
            role: cause
            severity: blocker
            regex: '(?<qomType>[^']+)' is missing
            meaning: m
            """;

    @Test
    void aWellFormedEntryLoads() {
        MessagePattern p = parse(GOOD).byId("one");
        assertThat(p.rule()).isEqualTo(Rule.DEVICE_TYPE);
        assertThat(p.linkableRules()).containsExactly(Rule.DEVICE_TYPE, Rule.VMSTATE, Rule.RAM_BLOCKS);
        assertThat(p.role()).isEqualTo(Role.CAUSE);
        assertThat(p.title()).isEqualTo("t {qomType}");
    }

    @Test
    void unknownRuleNamesFileLineAndEntry() {
        assertThatThrownBy(() -> parse(GOOD.replace("rule: device-type", "rule: device-types")))
                .hasMessageContaining("test.txt:2 [one]").hasMessageContaining("unknown rule device-types");
    }

    @Test
    void aGroupThatIsNoEntityKindIsRefused() {
        assertThatThrownBy(() -> parse(GOOD.replace("(?<qomType>", "(?<typo>")))
                .hasMessageContaining("test.txt:2 [one]").hasMessageContaining("<typo>");
    }

    @Test
    void missingFieldsAndBadRegexAndStrayLinesAreRefused() {
        assertThatThrownBy(() -> parse(GOOD.replace("meaning: m\n", ""))).hasMessageContaining("missing 'meaning:'");
        assertThatThrownBy(() -> parse(GOOD.replace("is missing", "is (missing"))).hasMessageContaining("bad regex");
        assertThatThrownBy(() -> parse("stray line\n" + GOOD)).hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> parse(GOOD + GOOD)).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> parse(GOOD.replace("role: cause", "role: effect"))).hasMessageContaining("role");
    }

    @Test
    void theShippedCatalogIsNotEmptyAndEveryRuleIdIsReal() {
        List<MessagePattern> all = MessageCatalog.standard().patterns();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all).allSatisfy(p -> assertThat(p.wording()).isNotBlank());
        assertThat(all).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }
}
