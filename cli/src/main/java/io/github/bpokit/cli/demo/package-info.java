/**
 * The demo month of {@code bpokit demo}: a deterministic generator of one month of a partner program (interactions,
 * ticket timelines, SLA policies and a contract), {@link io.github.bpokit.cli.demo.DemoMonth}. Internal to the
 * {@code bpokit} command: this package is not exported.
 */
@NullMarked
package io.github.bpokit.cli.demo;

import org.jspecify.annotations.NullMarked;
