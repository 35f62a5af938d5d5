/**
 * kefu's generators for QuickTheories: {@link dev.kefu.testkit.quicktheories.QuickTheoriesGenerators}
 * turns any {@link dev.kefu.testkit.generators.Gen} into an {@code org.quicktheories.core.Gen}
 * whose every random choice QuickTheories records and shrinks.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGenerators.tickets())
 *     .checkAssert(t -> assertThat(t.version()).isPositive());
 * }</pre>
 */
package dev.kefu.testkit.quicktheories;
