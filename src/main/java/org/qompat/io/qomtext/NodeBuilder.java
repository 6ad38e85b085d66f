package org.qompat.io.qomtext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qompat.model.Provenance;
import org.qompat.model.QomNode;

/** A QOM node under construction while its text is read (children arrive after their parent). */
final class NodeBuilder {

    final String path;
    final Provenance provenance;
    String type;
    final Map<String, String> properties = new LinkedHashMap<>();
    final Map<String, String> propertyTypes = new LinkedHashMap<>();
    final List<NodeBuilder> children = new ArrayList<>();

    NodeBuilder(String path, Provenance provenance) {
        this.path = path;
        this.provenance = provenance;
    }

    static String childPath(String parent, String name) {
        return parent.equals("/") ? "/" + name : parent + "/" + name;
    }

    static String parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    QomNode build() {
        List<QomNode> built = new ArrayList<>(children.size());
        for (NodeBuilder c : children) built.add(c.build());
        return new QomNode(path, type, properties, propertyTypes, Set.of(), built, provenance);
    }
}
