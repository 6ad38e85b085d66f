package org.qompat.model;

import java.util.List;
import java.util.Map;

/**
 * A VFIO device model a host offers, after the 2020 VFIO migration RFC: a never-changing model string and the
 * migration parameters it accepts with their allowed values (ranges written {@code "min-max"}).
 */
public record VfioDeviceModel(String model, Map<String, List<String>> allowedParams) {

    public VfioDeviceModel {
        allowedParams = Map.copyOf(allowedParams);
    }
}
