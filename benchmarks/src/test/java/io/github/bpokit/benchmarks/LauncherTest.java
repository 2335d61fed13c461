package io.github.bpokit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cli/target/bpokit}, the launcher the cli build writes beside the jar (the end-to-end benchmark times it), run
 * against {@code java -jar} on the same jar with this test's JVM. Here rather than in the cli, because it exists only
 * once the cli is packaged; skipped where it was not built or there is no {@code /bin/sh}.
 */
class LauncherTest {
  private static final Path CLI_TARGET = Path.of("..", "cli", "target").toAbsolutePath().normalize();
  private static final Path LAUNCHER = CLI_TARGET.resolve("bpokit");
  private static final Path JAR = CLI_TARGET.resolve("bpokit.jar");
  private static final String SAMPLE = Path.of("..", "samples", "interactions.csv").toAbsolutePath().toString();
  private static final String JAVA_HOME = System.getProperty("java.home");

  @BeforeAll
  static void launcherBuilt() {
    assumeTrue(Files.isExecutable(LAUNCHER) && Files.isRegularFile(JAR) && Files.isExecutable(Path.of("/bin/sh")),
        "the launcher is built by the cli's package phase, for a POSIX shell");
  }

  @Test
  void printsWhatJavaJarPrints() throws Exception {
    Run jar = run(List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString(), "scorecard", "--input", SAMPLE,
        "--format", "json", "--by", "channel"), Map.of());
    Run launcher = run(List.of(LAUNCHER.toString(), "scorecard", "--input", SAMPLE, "--format", "json", "--by",
        "channel"), Map.of());

    assertThat(jar.exit).isZero();
    assertThat(jar.out).startsWith("{").contains("\"VOICE\"");
    assertThat(launcher.exit).isZero();
    assertThat(launcher.out).isEqualTo(jar.out);
    assertThat(launcher.err).isEmpty();
  }

  @Test
  void passesTheExitCodeAndMessagesOn() throws Exception {
    String missing = CLI_TARGET.resolve("no-such-file.csv").toString();
    Run jar = run(List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString(), "scorecard", "--input", missing),
        Map.of());
    Run launcher = run(List.of(LAUNCHER.toString(), "scorecard", "--input", missing), Map.of());

    assertThat(jar.exit).isEqualTo(2);
    assertThat(launcher.exit).isEqualTo(2);
    assertThat(launcher.err).isEqualTo(jar.err).contains("no-such-file.csv");
  }

  @Test
  void runsTheJarBesideItThroughASymbolicLink(@TempDir Path bin) throws Exception {
    Path link = Files.createSymbolicLink(bin.resolve("bpokit"), LAUNCHER);

    Run run = run(List.of(link.toString(), "--version"), Map.of());

    assertThat(run.exit).isZero();
    assertThat(run.out).startsWith("bpokit ");
  }

  @Test
  void usesTheSerialCollectorLessInliningASmallYoungGenerationAndAddsTheOptionsOfTheEnvironment() throws Exception {
    Run run = run(List.of(LAUNCHER.toString(), "--version"),
        Map.of("BPOKIT_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));

    assertThat(run.exit).isZero();
    assertThat(run.out).contains("-XX:+UseSerialGC").contains("-XX:InlineSmallCode=1000")
        .contains("-XX:MaxNewSize=50331648").contains("-XX:NewSize=50331648")
        .contains("-XX:+PrintCommandLineFlags").endsWith(
        "bpokit " + io.github.bpokit.cli.Main.version() + "\n");
  }

  @Test
  void loadsTheCommandFromTheClassDataSharingArchive() throws Exception {
    assumeArchiveDumped();

    Run run = run(scorecardOfTheSample(LAUNCHER), Map.of("BPOKIT_JAVA_OPTS", "-Xlog:class+load=info:stderr"));

    assertThat(run.exit).isZero();
    assertThat(run.err).contains("io.github.bpokit.cli.ScorecardCommand source: shared objects file")
        .contains("picocli.CommandLine source: shared objects file"); // a Java 5 class file, in a static archive
  }

  /**
   * The build dumps the archive from a scorecard run on generated rows, read in parts as a real file is: the classes
   * of that read (the parts' workers, the quantile sketch, the merge's key maps) are in it, not only the sample's.
   */
  @Test
  void theArchiveHoldsTheClassesOfAFileReadInParts() throws Exception {
    assumeArchiveDumped();
    String dumpedJar = Files.readString(CLI_TARGET.resolve("bpokit.jsa.jar"), StandardCharsets.UTF_8).strip();

    Run listed = run(List.of(Path.of(JAVA_HOME, "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + CLI_TARGET.resolve("bpokit.jsa"), "-XX:+PrintSharedArchiveAndExit", "-jar",
        dumpedJar), Map.of());

    assertThat(listed.exit).isZero();
    assertThat(listed.out).contains("archive is valid")
        .contains(" io.github.bpokit.cli.csv.PartedRead$Worker ")
        .contains(" io.github.bpokit.kpi.internal.DdSketch ")
        .contains(" io.github.bpokit.kpi.RepeatContacts$KeyMap ");
  }

  @Test
  void aCopyElsewhereRunsWithoutTheArchiveItsJarPathNoLongerMatches(@TempDir Path elsewhere) throws Exception {
    assumeArchiveDumped();
    for (String file : List.of("bpokit", "bpokit.jar", "bpokit.jsa", "bpokit.jsa.jar")) {
      Files.copy(CLI_TARGET.resolve(file), elsewhere.resolve(file));
    }

    Run copy = run(scorecardOfTheSample(elsewhere.resolve("bpokit")),
        Map.of("BPOKIT_JAVA_OPTS", "-Xlog:class+load=info:stderr"));
    Run here = run(scorecardOfTheSample(LAUNCHER), Map.of());

    assertThat(copy.exit).isZero();
    assertThat(copy.out).isEqualTo(here.out).startsWith("{");
    // the JDK's own archive still serves the JDK's classes
    assertThat(copy.err).contains("java.lang.Object source: shared objects file")
        .contains("io.github.bpokit.cli.ScorecardCommand source: file:")
        .doesNotContain("warning");
  }

  private static void assumeArchiveDumped() {
    assumeTrue(Files.isRegularFile(CLI_TARGET.resolve("bpokit.jsa")), "this JVM dumped no archive at build time");
  }

  /** {@code LAUNCHER scorecard --input samples/interactions.csv --format json}. */
  private static List<String> scorecardOfTheSample(Path launcher) {
    return List.of(launcher.toString(), "scorecard", "--input", SAMPLE, "--format", "json");
  }

  private record Run(int exit, String out, String err) {}

  /** Runs the command with this test's JVM as JAVA_HOME, and the given environment added. */
  private static Run run(List<String> command, Map<String, String> environment) throws IOException,
      InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
    builder.environment().put("JAVA_HOME", JAVA_HOME);
    builder.environment().remove("BPOKIT_JAVA_OPTS");
    builder.environment().putAll(environment);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int exit = process.waitFor();
      return new Run(exit, Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
