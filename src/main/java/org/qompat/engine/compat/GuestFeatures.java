package org.qompat.engine.compat;


/** Properties known to switch a guest-visible feature bit: those the platform-requirements table lists. */
final class GuestFeatures {

    private GuestFeatures() {
    }

    static boolean isFeatureBit(BuildIndex index, String type, String property) {
        for (PlatformRequirements.Requirement r : PlatformRequirements.all()) {
            if (r.deviceType() == null || !r.properties().contains(property)) continue;
            if (type.equals(r.deviceType()) || index.isSubtype(type, r.deviceType())) return true;
        }
        return false;
    }
}
