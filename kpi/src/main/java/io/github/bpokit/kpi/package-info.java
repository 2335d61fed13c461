/** KPI accumulators, results and scorecards (SPEC section 4). */
@NullMarked
package io.github.bpokit.kpi;

import org.jspecify.annotations.NullMarked;
