package dev.kefu.bench.load;

/**
 * One command of a ticket's lifecycle.
 *
 * @param minute minutes after the ticket's opening, in simulated time
 * @param action the command
 */
record Step(int minute, Action action) {}
