package org.qompat.io.json;

import java.nio.file.Path;
import org.qompat.model.QemuBuild;

/**
 * Loads the build a host file references by path ({@code "build": "../builds/qemu-10.0.2.json"}). The fleet
 * loader passes a caching resolver so that a build file referenced by 500 hosts is parsed once.
 */
@FunctionalInterface
public interface BuildResolver {

    /**
     * @param buildPath the referenced file or directory, already resolved against the host file's directory
     * @param reference the host file's {@code build} member, for error positions
     */
    QemuBuild resolve(Path buildPath, JsonCursor reference);
}
