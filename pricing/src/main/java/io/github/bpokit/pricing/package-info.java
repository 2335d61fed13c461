/** Pricing models, invoices and staffing math (SPEC section 6). */
@NullMarked
package io.github.bpokit.pricing;

import org.jspecify.annotations.NullMarked;
