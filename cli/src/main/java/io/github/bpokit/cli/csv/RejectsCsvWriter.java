package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rejected rows as CSV: columns {@code line} and {@code reasons} (every reason, joined by {@code "; "}), then
 * the input's own columns with the row's cells exactly as read. The two added columns come first so that they stay
 * aligned even for a row with more or fewer cells than the header. The header is written with the first row, or by
 * {@link #finish(List)} when there was none, so that an empty rejects file still names its columns.
 *
 * <pre>{@code
 * line,reasons,interaction_id,customer_id,channel,...
 * 7,csat '9': must be between 1 and 5,i-0006,c-104,CHAT,...
 * }</pre>
 */
public final class RejectsCsvWriter implements Closeable {
  /** The column holding the row's 1-based line number. */
  public static final String LINE = "line";
  /** The column holding the row's reasons. */
  public static final String REASONS = "reasons";

  private final CsvWriter csv;
  private boolean headerWritten;
  private long written;

  /**
   * Creates a writer; closing it closes {@code out}.
   *
   * @param out where to write
   */
  public RejectsCsvWriter(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(requireNonNull(out, "out"));
  }

  /**
   * Writes one rejected row (and the header first, if not yet written).
   *
   * @param row the row
   * @throws UncheckedIOException when writing fails
   */
  public void write(RejectedRow row) {
    writeHeader(row.header());
    List<String> record = new ArrayList<>(row.cells().size() + 2);
    record.add(Long.toString(row.line()));
    record.add(String.join("; ", row.reasons()));
    record.addAll(row.cells());
    csv.writeRecord(record);
    written++;
  }

  /**
   * Writes the header if no row was written, and flushes.
   *
   * @param header the input's header
   * @throws IOException when writing fails
   */
  public void finish(List<String> header) throws IOException {
    writeHeader(header);
    csv.flush();
  }

  /** Returns how many rows were written. */
  public long written() {
    return written;
  }

  private void writeHeader(List<String> header) {
    if (!headerWritten) {
      List<String> names = new ArrayList<>(header.size() + 2);
      names.add(LINE);
      names.add(REASONS);
      names.addAll(header);
      csv.writeRecord(names);
      headerWritten = true;
    }
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
