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
-- The documents' filter columns. A plan made before a table has statistics (a new database under
-- load) costs every index whose leading column a query names alike, and PostgreSQL keeps the one
-- it considered first, the newest. Led by aggregate_type, every filter index competed with the
-- primary key for the look-up of one document (a write's compare-and-set) and with each other:
-- a clock's look-up by ticket, or a clock's write, scanned every clock through another index. So
-- the indexes of always-present columns lead with their column, and the (ref_id, type) index is
-- made last, to win its look-up over the primary key; at_ns and ref2_id, null in most documents
-- (an SLA clock has neither), get partial indexes, which serve only queries that bound them and
-- take no entry for a document without them.
DROP INDEX kefu_aggregate_ref;
DROP INDEX kefu_aggregate_ref2;
DROP INDEX kefu_aggregate_status;
DROP INDEX kefu_aggregate_at;
CREATE INDEX kefu_aggregate_ref2 ON kefu_aggregate (aggregate_type, ref2_id) WHERE ref2_id IS NOT NULL;
CREATE INDEX kefu_aggregate_at ON kefu_aggregate (aggregate_type, at_ns) WHERE at_ns IS NOT NULL;
CREATE INDEX kefu_aggregate_status ON kefu_aggregate (status, aggregate_type);
CREATE INDEX kefu_aggregate_ref ON kefu_aggregate (ref_id, aggregate_type);
-- Documents are rewritten at every command that touches them: room on each page for the next
-- version, so that a write which changes no indexed column (most: the body and the version) stays
-- on its page as a heap-only tuple and adds no index entry.
ALTER TABLE kefu_aggregate SET (fillfactor = 80);
ALTER TABLE kefu_ticket SET (fillfactor = 80);
