package io.github.bpokit.benchmarks;

import io.github.bpokit.pricing.staffing.ErlangA;
import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.QueueMetrics;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Staffing math: the minimum agents for 80% answered in 20 s (AHT 180 s) and one evaluation, Erlang C and Erlang A
 * (patience 120 s), at 10, 1,000 and 10,000 erlangs. SPEC target: Erlang C minimum agents at 10,000 erlangs in under
 * 1 ms.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar Erlang -f 1 -wi 3 -i 5 -w 1 -r 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ErlangBenchmark {
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration THRESHOLD = Duration.ofSeconds(20);
  private static final ServiceTarget TARGET = ServiceTarget.of(0.80, THRESHOLD);

  /** Offered traffic in erlangs. */
  @Param({"10", "1000", "10000"})
  public double traffic;

  private ErlangC erlangC;
  private ErlangA erlangA;
  private int agents;

  /** Builds the queues and finds the staffing that the evaluation benchmarks use. */
  @Setup
  public void setUp() {
    erlangC = ErlangC.ofTraffic(traffic, AHT);
    erlangA = erlangC.withPatience(Duration.ofSeconds(120));
    agents = erlangC.minimumAgents(TARGET).agents();
  }

  /**
   * Erlang C minimum agents: the Erlang B recursion up to floor(A) + 1, then one step per agent.
   *
   * @return the metrics
   */
  @Benchmark
  public QueueMetrics erlangCMinimumAgents() {
    return erlangC.minimumAgents(TARGET);
  }

  /**
   * One Erlang C evaluation at the minimum staffing.
   *
   * @return the metrics
   */
  @Benchmark
  public QueueMetrics erlangCEvaluate() {
    return erlangC.evaluate(agents, THRESHOLD);
  }

  /**
   * Erlang A minimum agents: doubling and bisection over full evaluations.
   *
   * @return the metrics
   */
  @Benchmark
  public QueueMetrics erlangAMinimumAgents() {
    return erlangA.minimumAgents(TARGET);
  }

  /**
   * One Erlang A evaluation at the Erlang C staffing.
   *
   * @return the metrics
   */
  @Benchmark
  public QueueMetrics erlangAEvaluate() {
    return erlangA.evaluate(agents, THRESHOLD);
  }
}
