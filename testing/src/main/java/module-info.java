/**
 * bpokit testing: seedable, framework-neutral generators of valid and deliberately invalid bpokit values for the
 * tests of builds that embed bpokit. Everything is in {@link io.github.bpokit.testing}; start at
 * {@link io.github.bpokit.testing.Generators}.
 */
module io.github.bpokit.testing {
  requires transitive io.github.bpokit.core;
  requires transitive io.github.bpokit.sla;
  requires static transitive org.jspecify;

  exports io.github.bpokit.testing;
}
