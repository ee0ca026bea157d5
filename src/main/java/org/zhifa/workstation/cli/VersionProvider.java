package org.zhifa.workstation.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (or "dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ZhifaCommand.class.getPackage().getImplementationVersion();
        return new String[] {"zhifa-workstation " + (v == null ? "dev" : v)};
    }
}
