/**
 * Segments: the {@link io.github.bpokit.core.segment.Dimension dimensions} KPIs are sliced by, a
 * {@link io.github.bpokit.core.segment.Segmentation segmentation} (which dimensions, in which order) and the
 * {@link io.github.bpokit.core.segment.SegmentKey keys} that name a slice.
 */
@NullMarked
@CoreStyle
package io.github.bpokit.core.segment;

import io.github.bpokit.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
