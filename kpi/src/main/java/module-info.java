/** bpokit KPIs: mergeable accumulators and segmented scorecards over the interaction log. */
module io.github.bpokit.kpi {
  requires transitive io.github.bpokit.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.bpokit.kpi;
}
