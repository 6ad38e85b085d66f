package org.qompat.io.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.PropertyInfo;
import org.qompat.model.Provenance;
import org.qompat.model.QemuBuild;
import org.qompat.model.QomNode;
import org.qompat.model.QomType;
import org.qompat.model.VfioAttributes;
import org.qompat.model.Vm;

/** The documented edits that turn VMs launched on the collecting machine into the demo fleet's VMs. */
final class DemoVms {

    static final String HOSTDEV = "/machine/peripheral/hostdev0";

    private DemoVms() {
    }

    /**
     * Places a collected VM and records its command line as production runs it: the VMs were launched with
     * {@code -accel tcg -netdev user} (no KVM, no tap on the collecting machine); the recorded command line says
     * {@code -accel kvm} and {@code -netdev tap,…,vhost=on}, the backend whose offloads (USO) depend on the host.
     */
    static Vm placed(Vm vm, String host) {
        List<String> cmd = new ArrayList<>();
        for (String a : vm.commandLine()) {
            if (a.equals("tcg")) cmd.add("kvm");
            else if (a.startsWith("user,id=")) cmd.add("tap," + a.substring("user,".length()) + ",vhost=on");
            else cmd.add(a);
        }
        return new Vm(vm.name(), vm.machineType(), vm.machineArg(), vm.commandLineKnown(), vm.cpuModel(), vm.root(),
                host, cmd, vm.ramBlocks(), vm.vfio(), Provenance.derived(DemoHostSpec.SOURCE,
                "collected with qompat collect vm --launch, then placed on " + host
                        + "; command line recorded with -accel kvm and -netdev tap,vhost=on"));
    }

    /**
     * Adds a passed-through GPU partition: a {@code vfio-pci} object (its properties and class defaults from the
     * build's device-list-properties) set by {@code -device vfio-pci,id=hostdev0,host=…}, and the user-supplied
     * VFIO migration attributes QEMU data cannot provide (rule 8). Constructed: no such device exists here.
     */
    static Vm withGpu(Vm vm, QemuBuild build) {
        QomType vfio = build.types().get("vfio-pci");
        Map<String, String> props = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (PropertyInfo p : vfio.properties().values()) {
            types.put(p.name(), p.type());
            if (p.defaultValue() != null) props.put(p.name(), p.defaultValue());
        }
        props.put("host", "0000:41:00.0");
        props.put("enable-migration", "on");
        props.put("addr", "40");
        props.put("legacy-addr", "05.0");
        props.put("parent_bus", "/machine/q35/pcie.0");
        QomNode dev = new QomNode(HOSTDEV, "vfio-pci", props, types, Set.of("host", "enable-migration"), List.of(),
                Provenance.derived(DemoHostSpec.SOURCE, "constructed vfio-pci object (rule 8 demo)"));
        QomNode root = addUnder(vm.root(), "/machine/peripheral", dev);
        List<String> cmd = new ArrayList<>(vm.commandLine());
        cmd.addAll(List.of("-device", "vfio-pci,id=hostdev0,host=0000:41:00.0,enable-migration=on"));
        Map<String, VfioAttributes> attrs = Map.of(HOSTDEV, new VfioAttributes("nvidia.com/a100-mig",
                Map.of("profile", "2g.10gb", "driver-version", "550")));
        return new Vm(vm.name(), vm.machineType(), vm.machineArg(), vm.commandLineKnown(), vm.cpuModel(), root,
                vm.host(), cmd, vm.ramBlocks(), attrs, vm.provenance());
    }

    private static QomNode addUnder(QomNode n, String parentPath, QomNode child) {
        List<QomNode> children = new ArrayList<>();
        for (QomNode c : n.children()) children.add(addUnder(c, parentPath, child));
        if (n.path().equals(parentPath)) children.add(child);
        return new QomNode(n.path(), n.type(), n.properties(), n.propertyTypes(), n.explicitProperties(), children,
                n.provenance());
    }
}
