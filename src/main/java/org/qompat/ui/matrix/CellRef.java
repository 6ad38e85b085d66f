package org.qompat.ui.matrix;

/** A cell by its position on the current axis: row = source entry, col = destination entry. */
public record CellRef(int row, int col) {
}
