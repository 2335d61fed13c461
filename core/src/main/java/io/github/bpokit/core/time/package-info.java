/** Time as the contract sees it: reporting periods and business calendars in a time zone. */
@NullMarked
@CoreStyle
package io.github.bpokit.core.time;

import io.github.bpokit.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
