-- kefu-jdbc migration 1, PostgreSQL only: run after V1__kefu_tables.sql in the same transaction.
-- Room on each page for a row's next version, so that an update that changes no indexed column
-- (a claim: token, owner, lease) stays on its page as a heap-only tuple and adds no index entry.
-- Outbox rows are claimed once and marked once each; due items are claimed once each.
ALTER TABLE kefu_outbox SET (fillfactor = 60);
ALTER TABLE kefu_due SET (fillfactor = 60);
