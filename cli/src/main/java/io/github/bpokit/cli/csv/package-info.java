/**
 * Streaming reader of the interaction CSV format of SPEC §1.1, with strict and lenient validation. Internal to the
 * {@code bpokit} command: this package is not exported.
 */
@NullMarked
package io.github.bpokit.cli.csv;

import org.jspecify.annotations.NullMarked;
