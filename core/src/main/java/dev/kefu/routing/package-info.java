/**
 * Routing: every new ticket goes to an agent who is on shift, taking work, skilled for its kind
 * and channel and with free capacity there — the VIP desk for VIP customers (CU-4), then the
 * customer's owner, then the least loaded and longest idle, evenly during a promotion (TK-12),
 * team leads at their share (ST-13). Capacity is reserved with versioned writes, so several
 * instances never overfill an agent; tickets nobody can take wait in a shared queue and their
 * customers are told and greeted (TK-20). Start at {@link dev.kefu.routing.Routing}; the decision
 * kernel is {@link dev.kefu.routing.RoutingKernel}.
 */
package dev.kefu.routing;
