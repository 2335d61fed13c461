/** The interaction log: one customer contact per value, validated when built. */
@NullMarked
@CoreStyle
package io.github.bpokit.core.model;

import io.github.bpokit.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
