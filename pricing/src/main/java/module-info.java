/** bpokit pricing: loaded rates, pricing models, invoices, staffing and model comparison. */
module io.github.bpokit.pricing {
  requires transitive io.github.bpokit.core;
  requires transitive io.github.bpokit.kpi;
  requires transitive io.github.bpokit.sla;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.bpokit.pricing;
  exports io.github.bpokit.pricing.staffing;
}
