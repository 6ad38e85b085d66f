package org.qompat.engine.investigate;

/**
 * A host capability a virtio feature bit depends on: its id in the data table, the key of
 * {@link org.qompat.model.Host#features()} that records it, and a sentence for people.
 */
public record PlatformRequirement(String id, String platformFeature, String description) {
}
