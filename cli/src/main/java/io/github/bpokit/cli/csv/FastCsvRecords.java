package io.github.bpokit.cli.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.bpokit.core.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The FastCSV reading loop shared by the readers of interaction and ticket-event files: RFC 4180 records, empty lines
 * skipped, the header first, each record with its 1-based starting line, and the failures of the text itself (empty,
 * not UTF-8, not CSV) as a {@link CsvValidationException} naming the line.
 */
final class FastCsvRecords {
  private FastCsvRecords() {}

  /**
   * Reads the records to the end; the reader is not closed.
   *
   * @param reader the CSV text
   * @param exampleHeader a header to show when the text is empty
   * @param start makes the read's state from the header record
   * @param row hands each further record to the state
   * @return the state after the last record
   */
  static <S> S read(Reader reader, String exampleHeader, Function<CsvRecord, S> start, BiConsumer<S, CsvRecord> row)
      throws IOException {
    CsvReader<CsvRecord> csv = CsvReader.builder()
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .ofCsvRecord(reader);
    Iterator<CsvRecord> records = csv.iterator();
    long lastLine = 0;
    try {
      if (!records.hasNext()) {
        throw new CsvValidationException(1, List.of(Problem.of("", "",
            "the file is empty: expected a header line naming the columns, e.g. " + exampleHeader)));
      }
      CsvRecord header = records.next();
      lastLine = header.getStartingLineNumber();
      S state = start.apply(header);
      while (records.hasNext()) {
        CsvRecord record = records.next();
        lastLine = record.getStartingLineNumber();
        row.accept(state, record);
      }
      return state;
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof CharacterCodingException) {
        throw new CsvValidationException(lastLine + 1, List.of(Problem.of("", "",
            "the text is not valid UTF-8 (at or after this line)")));
      }
      throw cause;
    } catch (CsvParseException e) {
      Throwable cause = e.getCause();
      String detail = cause != null && cause.getMessage() != null ? e.getMessage() + ": " + cause.getMessage()
          : String.valueOf(e.getMessage());
      throw new CsvValidationException(lastLine + 1, List.of(Problem.of("", "", "not readable as CSV: " + detail)));
    }
  }
}
