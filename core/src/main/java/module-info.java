/**
 * bpokit core: the shared vocabulary every other bpokit module speaks.
 *
 * <ul>
 *   <li>{@link io.github.bpokit.core.model}: the interaction log (one customer contact per row) and its validation;
 *   <li>{@link io.github.bpokit.core.money}: exact {@code Money} with explicit rounding and lossless allocation;
 *   <li>{@link io.github.bpokit.core.time}: reporting periods and business calendars;
 *   <li>{@link io.github.bpokit.core.segment}: segment dimensions and keys for slicing KPIs.
 * </ul>
 */
module io.github.bpokit.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler; // @Generated on Immutables-generated classes
  requires static com.google.errorprone.annotations; // @CanIgnoreReturnValue, @CheckReturnValue on the same

  exports io.github.bpokit.core.model;
  exports io.github.bpokit.core.money;
  exports io.github.bpokit.core.time;
  exports io.github.bpokit.core.segment;
}
