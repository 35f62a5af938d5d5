/**
 * The duty scheduler: recurring duties evaluated on the shop's business calendar and run as due
 * work, so each occurrence fires once and in order, also with several kefu instances.
 */
package dev.kefu.duty;
