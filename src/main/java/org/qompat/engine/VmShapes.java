package org.qompat.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;
import org.qompat.model.RamBlock;
import org.qompat.model.VfioAttributes;
import org.qompat.model.Vm;

/**
 * VMs that every rule answers alike: the same machine type and {@code -M} argument, command line, CPU model, QOM
 * tree (types, properties, explicit settings and each node's provenance), RAM blocks, VFIO attributes and
 * provenance — everything a rule reads except the VM's name and the host it runs on. Fleets instantiate few
 * templates (the synthetic fleet spreads 12 real trees over 1,000 VMs), so the fleet analysis runs the rules once
 * per shape and class pair and hands each VM its shape's findings.
 *
 * <p>Provenance is part of the shape on purpose: findings point at the VM's file and its QOM nodes' files, so two
 * VMs read from different files are different shapes even when their content matches, and a shared finding never
 * names another VM's file.
 *
 * @param shapeOfVm      the shape of each VM, by index
 * @param representative the index of the first VM of each shape (the one the rules run on)
 */
record VmShapes(int[] shapeOfVm, int[] representative) {

    static VmShapes of(List<Vm> vms) {
        int[] shapeOf = new int[vms.size()];
        List<Integer> reps = new ArrayList<>();
        Map<Key, Integer> shapes = new HashMap<>();
        // trees are deep records: hash each distinct tree object once, then compare trees by a small number
        Map<QomNode, Integer> treeIds = new IdentityHashMap<>();
        Map<QomNode, Integer> treeByContent = new HashMap<>();
        for (int v = 0; v < vms.size(); v++) {
            Vm vm = vms.get(v);
            int tree = -1;
            if (vm.root() != null) {
                Integer id = treeIds.get(vm.root());
                if (id == null) {
                    id = treeByContent.computeIfAbsent(vm.root(), r -> treeByContent.size());
                    treeIds.put(vm.root(), id);
                }
                tree = id;
            }
            Key k = new Key(vm.machineType(), vm.machineArg(), vm.commandLineKnown(), vm.cpuModel(), tree,
                    vm.commandLine(), vm.ramBlocks(), vm.vfio(), vm.provenance());
            Integer s = shapes.get(k);
            if (s == null) {
                s = reps.size();
                shapes.put(k, s);
                reps.add(v);
            }
            shapeOf[v] = s;
        }
        return new VmShapes(shapeOf, reps.stream().mapToInt(Integer::intValue).toArray());
    }

    int count() {
        return representative.length;
    }

    /** Every component of {@link Vm} except {@code name} and {@code host}; the tree as a content id. */
    private record Key(String machineType, String machineArg, boolean commandLineKnown, String cpuModel, int tree,
                       List<String> commandLine, List<RamBlock> ramBlocks, Map<String, VfioAttributes> vfio,
                       Provenance provenance) {
    }
}
