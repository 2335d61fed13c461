package io.github.bpokit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's {@code main} and returns what it printed, so that each test checks the real program. */
final class MainOutput {
  /** An example's entry point. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  private MainOutput() {}

  /**
   * Runs {@code main} with no arguments while capturing standard output.
   *
   * @return the output, line ends as {@code \n}
   */
  static String of(Main main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
