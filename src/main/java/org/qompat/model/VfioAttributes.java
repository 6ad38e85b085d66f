package org.qompat.model;

import java.util.Map;

/** User-supplied migration attributes of one VFIO device of a VM: its device model and parameter values. */
public record VfioAttributes(String model, Map<String, String> params) {

    public VfioAttributes {
        params = Map.copyOf(params);
    }
}
