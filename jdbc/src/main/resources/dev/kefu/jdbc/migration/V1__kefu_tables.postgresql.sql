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
CREATE INDEX kefu_outbox_partition ON kefu_outbox (partition_key, sequence) WHERE status = 'PENDING';
CREATE INDEX kefu_outbox_queue ON kefu_outbox (sequence) WHERE status = 'PENDING';
CREATE INDEX kefu_outbox_dead ON kefu_outbox (sequence) WHERE status = 'DEAD';
