/**
 * The vocabulary every part of kefu shares: channels, money, identifiers and the aggregate
 * contract. Features live in the sub-packages: {@code customer}, {@code ticket}, {@code staff},
 * {@code event}, {@code notification} and {@code store} (the ports a host implements to keep
 * kefu's state in its own database).
 */
package dev.kefu.spi;
