package org.qompat.io.csource;

import java.util.List;

/**
 * A {@code #define}: object-like ({@code params} null) or function-like, with its replacement tokens.
 *
 * @param file where it is defined, for problems
 */
record CDefine(String name, List<String> params, List<CToken> body, String file, int line) {

    boolean functionLike() {
        return params != null;
    }
}
