/** Segments: the dimensions KPIs are sliced by and the keys that name a slice. */
@NullMarked
@CoreStyle
package io.github.bpokit.core.segment;

import io.github.bpokit.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
