/** bpokit SLAs: timers on ticket timelines and contract terms with bands, credits, bonuses and triggers. */
module io.github.bpokit.sla {
  requires transitive io.github.bpokit.core;
  requires transitive io.github.bpokit.kpi;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.bpokit.sla;
  exports io.github.bpokit.sla.terms;
}
