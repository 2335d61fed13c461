/** Implementation details of bpokit kpi (the DDSketch, 128-bit sums, fixed-point grids); not exported. */
@NullMarked
package io.github.bpokit.kpi.internal;

import org.jspecify.annotations.NullMarked;
