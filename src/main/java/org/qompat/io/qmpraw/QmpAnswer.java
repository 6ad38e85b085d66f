package org.qompat.io.qmpraw;

import com.fasterxml.jackson.databind.JsonNode;
import org.qompat.io.json.JsonCursor;

/**
 * One successful QMP answer: the command that produced it (from the transcript's request, or recognised from
 * the answer's shape), the request's arguments when known, and the {@code return} value with its position.
 *
 * @param command   e.g. {@code query-machines}
 * @param arguments the request's {@code arguments} object, or null (bare answer, or no arguments)
 * @param result    the {@code return} member, positioned in its file
 * @param subject   what the answer is about when the command takes a subject: the typename of a
 *                  device-list-properties answer; null otherwise
 */
public record QmpAnswer(String command, JsonNode arguments, JsonCursor result, String subject) {

    public String file() {
        return result.file();
    }
}
