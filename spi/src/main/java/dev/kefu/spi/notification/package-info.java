/**
 * Notifications: what kefu sends, the channel port that sends it, the result of a delivery and
 * the templates that word it.
 */
package dev.kefu.spi.notification;
