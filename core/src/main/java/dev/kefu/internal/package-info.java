/**
 * kefu's machinery behind the facade: the command runner, the services, delivery and due work.
 * Not exported; nothing here is API.
 */
package dev.kefu.internal;
