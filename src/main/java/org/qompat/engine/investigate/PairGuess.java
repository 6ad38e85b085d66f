package org.qompat.engine.investigate;

import java.util.Locale;
import java.util.Optional;
import org.qompat.model.Fleet;
import org.qompat.model.Host;
import org.qompat.model.Vm;

/**
 * The VM and host pair a log is most likely about, from what the log names: the VM by its libvirt name
 * ({@code -name guest=…}, {@code vm='…'}), the destination by the host the log was written on (libvirt's
 * {@code hostname:}, the journal's host field; a destination log is what people paste), the source by where the
 * fleet manifest says the VM runs. Each part is empty when the log does not say or the fleet does not know it.
 */
public record PairGuess(Optional<Vm> vm, Optional<Host> from, Optional<Host> to) {

    public static PairGuess of(Fleet fleet, LogContext ctx) {
        Optional<Vm> vm = ctx.vms().stream().map(fleet::vm).flatMap(Optional::stream).findFirst();
        Optional<Host> to = ctx.hosts().stream().map(h -> host(fleet, h)).flatMap(Optional::stream).findFirst();
        Optional<Host> from = vm.map(Vm::host).flatMap(h -> host(fleet, h));
        if (from.isPresent() && to.isPresent() && from.get().name().equals(to.get().name())) {
            // the log was written where the VM runs: it is the source's log, the destination is not named
            to = Optional.empty();
        }
        return new PairGuess(vm, from, to);
    }

    public boolean complete() {
        return vm.isPresent() && from.isPresent() && to.isPresent();
    }

    /** Exact name, or the short name of a fully qualified one (kvm-b07.example.org → kvm-b07), case-blind. */
    static Optional<Host> host(Fleet fleet, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String shortName = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
        return fleet.hosts().stream().filter(h -> {
            String hn = h.name().toLowerCase(Locale.ROOT);
            return hn.equals(n) || hn.equals(shortName) || hn.startsWith(shortName + ".");
        }).findFirst();
    }
}
