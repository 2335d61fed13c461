/** JMH benchmarks: {@code java -jar benchmarks/target/benchmarks.jar}. */
@NullMarked
package io.github.bpokit.benchmarks;

import org.jspecify.annotations.NullMarked;
