package org.qompat.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.qompat.io.csource.CompatSource;
import org.qompat.io.csource.QemuSourceCheckout;
import org.qompat.model.Fleet;
import org.qompat.model.LoadProblem;

/**
 * Loads files and directories (recursively) into one fleet. Each file's format is detected from its content and
 * files are read in parallel; a file that fails to load becomes a {@link LoadProblem} (file, position, what was
 * expected) and the rest still loads. Hosts that run the same QEMU build share one {@code QemuBuild}. Never
 * writes.
 */
public final class FleetLoader {

    /**
     * A load's fleet and what it read.
     *
     * @param inputFiles every file read (absolute), to hand to {@link QompatWriter} so that no input is ever
     *                   overwritten
     */
    public record Result(Fleet fleet, Set<Path> inputFiles, int filesRead, long bytesRead, long nanos,
                         boolean cancelled) {
    }

    private FleetLoader() {
    }

    public static Fleet load(List<Path> inputs, LoadProgress progress) {
        return loadDetailed(inputs, progress).fleet();
    }

    /** The demo fleet shipped in the jar under {@code samples/} (see {@link EmbeddedSamples}). */
    public static Fleet loadEmbeddedSamples(LoadProgress progress) {
        return EmbeddedSamples.load(progress);
    }

    public static Result loadDetailed(List<Path> inputs, LoadProgress progress) {
        long start = System.nanoTime();
        LoadProgress p = progress == null ? LoadProgress.NONE : progress;
        InputDiscovery.Found found = new InputDiscovery.Found();
        for (Path in : inputs) InputDiscovery.discover(in, true, found);
        List<LoadProblem> problems = new ArrayList<>(found.problems);

        ImportCache cache = new ImportCache();
        Reader reader = new Reader(cache, p);
        List<FleetAssembler.Outcome> outcomes = new ArrayList<>();
        List<FleetAssembler.ManifestUse> manifests = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        List<InputDiscovery.Candidate> wave = unseen(found.files, seen);
        reader.expect(wave.size());
        // a manifest names more files; read them in a further wave until nothing new turns up
        while (!wave.isEmpty() && !p.isCancelled()) {
            List<FleetAssembler.Outcome> read = wave.parallelStream().map(reader::read).toList();
            outcomes.addAll(read);
            List<InputDiscovery.Candidate> next = new ArrayList<>();
            for (FleetAssembler.Outcome o : read) {
                if (o.imported() instanceof Imported.ManifestFile m) {
                    manifests.add(manifestUse(o, m, next, problems));
                }
            }
            wave = unseen(next, seen);
            reader.expect(wave.size());
        }
        boolean cancelled = p.isCancelled();
        List<CompatSource> sources = new ArrayList<>();
        if (!cancelled) {
            for (Path checkout : found.checkouts) {
                try {
                    CompatSource s = QemuSourceCheckout.read(checkout, checkout.toString());
                    sources.add(s);
                    problems.addAll(s.problems());
                } catch (FormatException e) {
                    problems.add(e.toProblem());
                } catch (IOException e) {
                    problems.add(new LoadProblem(checkout.toString(), "", "cannot read: " + e.getMessage()));
                }
            }
        }
        Fleet fleet = new FleetAssembler(problems).assemble(outcomes, sources, manifests);
        if (cancelled) {
            problems.add(new LoadProblem("", "", "load cancelled after " + reader.done.get() + " of "
                    + reader.total.get() + " files"));
            fleet = new Fleet(fleet.hosts(), fleet.vms(), fleet.builds(), problems);
        }
        Set<Path> inputFiles = new LinkedHashSet<>();
        for (FleetAssembler.Outcome o : outcomes) inputFiles.add(ImportCache.key(o.candidate().file()));
        inputFiles.addAll(cache.filesRead());
        return new Result(fleet, inputFiles, reader.done.get(), reader.bytes.get(), System.nanoTime() - start,
                cancelled);
    }

    private static List<InputDiscovery.Candidate> unseen(List<InputDiscovery.Candidate> files, Set<Path> seen) {
        List<InputDiscovery.Candidate> out = new ArrayList<>();
        for (InputDiscovery.Candidate c : files) if (seen.add(ImportCache.key(c.file()))) out.add(c);
        return out;
    }

    private static FleetAssembler.ManifestUse manifestUse(FleetAssembler.Outcome o, Imported.ManifestFile m,
                                                          List<InputDiscovery.Candidate> next,
                                                          List<LoadProblem> problems) {
        Path base = o.candidate().file().getParent();
        if (base == null) base = o.candidate().file().toAbsolutePath().getParent();
        List<List<Path>> hosts = entries(base, m.manifest().hosts(), next, o, "hosts", problems);
        List<List<Path>> vms = entries(base, m.manifest().vms(), next, o, "vms", problems);
        return new FleetAssembler.ManifestUse(o, hosts, vms);
    }

    private static List<List<Path>> entries(Path base, List<String> patterns, List<InputDiscovery.Candidate> next,
                                            FleetAssembler.Outcome manifest, String field,
                                            List<LoadProblem> problems) {
        List<List<Path>> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            List<Path> matched = new ArrayList<>();
            try {
                for (Path p : InputDiscovery.expand(base, patterns.get(i))) {
                    InputDiscovery.Found f = new InputDiscovery.Found();
                    InputDiscovery.discover(p, true, f);
                    for (InputDiscovery.Candidate c : f.files) {
                        next.add(c);
                        matched.add(c.file());
                    }
                }
            } catch (IOException e) {
                problems.add(new LoadProblem(manifest.candidate().display(), "/" + field + "/" + i,
                        "cannot list \"" + patterns.get(i) + "\": " + e.getMessage()));
            }
            out.add(matched);
        }
        return out;
    }

    /** Reads one file on a worker thread, turning every failure into a problem. */
    private static final class Reader {
        final ImportCache cache;
        final LoadProgress progress;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger total = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();

        Reader(ImportCache cache, LoadProgress progress) {
            this.cache = cache;
            this.progress = progress;
        }

        void expect(int more) {
            total.addAndGet(more);
        }

        FleetAssembler.Outcome read(InputDiscovery.Candidate c) {
            if (progress.isCancelled()) {
                return new FleetAssembler.Outcome(c, new Imported.Unrecognised(c.file(), "not read: cancelled"), null);
            }
            FleetAssembler.Outcome out;
            try {
                bytes.addAndGet(java.nio.file.Files.size(c.file()));
                var known = cache.known(c.file());
                Imported i = known != null ? new Imported.BuildFile(c.file(), known)
                        : FileImporter.read(c.file(), c.display(), cache);
                if (i instanceof Imported.BuildFile b) cache.remember(c.file(), b.build());
                out = new FleetAssembler.Outcome(c, i, null);
            } catch (FormatException e) {
                out = new FleetAssembler.Outcome(c, null, e.toProblem());
            } catch (IOException | RuntimeException e) {
                out = new FleetAssembler.Outcome(c, null, new LoadProblem(c.display(), "", "cannot read: " + e));
            }
            progress.onFile(done.incrementAndGet(), total.get(), c.display());
            return out;
        }
    }
}
