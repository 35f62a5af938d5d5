-- A migration that fails half-way: its first statement succeeds, its second cannot.
CREATE TABLE test_half (
  id VARCHAR(64) PRIMARY KEY
);
ALTER TABLE kefu_no_such_table ADD COLUMN x INT;
