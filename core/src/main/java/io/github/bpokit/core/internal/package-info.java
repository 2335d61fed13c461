/** Implementation details of bpokit core; not exported. */
@NullMarked
package io.github.bpokit.core.internal;

import org.jspecify.annotations.NullMarked;
