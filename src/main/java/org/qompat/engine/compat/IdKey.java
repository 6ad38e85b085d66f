package org.qompat.engine.compat;

/**
 * A memo key: a tag, up to three objects compared by identity (model records have deep, slow equals), and a
 * string compared by value. Cheap to build and hash, unlike concatenated strings.
 */
public final class IdKey {

    private final String tag;
    private final Object a;
    private final Object b;
    private final Object c;
    private final String s;
    private final int hash;

    public IdKey(String tag, Object a, Object b, Object c, String s) {
        this.tag = tag;
        this.a = a;
        this.b = b;
        this.c = c;
        this.s = s;
        int h = tag.hashCode();
        h = 31 * h + System.identityHashCode(a);
        h = 31 * h + System.identityHashCode(b);
        h = 31 * h + System.identityHashCode(c);
        this.hash = 31 * h + (s == null ? 0 : s.hashCode());
    }

    public static IdKey of(String tag, Object a, Object b, String s) {
        return new IdKey(tag, a, b, null, s);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IdKey)) return false;
        IdKey k = (IdKey) o;
        return hash == k.hash && a == k.a && b == k.b && c == k.c && tag.equals(k.tag)
                && (s == null ? k.s == null : s.equals(k.s));
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
