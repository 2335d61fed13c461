package io.github.bpokit.cli;

import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.QueueMetrics;
import io.github.bpokit.pricing.staffing.QueueModel;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.pricing.staffing.Shrinkage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bpokit staffing --arrivals 100 --interval 30m --aht 180s --service-level 0.8 --threshold 20s
 * [--shrinkage 0.3] [--max-occupancy 0.85] [--max-asa 30s] [--patience 2m] [--agents N]}: how many agents an
 * interval's volume needs (Erlang C, or Erlang A with {@code --patience}), and what a given number of agents achieves.
 */
@Command(
    name = "staffing",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Erlang C (or Erlang A with --patience): the minimum agents for a service level, or the service "
        + "a given number of agents gives; scheduled agents with shrinkage. Durations as 180s, 30m, 1h or ISO-8601 "
        + "(PT3M).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:usage error (missing or bad value)"})
final class StaffingCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--arrivals", required = true, paramLabel = "N",
      description = "Contacts arriving in one interval.")
  private double arrivals;

  @Option(names = "--interval", defaultValue = "30m", paramLabel = "DURATION",
      description = "The interval the arrivals come in (default 30m).")
  private String interval;

  @Option(names = "--aht", required = true, paramLabel = "DURATION", description = "Average handle time.")
  private String aht;

  @Option(names = "--service-level", defaultValue = "0.8", paramLabel = "SHARE",
      description = "Target share answered within --threshold (default 0.8).")
  private double serviceLevel;

  @Option(names = "--threshold", defaultValue = "20s", paramLabel = "DURATION",
      description = "The service-level threshold (default 20s).")
  private String threshold;

  @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Also keep occupancy at or below this.")
  private @Nullable Double maxOccupancy;

  @Option(names = "--max-asa", paramLabel = "DURATION", description = "Also keep the average speed of answer at or "
      + "below this.")
  private @Nullable String maxAsa;

  @Option(names = "--patience", paramLabel = "DURATION",
      description = "Mean customer patience: use Erlang A (callers abandon) instead of Erlang C.")
  private @Nullable String patience;

  @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "SHARE",
      description = "Share of paid time not available for contacts (default 0): scheduled = ceil(agents / (1 - s)).")
  private double shrinkage;

  @Option(names = "--agents", paramLabel = "N",
      description = "Evaluate this many agents instead of finding the minimum.")
  private @Nullable Integer agents;

  StaffingCommand() {}

  @Override
  public Integer call() {
    QueueMetrics metrics;
    Shrinkage shrink;
    try {
      ErlangC erlangC = ErlangC.of(arrivals, duration("--interval", interval), duration("--aht", aht));
      QueueModel model = patience == null ? erlangC : erlangC.withPatience(duration("--patience", patience));
      Duration t = duration("--threshold", threshold);
      shrink = Shrinkage.of(shrinkage);
      if (agents != null) {
        metrics = model.evaluate(agents, t);
      } else {
        ServiceTarget target = ServiceTarget.of(serviceLevel, t);
        if (maxOccupancy != null) {
          target = target.withMaxOccupancy(maxOccupancy);
        }
        if (maxAsa != null) {
          target = target.withMaxAverageSpeedOfAnswer(duration("--max-asa", maxAsa));
        }
        metrics = model.minimumAgents(target);
      }
    } catch (IllegalArgumentException e) { // the model's messages name the bad value
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "model              %s%n", patience == null ? "Erlang C" : "Erlang A (patience " + patience
        + ")");
    out.printf(Locale.ROOT, "traffic            %.4f erlangs%n", metrics.traffic());
    out.printf(Locale.ROOT, "agents             %d%s%n", metrics.agents(), agents == null ? " (minimum)" : "");
    out.printf(Locale.ROOT, "P(wait)            %.4f%n", metrics.probabilityOfWaiting());
    if (patience != null) {
      out.printf(Locale.ROOT, "P(abandon)         %.4f%n", metrics.probabilityOfAbandoning());
    }
    out.printf(Locale.ROOT, "service level      %.4f within %s%n", metrics.serviceLevel(), threshold);
    out.printf(Locale.ROOT, "ASA                %s%n", metrics.averageSpeedOfAnswerSeconds().isPresent()
        ? String.format(Locale.ROOT, "%.2f s", metrics.averageSpeedOfAnswerSeconds().getAsDouble())
        : "unbounded (more work than agents)");
    out.printf(Locale.ROOT, "occupancy          %.4f%n", metrics.occupancy());
    out.printf(Locale.ROOT, "scheduled agents   %d (shrinkage %s)%n", metrics.scheduledAgents(shrink),
        Double.toString(shrinkage));
    return Main.OK;
  }

  private static Duration duration(String option, String text) {
    return Durations.option(option, text);
  }
}
