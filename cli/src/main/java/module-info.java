/** The {@code bpokit} command line. It exports nothing: it is a program, not an API. */
module io.github.bpokit.cli {
  requires io.github.bpokit.core;
  requires io.github.bpokit.kpi;
  requires io.github.bpokit.sla;
  requires io.github.bpokit.pricing;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires de.siegmar.fastcsv;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  opens io.github.bpokit.cli to info.picocli;
}
