/**
 * The entry point: {@link dev.kefu.Kefu} and its builder, the {@link dev.kefu.Origin} every
 * command carries, and the exceptions a command can end in — each leaves nothing changed.
 */
package dev.kefu;
