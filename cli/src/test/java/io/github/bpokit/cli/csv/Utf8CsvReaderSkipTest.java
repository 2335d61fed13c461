package io.github.bpokit.cli.csv;

import static io.github.bpokit.cli.csv.CsvText.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The word-at-a-time skip of {@link Utf8CsvReader#scan}: {@link Utf8CsvReader#stops} and {@link
 * Utf8CsvReader#skipPlain} against byte-by-byte references, and the reader against FastCSV where records and cells
 * end at every distance from the end of the bytes read, in chunks of 1 to 17 bytes.
 */
class Utf8CsvReaderSkipTest {

  /** The bytes that stop the skip (ASCII 0x00-0x2C), the structural ones first. */
  private static final int[] STOPS = {',', '\n', '\r', '"', 0x00, 0x01, '\t', ' ', '+', 0x2C};
  /**
   * Bytes that do not: next to the boundary (0x2D, 0x7F, 0x80), ASCII letters and digits, and bytes of 0x80 or more
   * whose low seven bits are a structural byte (0xAC: ',', 0x8A: LF, 0x8D: CR, 0xA2: '"'), which a mask that forgot
   * the high bit would stop at.
   */
  private static final int[] PLAIN = {0x2D, '.', '0', '9', 'A', 'z', 0x7F, 0x80, 0xAC, 0x8A, 0x8D, 0xA2, 0xA0, 0xC3,
      0xFF};

  /** The reference: the high bit of each byte that is, unsigned, at most ','. */
  private static long stopsByteByByte(long word) {
    long stops = 0;
    for (int k = 0; k < 8; k++) {
      if (((word >>> (8 * k)) & 0xFF) <= ',') {
        stops |= 0x80L << (8 * k);
      }
    }
    return stops;
  }

  /** The reference: the first index in [i, e) of a byte that is, unsigned, at most ','; e when there is none. */
  private static int skipByteByByte(byte[] b, int i, int e) {
    while (i < e && (b[i] & 0xFF) > ',') {
      i++;
    }
    return i;
  }

  /** A word of plain bytes with stop bytes at random places, often none, sometimes several. */
  private static long mixedWord(Random random) {
    long word = 0;
    int density = random.nextInt(4); // 0: no stops; 1-3: a stop with probability 1/16, 1/4, 1/2
    for (int k = 0; k < 8; k++) {
      boolean stop = density > 0 && random.nextInt(density == 1 ? 16 : density == 2 ? 4 : 2) == 0;
      int value = stop ? STOPS[random.nextInt(STOPS.length)] : random.nextInt(4) == 0 ? random.nextInt(0x100 - 0x2D)
          + 0x2D : PLAIN[random.nextInt(PLAIN.length)];
      word |= (long) value << (8 * k);
    }
    return word;
  }

  private static byte[] mixedBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i += 8) {
      long word = mixedWord(random);
      for (int k = 0; k < 8 && i + k < length; k++) {
        bytes[i + k] = (byte) (word >>> (8 * k));
      }
    }
    return bytes;
  }

  // ---- the mask ----

  @Test
  void exactExamples() {
    assertThat(Utf8CsvReader.stops(word("abcdefgh"))).isZero();
    assertThat(Utf8CsvReader.stops(word("abc,defg"))).isEqualTo(0x80L << 24);
    assertThat(Utf8CsvReader.stops(word("\nbcdefgh"))).isEqualTo(0x80L);
    assertThat(Utf8CsvReader.stops(word("abcdefg\""))).isEqualTo(0x80L << 56);
    assertThat(Utf8CsvReader.stops(word("a,b\r\n,\"-"))).isEqualTo(0x0080_8080_8000_8000L);
    assertThat(Utf8CsvReader.stops(0L)).isEqualTo(0x8080_8080_8080_8080L);
    assertThat(Utf8CsvReader.stops(0x2C2C_2C2C_2C2C_2C2CL)).isEqualTo(0x8080_8080_8080_8080L);
    assertThat(Utf8CsvReader.stops(0x2D2D_2D2D_2D2D_2D2DL)).isZero();
    assertThat(Utf8CsvReader.stops(0xACAC_ACAC_ACAC_ACACL)).as("',' | 0x80").isZero();
    assertThat(Utf8CsvReader.stops(0x8A8D_A280_FF7F_2D2DL)).isZero();
    assertThat(Utf8CsvReader.stops(-1L)).isZero();
    assertThat(Utf8CsvReader.stops(word("é,ü\nab"))).as("UTF-8").isEqualTo(0x80L << 16 | 0x80L << 40);
  }

  /** The 8 bytes of an ASCII or UTF-8 string of 8 bytes, little-endian. */
  private static long word(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes).hasSize(8);
    return Utf8CsvReader.word(bytes, 0, 8);
  }

  @Test
  void everyByteAtEveryPlaceAmongPlainBytes() {
    for (long background : new long[] {0x2D2D_2D2D_2D2D_2D2DL, 0x6161_6161_6161_6161L, -1L, 0xACAC_ACAC_ACAC_ACACL,
        0x7F80_7F80_7F80_7F80L}) {
      for (int place = 0; place < 8; place++) {
        for (int value = 0; value < 0x100; value++) {
          long word = background & ~(0xFFL << (8 * place)) | (long) value << (8 * place);
          long expected = value <= ',' ? 0x80L << (8 * place) : 0;
          assertThat(Utf8CsvReader.stops(word)).as("%016x", word).isEqualTo(expected)
              .isEqualTo(stopsByteByByte(word));
        }
      }
    }
  }

  @Test
  void stopsIsTheByteRuleOnRandomWords() {
    qt().withFixedSeed(20261203L).withExamples(50_000)
        .forAll(SourceDSL.longs().all())
        .checkAssert(word -> assertThat(Utf8CsvReader.stops(word)).as("%016x", word)
            .isEqualTo(stopsByteByByte(word)));
  }

  @Test
  void stopsIsTheByteRuleOnWordsOfPlainAndStructuralBytes() {
    qt().withFixedSeed(8L).withExamples(20_000)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          long word = mixedWord(new Random(seed));
          long stops = Utf8CsvReader.stops(word);
          assertThat(stops).as("%016x", word).isEqualTo(stopsByteByByte(word));
          int first = 0;
          while (first < 8 && ((word >>> (8 * first)) & 0xFF) > ',') {
            first++;
          }
          assertThat(stops == 0 ? 8 : Long.numberOfTrailingZeros(stops) >>> 3).as("%016x", word).isEqualTo(first);
        });
  }

  // ---- the skip ----

  @Test
  void skipPlainStopsWhereTheByteLoopStops() {
    qt().withFixedSeed(99L).withExamples(20_000)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          byte[] bytes = mixedBytes(random, random.nextInt(41));
          int i = random.nextInt(bytes.length + 1);
          int e = i + random.nextInt(bytes.length - i + 1);
          assertThat(Utf8CsvReader.skipPlain(bytes, i, e))
              .as("%s from %d to %d", HexFormat.of().formatHex(bytes), i, e)
              .isEqualTo(skipByteByByte(bytes, i, e));
        });
  }

  @Test
  void skipPlainStopsAtTheEndWhateverFollowsIt() {
    byte[] bytes = new byte[24];
    Arrays.fill(bytes, (byte) 'a');
    for (int e = 0; e <= bytes.length; e++) {
      for (int i = 0; i <= e; i++) {
        if (e < bytes.length) {
          bytes[e] = ',';
        }
        assertThat(Utf8CsvReader.skipPlain(bytes, i, e)).as("from %d to %d", i, e).isEqualTo(e);
        if (e < bytes.length) {
          bytes[e] = 'a';
        }
      }
    }
  }

  // ---- the reader ----

  /** Characters for cells: ASCII and UTF-8 whose bytes' low seven bits are ',', LF, '"' and CR (¬ Ê ¢ č). */
  private static final String[] CHARACTERS = {"a", "b", "7", "-", "é", "¬", "Ê", "¢", "č", "😀", " "};

  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < length; k++) {
      text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
    }
    return text.toString();
  }

  /**
   * A file whose last record's last cell has each length from 0 to 17 (so its start, and the commas before it, fall
   * at every distance within 8 bytes of the end), with and without a line end, and the reader in memory (the end of
   * the bytes is the end of the file) and streamed in 1- to 17-byte chunks with no margin (records taken as soon as
   * they are read, so the bytes end at every place of a record) gives what FastCSV gives.
   */
  @Test
  void recordsEndingWithinAWordOfTheEndAndReadInSmallChunks() {
    Random random = new Random(17);
    for (int last = 0; last <= 17; last++) {
      List<String> lines = new ArrayList<>(List.of(header() + ",notes"));
      for (int r = 0; r < 6; r++) {
        lines.add(CsvText.row("i" + r, Map.of(Column.CATEGORY, "c" + text(random, r + last % 5),
            Column.AGENT_ID, "nw-" + text(random, random.nextInt(12)))) + "," + text(random, random.nextInt(10)));
      }
      String body = String.join("\n", lines);
      String lastRow = CsvText.row("z", Map.of(Column.VENDOR, text(random, random.nextInt(9)))) + ","
          + "x".repeat(last);
      for (String csv : List.of(body + "\n" + lastRow, body + "\n" + lastRow + "\n",
          body.replace("\n", "\r\n") + "\r\n" + lastRow + "\r\n", body + "\n" + lastRow + "\n\n")) {
        assertSameInSmallChunks(csv.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Random valid and broken files of the equivalence tests, also in small chunks with no margin. */
  @Test
  void randomFilesInSmallChunks() {
    qt().withFixedSeed(7L).withExamples(60)
        .forAll(SourceDSL.longs().all())
        .checkAssert(seed -> assertSameInSmallChunks(
            Utf8CsvReaderTest.randomFile(new Random(seed)).getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertSameInSmallChunks(byte[] csv) {
    Utf8CsvReaderTest.assertSameAsReference(csv);
    for (InteractionCsvReader reader : List.of(InteractionCsvReader.strict(), InteractionCsvReader.lenient())) {
      Utf8CsvReaderTest.Result expected = Utf8CsvReaderTest.reference(reader, csv);
      for (int chunk = 1; chunk <= 17; chunk++) {
        assertThat(Utf8CsvReaderTest.streamed(reader, csv, chunk, 0))
            .as("%d-byte chunks, %s", chunk, reader.isStrict() ? "strict" : "lenient").isEqualTo(expected);
      }
    }
  }
}
