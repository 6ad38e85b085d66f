package org.qompat.ui.investigate;

import org.qompat.engine.investigate.RealFleet;
import org.qompat.model.Fleet;

/** The real demo fleet and libvirt log of {@link RealFleet}, for the view's tests and screenshots. */
final class InvestigateFixtures {

    static final String LIBVIRT_LOG = RealFleet.LIBVIRT_LOG;

    private InvestigateFixtures() {
    }

    static Fleet fleet() {
        return RealFleet.fleet();
    }
}
