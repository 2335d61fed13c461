package io.github.bpokit.cli;

import io.github.bpokit.testing.Generators;
import io.github.bpokit.testing.InteractionCsv;
import io.github.bpokit.testing.InteractionGenerator;
import io.github.bpokit.testing.RandomSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the input of the scorecard run whose classes the build archives for the launcher ({@code cli/pom.xml}): valid
 * generated interactions, enough for the file to be read in parts on two threads, as a real file is (the sample is
 * read whole), so that the archive holds the classes of that read too, its quantile sketches and its merge.
 *
 * <pre>{@code
 * java -cp <test classpath> io.github.bpokit.cli.CdsTrainingInput target/cds-training.csv
 * }</pre>
 */
public final class CdsTrainingInput {
  /** 150,000 rows: about 25 MB, more than two parts of {@code PartedRead.MIN_PART}. */
  private static final int ROWS = 150_000;

  private CdsTrainingInput() {}

  /**
   * Writes the file.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CdsTrainingInput FILE.csv");
    }
    InteractionGenerator generator = Generators.interactions().customers(40_000);
    RandomSource random = RandomSource.seeded(20261208L);
    InteractionCsv csv = InteractionCsv.writer();
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      out.write(csv.header() + "\n");
      for (int k = 0; k < ROWS; k++) {
        out.write(csv.row(generator.next(random)) + "\n");
      }
    }
  }
}
