/**
 * Staff (ST-1): members, roles, teams, skills and the directory port through which kefu reads the
 * host's staff.
 */
package dev.kefu.spi.staff;
