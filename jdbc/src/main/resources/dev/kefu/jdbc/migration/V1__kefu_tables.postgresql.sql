-- kefu-jdbc migration 1, PostgreSQL only: run after V1__kefu_tables.sql in the same transaction.
-- Room on each page for a row's next version, so that an update that changes no indexed column
-- (a claim: token, owner, lease) stays on its page as a heap-only tuple and adds no index entry.
-- Outbox rows are claimed once and marked once each; due items are claimed once each.
ALTER TABLE kefu_outbox SET (fillfactor = 60);
ALTER TABLE kefu_due SET (fillfactor = 60);
-- The outbox's status indexes hold the pending messages only. A message leaves them when it is
-- marked, and its delivered version enters no index but the keys': two index entries a mark, not
-- four, and indexes that hold the backlog, not the history. Dead messages (parked, few) keep an
-- index of their own for the operators' list; delivered ones are listed along the primary key.
-- The statements that use them name the status as a literal, as a partial index needs.
DROP INDEX kefu_outbox_partition;
DROP INDEX kefu_outbox_queue;
-- The partition's index is made last: "is an older message of this partition pending?" may also be
-- answered from kefu_outbox_queue, by reading every pending message before this one, and a plan
-- made when few were pending costs both alike and keeps the one it considered first, the newest.
CREATE INDEX kefu_outbox_dead ON kefu_outbox (sequence) WHERE status = 'DEAD';
CREATE INDEX kefu_outbox_queue ON kefu_outbox (sequence) WHERE status = 'PENDING';
CREATE INDEX kefu_outbox_partition ON kefu_outbox (partition_key, sequence) WHERE status = 'PENDING';
-- The documents' filter columns: at_ns and ref2_id are null in most documents (an SLA clock has
-- neither), so their indexes hold the rows that have them only, and a write of such a document
-- adds two index entries fewer. The (type, ref_id) index is made last on purpose: a generic plan
-- made while a table has no statistics yet (a new database under load) costs every index that
-- starts with aggregate_type alike, and PostgreSQL then keeps the index it considered first, the
-- newest; before this order a clock's lookup by ticket scanned every clock through
-- kefu_aggregate_at until the plan was made again.
DROP INDEX kefu_aggregate_ref;
DROP INDEX kefu_aggregate_ref2;
DROP INDEX kefu_aggregate_at;
CREATE INDEX kefu_aggregate_ref2 ON kefu_aggregate (aggregate_type, ref2_id) WHERE ref2_id IS NOT NULL;
CREATE INDEX kefu_aggregate_at ON kefu_aggregate (aggregate_type, at_ns) WHERE at_ns IS NOT NULL;
CREATE INDEX kefu_aggregate_ref ON kefu_aggregate (aggregate_type, ref_id);
-- Documents are rewritten at every command that touches them: room on each page for the next
-- version, so that a write which changes no indexed column (most: the body and the version) stays
-- on its page as a heap-only tuple and adds no index entry.
ALTER TABLE kefu_aggregate SET (fillfactor = 80);
ALTER TABLE kefu_ticket SET (fillfactor = 80);
