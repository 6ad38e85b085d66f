package org.qompat.engine.investigate;

/**
 * One physical line of a pasted log: its 1-based number, the raw text, and the message left once the wrapper
 * (timestamp, journal host and program, libvirt level, KubeVirt JSON) is taken off. Wrapper fields are empty
 * when absent.
 */
public record LogLine(int number, String raw, String message, String timestamp, String host, String program) {
}
