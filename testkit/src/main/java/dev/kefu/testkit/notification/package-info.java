/**
 * Notification test doubles: {@link dev.kefu.testkit.notification.RecordingNotificationChannel}
 * records what kefu sends and delivers each idempotency key once, as a real channel must.
 */
package dev.kefu.testkit.notification;
