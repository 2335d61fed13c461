package io.github.bpokit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code bpokit} command: {@code java -jar bpokit.jar <subcommand> ...}.
 *
 * <p>Exit codes, for every subcommand: 0 ok, 1 invalid input (strict validation failed), 2 usage error (unknown
 * option, missing or unreadable file).
 *
 * <p>The subcommands are registered by {@link #commandLine}, not in the {@code @Command} annotation: picocli builds
 * every registered subcommand (an instance, the reflection on its fields and methods, the classes their types name),
 * so a command line whose first argument is a subcommand's name gets only that subcommand; any other (none,
 * {@code --help}, {@code help ...}, an option first, an unknown name) gets all of them, in {@link #SUBCOMMANDS} order.
 */
@Command(
    name = "bpokit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "The economics of outsourced customer support: interaction CSV in; validation, KPIs, SLA terms "
        + "and invoices out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:invalid input (strict validation failed)",
        "2:usage error (unknown option, missing or unreadable file)"})
public final class Main implements Callable<Integer> {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input is invalid (strict mode). */
  public static final int INVALID_INPUT = 1;
  /** Exit code: the command line is wrong or a file cannot be read or written. */
  public static final int USAGE = 2;

  /**
   * The subcommands' names, in the order of the usage text; {@link #newSubcommand} makes each. Kept apart from the
   * classes so that choosing one loads none of the others.
   */
  static final List<String> SUBCOMMANDS = List.of("validate", "scorecard", "sla", "sla-terms", "invoice", "staffing",
      "compare", "report", "demo", "help");

  @Spec
  private CommandSpec spec;

  Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = commandLine(args, out, err, Ansi.AUTO).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command without exiting, for tests and embedding; output goes to the given writers, without colours.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return the exit code: 0 ok, 1 invalid input, 2 usage error
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = commandLine(args, out, err, Ansi.OFF).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Reads a {@code --format text|json} option (any case, blanks around ignored).
   *
   * @return whether the format is json
   * @throws ParameterException (a usage error) for any other format
   */
  static boolean isJson(CommandLine commandLine, String format) {
    return switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new ParameterException(commandLine, "--format '" + format + "': expected text or json");
    };
  }

  /**
   * The command line for {@code args}: with only the subcommand {@code args[0]} names when it names one other than
   * {@code help} (picocli then goes straight to it, as it would with all registered), else with all of them. The
   * subcommands are added before the writers and colours are set, which picocli passes on only to the subcommands
   * already there.
   */
  static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err, Ansi ansi) {
    CommandLine commandLine = new CommandLine(new Main());
    String first = args.length == 0 ? "" : args[0];
    if (!first.equals("help") && SUBCOMMANDS.contains(first)) {
      commandLine.addSubcommand(first, newSubcommand(first));
    } else {
      for (String name : SUBCOMMANDS) {
        commandLine.addSubcommand(name, newSubcommand(name));
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
    return commandLine;
  }

  /**
   * A new instance of the subcommand {@code name}. The result type is {@code Object} and the classes appear only in
   * {@code new}, so neither verifying nor reflecting on {@code Main} loads a subcommand class.
   */
  static Object newSubcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "scorecard" -> new ScorecardCommand();
      case "sla" -> new SlaCommand();
      case "sla-terms" -> new SlaTermsCommand();
      case "invoice" -> new InvoiceCommand();
      case "staffing" -> new StaffingCommand();
      case "compare" -> new CompareCommand();
      case "report" -> new ReportCommand();
      case "demo" -> new DemoCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no bpokit subcommand " + name);
    };
  }

  /** Without a subcommand: prints the usage to standard error and returns the usage exit code. */
  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("bpokit: missing subcommand");
    commandLine.usage(commandLine.getErr(), commandLine.getColorScheme());
    return USAGE;
  }

  /** Returns this build's version, e.g. {@code 0.1.0-SNAPSHOT}, from a resource Maven fills in. */
  public static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the bpokit jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException("version.properties was not filled in by the build: " + version);
      }
      return version.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints {@code bpokit <version>} for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"bpokit " + version()};
    }
  }
}
