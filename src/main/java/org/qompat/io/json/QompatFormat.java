package org.qompat.io.json;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Qompat's own file formats. Every file names its format and major version in a {@code "format"} field, e.g.
 * {@code "qompat.host/1"}; a reader accepts only the versions it knows, so a newer file fails loudly instead of
 * being half understood.
 */
public enum QompatFormat {
    BUILD("qompat.build", 1),
    HOST("qompat.host", 1),
    VM("qompat.vm", 1),
    FLEET("qompat.fleet", 1);

    public static final String FIELD = "format";

    private final String name;
    private final int version;

    QompatFormat(String name, int version) {
        this.name = name;
        this.version = version;
    }

    /** The value of the {@code format} field this Qompat writes, e.g. {@code qompat.vm/1}. */
    public String tag() {
        return name + "/" + version;
    }

    /** True when the document says it is one of Qompat's formats (whatever the version). */
    public static boolean claims(JsonCursor root) {
        return root.node().isObject() && root.node().path(FIELD).isTextual()
                && root.node().get(FIELD).textValue().startsWith("qompat.");
    }

    /** The format of a document that {@link #claims} to be ours; throws naming the field when unsupported. */
    public static QompatFormat of(JsonCursor root) {
        JsonCursor field = root.get(FIELD);
        String tag = field.asString();
        int slash = tag.lastIndexOf('/');
        String name = slash < 0 ? tag : tag.substring(0, slash);
        String ver = slash < 0 ? "" : tag.substring(slash + 1);
        for (QompatFormat f : values()) {
            if (!f.name.equals(name)) continue;
            if (ver.equals(Integer.toString(f.version))) return f;
            throw field.error("unsupported format version \"" + tag + "\": this Qompat reads " + f.tag());
        }
        throw field.error("unknown format \"" + tag + "\": expected one of "
                + Arrays.stream(values()).map(QompatFormat::tag).collect(Collectors.joining(", ")));
    }
}
