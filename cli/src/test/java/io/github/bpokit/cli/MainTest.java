package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  static final Path SAMPLE = Path.of("..", "samples", "interactions.csv");
  static final Path SAMPLE_WITH_ERRORS = Path.of("..", "samples", "interactions-with-errors.csv");

  /** One run of the command. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void versionIsTheBuildVersion() {
    Run run = run("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("bpokit " + Main.version() + System.lineSeparator());
    assertThat(Main.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(run("validate", "--version").out()).isEqualTo(run.out());
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run run = run("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Usage: bpokit [-hV] [COMMAND]").contains("validate", "Exit codes:",
        "2   usage error");
    assertThat(run.err()).isEmpty();
    Run validate = run("validate", "--help");
    assertThat(validate.code()).isZero();
    assertThat(validate.out()).startsWith("Usage: bpokit validate [-hV] [--lenient] --input=FILE.csv "
        + "[--rejects=FILE]").contains("--lenient", "--rejects=FILE");
    assertThat(run("help", "validate").out()).isEqualTo(validate.out());
  }

  @Nested
  class UsageErrors {
    @Test
    void noSubcommand() {
      Run run = run();
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("bpokit: missing subcommand").contains("Usage: bpokit");
      assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOptionOrCommand() {
      Run option = run("validate", "--input", SAMPLE.toString(), "--bogus");
      assertThat(option.code()).isEqualTo(2);
      assertThat(option.err()).startsWith("Unknown option: '--bogus'");
      Run command = run("frobnicate");
      assertThat(command.code()).isEqualTo(2);
      assertThat(command.err()).startsWith("Unmatched argument at index 0: 'frobnicate'");
    }

    @Test
    void missingInput() {
      Run run = run("validate");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("Missing required option: '--input=FILE.csv'");
    }

    @Test
    void unreadableInput(@TempDir Path dir) {
      Run missing = run("validate", "--input", dir.resolve("nope.csv").toString());
      assertThat(missing.code()).isEqualTo(2);
      assertThat(missing.err()).isEqualTo("bpokit validate: cannot read --input " + dir.resolve("nope.csv")
          + ": no such file" + System.lineSeparator());
      Run directory = run("validate", "--input", dir.toString());
      assertThat(directory.code()).isEqualTo(2);
      assertThat(directory.err()).contains("it is a directory");
    }

    @Test
    void unwritableRejects(@TempDir Path dir) {
      Path rejects = dir.resolve("no-such-dir").resolve("rejects.csv");
      Run run = run("validate", "--input", SAMPLE.toString(), "--rejects", rejects.toString());
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("bpokit validate: cannot write --rejects " + rejects);
    }
  }

  @Test
  void validatesTheSampleFile() {
    Run run = run("validate", "--input", SAMPLE.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(lines(
        "validated " + SAMPLE + " (strict)",
        "rows          50",
        "accepted      50",
        "rejected       0",
        "accepted by channel",
        "  VOICE       11",
        "  EMAIL        9",
        "  CHAT        10",
        "  SOCIAL       5",
        "  WHATSAPP     7",
        "  IN_APP       8"));
    assertThat(run("validate", "--lenient", "--input=" + SAMPLE).out()).contains("(lenient)", "accepted      50");
  }

  @Test
  void strictModeStopsAtTheFirstBadRow() {
    Run run = run("validate", "--input", SAMPLE_WITH_ERRORS.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(lines(
        "line 3: channel 'FAX': unknown Channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP",
        "validation stopped at the first bad row; use --lenient to set bad rows aside and go on"));
  }

  @Test
  void lenientModeReportsRejectsAndSucceeds() {
    Run run = run("validate", "--input", SAMPLE_WITH_ERRORS.toString(), "--lenient");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(lines(
        "validated " + SAMPLE_WITH_ERRORS + " (lenient)",
        "rows          12",
        "accepted       5",
        "rejected       7",
        "accepted by channel",
        "  VOICE        1",
        "  EMAIL        1",
        "  CHAT         1",
        "  SOCIAL       1",
        "  WHATSAPP     0",
        "  IN_APP       1"));
    assertThat(run.err()).isEqualTo(lines(
        "line 3: channel 'FAX': unknown Channel 'FAX', expected one of VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP",
        "line 5: answered_at '2026-10-05T09:14:00Z': must not be before created_at 2026-10-05T09:15:00Z; "
            + "csat '7': must be between 1 and 5",
        "line 6: created_at '2026-10-05T09:20:00': has no UTC offset: add Z or an offset such as +02:00 "
            + "(e.g. 2026-10-01T09:30:00Z or 2026-10-01T11:30:00+02:00)",
        "line 7: interaction_id 'e-003': duplicate of line 4",
        "line 9: handled_by 'HUMAN': must be BOT or BOT_TO_HUMAN when outcome is BOT_CONTAINED",
        "line 10: answered_at '2026-10-05T10:06:00Z': must be empty when outcome is ABANDONED "
            + "(an abandoned contact was never answered)",
        "line 11: talk_seconds '-45': must not be negative"));
  }

  @Test
  void lenientModePrintsTheFirstTenRejects(@TempDir Path dir) throws IOException {
    List<String> csv = new ArrayList<>(List.of("interaction_id,customer_id,channel,category,created_at,outcome"));
    for (int i = 0; i < 25; i++) {
      csv.add("i-" + i + ",c-1,CHAT,billing,2026-10-01T09:00:00Z," + (i % 2 == 0 ? "RESOLVED" : "WON"));
    }
    Path input = dir.resolve("many.csv");
    Files.write(input, csv);
    Run run = run("validate", "--lenient", "--input", input.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("rejected      12");
    assertThat(run.err().lines()).hasSize(11).last().isEqualTo("... 2 more rejected rows; write them all with "
        + "--rejects FILE");
  }

  @Nested
  class Rejects {
    @Test
    void lenientWritesEveryRejectedRowWithItsLineAndReasons(@TempDir Path dir) throws IOException {
      Path rejects = dir.resolve("rejects.csv");
      Run run = run("validate", "--input", SAMPLE_WITH_ERRORS.toString(), "--lenient", "--rejects",
          rejects.toString());
      assertThat(run.code()).isZero();
      assertThat(run.out()).endsWith("7 rejected rows written to " + rejects + System.lineSeparator());
      List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
      assertThat(lines).hasSize(8);
      assertThat(lines.get(0)).isEqualTo("line,reasons," + Files.readAllLines(SAMPLE_WITH_ERRORS).get(0));
      assertThat(lines.get(1)).isEqualTo("3,\"channel 'FAX': unknown Channel 'FAX', expected one of VOICE, EMAIL, "
          + "CHAT, SOCIAL, WHATSAPP, IN_APP\"," + Files.readAllLines(SAMPLE_WITH_ERRORS).get(2));
      assertThat(lines.get(2)).startsWith("5,answered_at '2026-10-05T09:14:00Z': must not be before created_at "
          + "2026-10-05T09:15:00Z; csat '7': must be between 1 and 5,e-004,");
      assertThat(lines).extracting(line -> line.substring(0, line.indexOf(',')))
          .containsExactly("line", "3", "5", "6", "7", "9", "10", "11");
    }

    @Test
    void strictWritesTheRowThatStoppedIt(@TempDir Path dir) throws IOException {
      Path rejects = dir.resolve("rejects.csv");
      Run run = run("validate", "--input", SAMPLE_WITH_ERRORS.toString(), "--rejects", rejects.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("rejected row written to " + rejects);
      assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString().startsWith("3,");
    }

    @Test
    void aValidFileGivesAnEmptyRejectsFileWithItsHeader(@TempDir Path dir) throws IOException {
      Path rejects = dir.resolve("rejects.csv");
      Run run = run("validate", "--input", SAMPLE.toString(), "--rejects", rejects.toString());
      assertThat(run.code()).isZero();
      assertThat(Files.readAllLines(rejects)).containsExactly("line,reasons," + Files.readAllLines(SAMPLE).get(0));
    }
  }

  @Test
  void aBadHeaderIsInvalidInputInBothModes(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("bad-header.csv");
    Files.writeString(input, "interaction_id,channel,created_at\ni-1,CHAT,2026-10-01T09:00:00Z\n");
    for (List<String> args : List.of(List.of("validate", "--input", input.toString()),
        List.of("validate", "--input", input.toString(), "--lenient"))) {
      Run run = run(args.toArray(String[]::new));
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).isEqualTo(lines("line 1: customer_id: missing required column; category: missing "
          + "required column; outcome: missing required column"));
    }
  }

  private static String lines(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append(System.lineSeparator());
    }
    return text.toString();
  }
}
