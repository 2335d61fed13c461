/**
 * bpokit examples: short programs, one per use case. A module so that the compiler holds them to the exported API
 * of the library modules, exactly what an embedding application sees.
 */
module io.github.bpokit.examples {
  requires io.github.bpokit.pricing; // and, transitively, sla, kpi, core and Guava
  requires static org.jspecify;
}
