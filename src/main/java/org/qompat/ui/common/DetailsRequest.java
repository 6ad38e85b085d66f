package org.qompat.ui.common;

/**
 * "Show me this host / build", or, with {@code second} set, "show these two side by side". Names are host
 * names for {@link Kind#HOST} and build ids for {@link Kind#BUILD}.
 */
public record DetailsRequest(Kind kind, String first, String second) {

    /** The title under which the details view is registered in {@link FeatureViews}. */
    public static final String VIEW_TITLE = "Hosts & builds";

    public enum Kind { HOST, BUILD }

    public static DetailsRequest host(String name) {
        return new DetailsRequest(Kind.HOST, name, null);
    }

    public static DetailsRequest build(String id) {
        return new DetailsRequest(Kind.BUILD, id, null);
    }

    public static DetailsRequest hostDiff(String a, String b) {
        return new DetailsRequest(Kind.HOST, a, b);
    }

    public static DetailsRequest buildDiff(String a, String b) {
        return new DetailsRequest(Kind.BUILD, a, b);
    }

    public boolean isDiff() {
        return second != null;
    }
}
