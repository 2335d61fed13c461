/** Exact money: amounts with an ISO-4217 currency, explicit rounding and lossless allocation. */
@NullMarked
@CoreStyle
package io.github.bpokit.core.money;

import io.github.bpokit.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
