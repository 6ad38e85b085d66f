package org.qompat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One object of a VM's QOM tree. {@code properties} hold values as text (booleans as true/false, numbers in
 * decimal); {@code propertyTypes} the QOM type of each property when known; {@code explicitProperties} the names
 * the VM's command line set on this object, when the command line is known.
 */
public record QomNode(String path, String type, Map<String, String> properties, Map<String, String> propertyTypes,
                      Set<String> explicitProperties, List<QomNode> children, Provenance provenance) {

    public QomNode {
        properties = Map.copyOf(properties);
        propertyTypes = Map.copyOf(propertyTypes);
        explicitProperties = Set.copyOf(explicitProperties);
        children = List.copyOf(children);
    }

    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public void walk(Consumer<QomNode> visitor) {
        visitor.accept(this);
        for (QomNode c : children) c.walk(visitor);
    }

    public List<QomNode> flatten() {
        List<QomNode> all = new ArrayList<>();
        walk(all::add);
        return all;
    }

    public Optional<QomNode> find(String wantedPath) {
        if (path.equals(wantedPath)) return Optional.of(this);
        for (QomNode c : children) {
            if (wantedPath.startsWith(c.path())) {
                Optional<QomNode> hit = c.find(wantedPath);
                if (hit.isPresent()) return hit;
            }
        }
        return Optional.empty();
    }
}
