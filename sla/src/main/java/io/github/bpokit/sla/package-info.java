/** SLA timers and contract terms (SPEC sections 3 and 5). */
@NullMarked
package io.github.bpokit.sla;

import org.jspecify.annotations.NullMarked;
