package io.github.bpokit.cli.csv;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What {@link InteractionCsvReader#collect} returns: the read's counts and what the collector made of the accepted
 * interactions.
 *
 * <pre>{@code
 * Collected<ScorecardResult> read = InteractionCsvReader.strict().collect(file, scorecard.collector(), rejected::add);
 * long rows = read.summary().rows();
 * ScorecardResult result = read.result();
 * }</pre>
 *
 * @param summary the counts of the read
 * @param result the collector's result (null only if the collector made null of it)
 * @param <R> the collector's result type
 */
public record Collected<R extends @Nullable Object>(ReadSummary summary, R result) {
  /** Checks that the summary is there. */
  public Collected {
    requireNonNull(summary, "summary");
  }
}
