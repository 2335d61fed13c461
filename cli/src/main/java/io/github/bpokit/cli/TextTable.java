package io.github.bpokit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table for people: a header, rows of cells, the first column left-aligned and the others
 * right-aligned (or the last one left-aligned), two spaces between columns, no trailing blanks.
 *
 * <pre>{@code
 * TextTable t = new TextTable("segment", "contacts", "CSAT");
 * t.row("*", "4,812", "78.1%");
 * t.print(out, "  ");
 * }</pre>
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private int leftFrom;

  TextTable(String... header) {
    this.columns = header.length;
    this.leftFrom = header.length;
    rows.add(header.clone());
  }

  /** Left-aligns the last column (free text), instead of right-aligning it. */
  TextTable lastColumnLeft() {
    leftFrom = columns - 1;
    return this;
  }

  /** Adds a row of as many cells as the header has. */
  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
    }
    rows.add(cells.clone());
    return this;
  }

  /** Prints the table, each line starting with {@code indent}. */
  void print(PrintWriter out, String indent) {
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(width[i] - row[i].length());
        line.append(i == 0 ? row[i] + pad : i >= leftFrom ? "  " + row[i] + pad : "  " + pad + row[i]);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
