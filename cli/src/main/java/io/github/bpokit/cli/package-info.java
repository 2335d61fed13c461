/** The {@code bpokit} command: picocli commands over streamed interaction CSV files. */
@NullMarked
package io.github.bpokit.cli;

import org.jspecify.annotations.NullMarked;
