package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpokit.cli.MainTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * {@link Main#commandLine}: a command line whose first argument names a subcommand gets only that one; every other
 * command line gets all of them and behaves as with the subcommands in the {@code @Command} annotation (the texts
 * below are those of bpokit before the change).
 */
class MainDispatchTest {
  private static final String NL = System.lineSeparator();

  /** The command list of {@code bpokit --help}: each name with the first line of its description. */
  private static final List<String> COMMANDS = List.of(
      "validate   Checks an interaction CSV file (every rule of SPEC 1.1) and prints",
      "scorecard  Computes the KPIs of SPEC 4 (contacts, CSAT, NPS, FCR, AHT,",
      "sla        Evaluates SLA timers (first reply, next reply, periodic update,",
      "sla-terms  Evaluates contract terms (bands, credits, bonuses, at-risk pool,",
      "invoice    Prices one period's usage from the interaction CSV with the",
      "staffing   Erlang C (or Erlang A with --patience): the minimum agents for a",
      "compare    Compares the month of a volume forecast under the contract's",
      "report     Writes the monthly business review of one contract period as one",
      "demo       Shows bpokit on one generated month of a partner program:",
      "help       Display help information about the specified command.");

  private static Run run(String... args) {
    return MainTest.run(args);
  }

  private static List<String> registered(String... args) {
    CommandLine commandLine = Main.commandLine(args, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), Ansi.OFF);
    return List.copyOf(commandLine.getSubcommands().keySet());
  }

  /** The lines of the usage text's command list, from "Commands:" to the first line not indented by two spaces. */
  private static List<String> commandList(String usage) {
    List<String> lines = usage.lines().toList();
    int start = lines.indexOf("Commands:");
    assertThat(start).as("a Commands: heading in %s", usage).isPositive();
    List<String> commands = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.isEmpty()) {
        break;
      }
      if (!line.startsWith("    ")) { // a continuation line of a description is indented further
        commands.add(line.substring(2));
      }
    }
    return commands;
  }

  @Test
  void helpListsEverySubcommandInTheSameOrder() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).startsWith("Usage: bpokit [-hV] [COMMAND]" + NL
        + "The economics of outsourced customer support: interaction CSV in; validation," + NL)
        .endsWith("Exit codes:" + NL
            + "  0   ok" + NL
            + "  1   invalid input (strict validation failed)" + NL
            + "  2   usage error (unknown option, missing or unreadable file)" + NL);
    assertThat(commandList(help.out())).containsExactlyElementsOf(COMMANDS);
    assertThat(run("-h").out()).isEqualTo(help.out());
    assertThat(run("help").out()).isEqualTo(help.out());
  }

  @Test
  void theSubcommandsAreRegisteredUnderTheirOwnNames() {
    assertThat(Main.SUBCOMMANDS).containsExactly("validate", "scorecard", "sla", "sla-terms", "invoice", "staffing",
        "compare", "report", "demo", "help");
    for (String name : Main.SUBCOMMANDS) {
      Object command = Main.newSubcommand(name);
      assertThat(new CommandLine(command).getCommandName()).as("the @Command name of %s", command.getClass())
          .isEqualTo(name);
      assertThat(Main.newSubcommand(name)).as("a new instance each time").isNotSameAs(command);
    }
    assertThatThrownBy(() -> Main.newSubcommand("frobnicate")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no bpokit subcommand frobnicate");
  }

  @Test
  void aSubcommandFirstGetsOnlyThatSubcommand() {
    assertThat(registered("scorecard", "--input", "x.csv")).containsExactly("scorecard");
    assertThat(registered("sla-terms")).containsExactly("sla-terms");
    assertThat(registered("demo", "--help")).containsExactly("demo");
    for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "scorecard"},
        new String[] {"-h", "scorecard"}, new String[] {"frobnicate"}, new String[] {"Scorecard"},
        new String[] {"--", "scorecard"}, new String[] {"@args.txt"})) {
      assertThat(registered(args)).as(String.join(" ", args)).containsExactlyElementsOf(Main.SUBCOMMANDS);
    }
  }

  @Test
  void subcommandHelpIsTheSameAloneAndThroughHelp() {
    Run alone = run("scorecard", "--help");
    assertThat(alone.code()).isZero();
    assertThat(alone.err()).isEmpty();
    assertThat(alone.out()).startsWith("Usage: bpokit scorecard [-hV] [--fcr-any-category] [--lenient]" + NL
        + "                        [--as-of=INSTANT] [--by=DIMENSIONS]" + NL)
        .contains("      --format=FORMAT       table (default), json, csv or html.")
        .endsWith("Exit codes:" + NL
            + "  0   ok (lenient: rejected rows were set aside and are not counted)" + NL
            + "  1   invalid input: a bad header, or (strict) a bad row" + NL
            + "  2   usage error (unknown option, bad value, missing or unreadable file)" + NL);
    Run viaHelp = run("help", "scorecard");
    assertThat(viaHelp.code()).isZero();
    assertThat(viaHelp.err()).isEmpty();
    assertThat(viaHelp.out()).isEqualTo(alone.out());
    assertThat(run("scorecard", "-h").out()).isEqualTo(alone.out());
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorWithSuggestions() {
    Run unknown = run("frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo("Unmatched argument at index 0: 'frobnicate'" + NL
        + "Did you mean: bpokit validate or bpokit invoice or bpokit sla-terms?" + NL);
    Run withOptions = run("frobnicate", "--input", "x");
    assertThat(withOptions.code()).isEqualTo(2);
    assertThat(withOptions.err()).isEqualTo("Unmatched arguments from index 0: 'frobnicate', '--input', 'x'" + NL
        + "Did you mean: bpokit validate or bpokit invoice or bpokit sla-terms?" + NL);
    Run prefix = run("score"); // no abbreviations, names are case-sensitive
    assertThat(prefix.code()).isEqualTo(2);
    assertThat(prefix.err()).isEqualTo("Unmatched argument at index 0: 'score'" + NL
        + "Did you mean: bpokit scorecard or bpokit report or bpokit compare?" + NL);
    assertThat(run("SCORECARD").err()).isEqualTo("Unmatched argument at index 0: 'SCORECARD'" + NL
        + "Did you mean: bpokit scorecard or bpokit compare or bpokit report?" + NL);
    Run help = run("help", "frobnicate");
    assertThat(help.code()).isEqualTo(2);
    assertThat(help.out()).isEmpty();
    assertThat(help.err()).isEqualTo("Unknown subcommand 'frobnicate'." + NL + run("--help").out());
  }

  @Test
  void aSubcommandNameAfterAnOptionBehavesAsBefore() {
    Run help = run("-h", "scorecard"); // the main command's help option wins: its usage, not the subcommand's
    assertThat(help.code()).isZero();
    assertThat(help.out()).isEqualTo(run("--help").out());
    Run version = run("--version", "scorecard");
    assertThat(version.code()).isZero();
    assertThat(version.out()).isEqualTo("bpokit " + Main.version() + NL);
    Run endOfOptions = run("--", "scorecard"); // after "--" a subcommand name is a positional argument
    assertThat(endOfOptions.code()).isEqualTo(2);
    assertThat(endOfOptions.err()).isEqualTo("Unmatched argument at index 1: 'scorecard'" + NL
        + "Did you mean: bpokit scorecard or bpokit compare or bpokit report?" + NL);
    Run noSubcommand = run();
    assertThat(noSubcommand.code()).isEqualTo(2);
    assertThat(noSubcommand.err()).isEqualTo("bpokit: missing subcommand" + NL + run("--help").out());
  }

  @Test
  void aSubcommandInAnArgumentFileStillRuns(@TempDir Path dir) throws IOException {
    Path args = dir.resolve("args.txt");
    Files.write(args, List.of("validate", "--input", MainTest.SAMPLE.toString()));
    Run run = run("@" + args);
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(run("validate", "--input", MainTest.SAMPLE.toString()).out())
        .startsWith("validated " + MainTest.SAMPLE + " (strict)" + NL + "rows          50" + NL);
  }

  @Test
  void theScorecardLoadsNoJacksonAndNoOtherCommand(@TempDir Path dir) throws IOException, InterruptedException {
    Child child = bpokit(dir, "scorecard", "--input", MainTest.SAMPLE.toString(), "--format", "json");
    assertThat(child.out()).startsWith("{\"asOf\": \"").contains("\"rows\": 50, \"rejected\": 0");
    List<String> loaded = child.loaded();
    assertThat(loaded).filteredOn(name -> name.startsWith("com.fasterxml.jackson.")).isEmpty();
    assertThat(loaded).filteredOn(name -> name.matches("io\\.github\\.bpokit\\.cli\\.[A-Za-z]+Command"))
        .containsExactly("io.github.bpokit.cli.ScorecardCommand");
    assertThat(loaded).contains("io.github.bpokit.cli.ScorecardOutput", "io.github.bpokit.kpi.ScorecardAccumulator");
  }

  @Test
  void theHelpLoadsNoJacksonAndNoGuava(@TempDir Path dir) throws IOException, InterruptedException {
    Child child = bpokit(dir, "--help");
    assertThat(child.out()).isEqualTo(run("--help").out());
    List<String> loaded = child.loaded();
    assertThat(loaded).filteredOn(name -> name.startsWith("com.fasterxml.jackson.")).isEmpty();
    assertThat(loaded).contains("io.github.bpokit.cli.SlaCommand", "io.github.bpokit.cli.SlaTermsCommand",
        "io.github.bpokit.cli.DemoCommand");
    assertThat(loaded).as("KpiId initialised: the Guava collections of its tables")
        .filteredOn(name -> name.startsWith("com.google.common.")).isEmpty();
  }

  /** What a run in a JVM of its own printed and the classes it loaded, in order. */
  private record Child(String out, List<String> loaded) {}

  /** Runs {@code bpokit args} in a JVM of its own, on the test class path, with a class loading log. */
  private static Child bpokit(Path dir, String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bpokit ended within a minute").isTrue();
    assertThat(process.exitValue()).as("exit code; standard error: %s", Files.readString(err)).isZero();
    assertThat(Files.readString(err)).isEmpty();
    Pattern line = Pattern.compile("\\]\\s*(\\S+) source:");
    List<String> loaded = new ArrayList<>();
    for (String entry : Files.readAllLines(log)) {
      Matcher m = line.matcher(entry);
      if (m.find()) {
        loaded.add(m.group(1));
      }
    }
    assertThat(loaded).as("the class loading log").contains(Main.class.getName());
    return new Child(Files.readString(out), loaded);
  }
}
