/**
 * Generators for every domain record of {@code kefu-spi}, as plain functions of a random source.
 *
 * <p>Start at {@link dev.kefu.testkit.generators.KefuGenerators}. A
 * {@link dev.kefu.testkit.generators.Gen} is {@code T next(RandomGenerator)}: seed a
 * {@code SplittableRandom} to replay values exactly, or drive it from any property-testing
 * library (QuickTheories adapters are in {@code dev.kefu.testkit.quicktheories}). Every generated
 * record is valid: it passes its own checks and keeps the invariants the records document.
 */
package dev.kefu.testkit.generators;
