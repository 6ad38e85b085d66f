package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qompat.io.json.JsonCursor;
import org.qompat.io.qmpraw.QmpAnswer;
import org.qompat.io.qmpraw.QmpShapes;
import org.qompat.io.qmpraw.RawBuildAssembler;
import org.qompat.model.QemuBuild;
import org.qompat.model.VmStateDump;

/**
 * Turns a binary's live QMP answers into a {@link QemuBuild} through the same assembler that loads saved raw QMP
 * answers, so a collected build and a directory of captured answers mean exactly the same thing. Provenance
 * names the binary and the answer, e.g. {@code qemu /usr/bin/qemu-system-x86_64 @ query-machines /return/12}.
 */
public final class BuildAnswersMapper {

    private BuildAnswersMapper() {
    }

    public static QemuBuild toBuild(BuildAnswers a, List<VmStateDump> vmstate, String binary) {
        String source = "qemu " + binary;
        List<QmpAnswer> answers = new ArrayList<>();
        answers.add(answer(source, QmpShapes.QUERY_VERSION, null, a.version(), null));
        ObjectNode compat = null;
        if (a.compatPropsReported()) compat = JsonNodeFactory.instance.objectNode().put("compat-props", true);
        answers.add(answer(source, QmpShapes.QUERY_MACHINES, compat, a.machines(), null));
        answers.add(answer(source, QmpShapes.QOM_LIST_TYPES, null, a.types(), null));
        for (Map.Entry<String, JsonNode> e : a.deviceProperties().entrySet()) {
            answers.add(answer(source, QmpShapes.DEVICE_LIST_PROPERTIES, null, e.getValue(), e.getKey()));
        }
        // qom-list-properties answers have the same shape: the properties of a non-device type ("migration")
        for (Map.Entry<String, JsonNode> e : a.objectProperties().entrySet()) {
            answers.add(new QmpAnswer(QmpShapes.DEVICE_LIST_PROPERTIES, null, JsonCursor.root(e.getValue(), source,
                    "qom-list-properties " + e.getKey() + " /return"), e.getKey()));
        }
        answers.add(answer(source, QmpShapes.QUERY_CPU_DEFINITIONS, null, a.cpuDefinitions(), null));
        if (a.cpuExpansion() != null) {
            answers.add(answer(source, QmpShapes.QUERY_CPU_MODEL_EXPANSION, null, a.cpuExpansion(), null));
        }
        return RawBuildAssembler.assemble(source, answers, vmstate);
    }

    private static QmpAnswer answer(String source, String command, JsonNode args, JsonNode ret, String subject) {
        String where = command + (subject == null ? "" : " " + subject) + " /return";
        return new QmpAnswer(command, args, JsonCursor.root(ret, source, where), subject);
    }
}
