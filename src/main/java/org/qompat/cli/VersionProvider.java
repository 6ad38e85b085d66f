package org.qompat.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version the jar's manifest carries; "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"qompat " + (v == null ? "dev" : v)};
    }
}
