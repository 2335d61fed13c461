/** Short runnable programs, one per use case; each is executed by a test so it cannot rot. */
@NullMarked
package io.github.bpokit.examples;

import org.jspecify.annotations.NullMarked;
