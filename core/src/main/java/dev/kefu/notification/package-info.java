/**
 * Reliable notifications: the retry policy, the default channel and templates, and the report of
 * a delivery run. Notifications are written to the outbox with the change that causes them and
 * delivered from there, never inline.
 */
package dev.kefu.notification;
