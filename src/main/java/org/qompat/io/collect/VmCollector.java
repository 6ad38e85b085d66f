package org.qompat.io.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qompat.io.QomTrees;
import org.qompat.io.qmp.QmpAddress;
import org.qompat.io.qmp.QmpClient;
import org.qompat.io.qmp.QmpCommandException;
import org.qompat.io.qmp.UnixSocketTransport;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.Vm;

/**
 * Captures a VM's QOM tree. Either from a RUNNING VM's QMP socket, strictly read-only (the VM is never changed,
 * paused or quit), or by launching a throwaway paused VM ({@code -S}) from a command line, which is then known
 * exactly, so the {@code -M} argument and the explicitly set properties are recorded; that VM is quit afterwards.
 */
public final class VmCollector {

    private final VmCollectOptions options;

    public VmCollector(VmCollectOptions options) {
        this.options = options;
    }

    /** Connects to a running VM; the command line is taken from /proc when a local QEMU serves the socket. */
    public Vm collectRunning(QmpAddress address) throws IOException {
        String source = "QMP " + address;
        try (QmpClient qmp = QmpClient.connect(UnixSocketTransport.connect(address.socket(), options.timeout()),
                options.timeout())) {
            Optional<ProcCmdline.Found> cmd = ProcCmdline.forSocket(address.socket());
            List<String> args = cmd.map(f -> f.args().subList(1, f.args().size())).orElse(null);
            String binary = cmd.map(f -> f.args().get(0)).orElse(null);
            Vm vm = capture(qmp, source, binary, args);
            return cmd.isEmpty() ? vm : new Vm(vm.name(), vm.machineType(), vm.machineArg(), true, vm.cpuModel(),
                    vm.root(), vm.host(), vm.commandLine(), vm.ramBlocks(), vm.vfio(),
                    Provenance.derived(source, "command line from /proc/" + cmd.get().pid() + "/cmdline"));
        }
    }

    /** Starts {@code binary vmArgs… -S -qmp unix:<private socket>}, captures the tree, and quits that QEMU. */
    public Vm launch(String binary, List<String> vmArgs) throws IOException {
        Path dir = Files.createTempDirectory("qompat-vm");
        Path socket = dir.resolve("qmp.sock");
        List<String> args = new ArrayList<>(vmArgs);
        if (!args.contains("-S")) args.add("-S");
        if (args.stream().noneMatch(a -> a.matches("-?-(display|nographic|vnc)"))) {
            args.addAll(List.of("-display", "none"));
        }
        try (LaunchedQemu qemu = LaunchedQemu.withSocketQmp(binary, args, socket, options.timeout())) {
            return capture(qemu.qmp(), "launched " + binary + " " + String.join(" ", vmArgs), binary, vmArgs);
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    private Vm capture(QmpClient qmp, String source, String binary, List<String> args) throws IOException {
        Map<String, String> parents = new HashMap<>();
        for (JsonNode t : qmp.execute("qom-list-types", Map.of("abstract", true))) {
            if (t.hasNonNull("parent")) parents.put(t.path("name").asText(), t.path("parent").asText());
        }
        QomNode root = new QomTreeWalker(qmp, source).walk("/");
        VmCommandLine cmd = args == null ? null : VmCommandLine.parse(args);
        if (cmd != null) root = ExplicitProperties.mark(root, cmd, parents);
        String machineType = QomTrees.machineType(root);
        String cpu = cmd != null && cmd.cpuModel() != null ? cmd.cpuModel() : QomTrees.cpuModel(root);
        List<String> commandLine = new ArrayList<>();
        if (args != null) {
            commandLine.add(binary);
            commandLine.addAll(args);
        }
        return new Vm(name(qmp, cmd), machineType, cmd == null ? null : cmd.machineArg(), cmd != null, cpu, root,
                options.host(), commandLine, RamBlocksFromQom.derive(root), Map.of(),
                Provenance.derived(source, ""));
    }

    private String name(QmpClient qmp, VmCommandLine cmd) throws IOException {
        if (options.name() != null) return options.name();
        if (cmd != null && cmd.name() != null) return cmd.name();
        try {
            String n = qmp.execute("query-name").path("name").asText("");
            if (!n.isEmpty()) return n;
        } catch (QmpCommandException e) {
            // older or stripped builds: fall through
        }
        return "vm";
    }

}
