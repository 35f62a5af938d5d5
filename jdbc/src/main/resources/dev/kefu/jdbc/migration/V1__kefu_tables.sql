-- kefu-jdbc migration 1: kefu's tables. Applied once by JdbcStorage.migrate(), recorded in kefu_schema.
-- Not yet released: until kefu-jdbc's first release it may still change; after it, only new migrations.
-- Portable across PostgreSQL and H2: TEXT for documents, BIGINT for versions and instants.
-- Instants (columns ending in _ns) are nanoseconds since 1970-01-01T00:00:00Z, exact on every
-- database (PostgreSQL's TIMESTAMP keeps microseconds only), for 1677-09-21 to 2262-04-11.
-- Statements end with a semicolon at the end of a line.
CREATE TABLE kefu_customer (
  id VARCHAR(64) PRIMARY KEY,
  version BIGINT NOT NULL,
  region VARCHAR(128) NOT NULL,
  owner_id VARCHAR(64),
  tier VARCHAR(32) NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX kefu_customer_region ON kefu_customer (region);
CREATE INDEX kefu_customer_owner ON kefu_customer (owner_id);
CREATE TABLE kefu_ticket (
  id VARCHAR(64) PRIMARY KEY,
  version BIGINT NOT NULL,
  customer_id VARCHAR(64) NOT NULL,
  owner_id VARCHAR(64),
  status VARCHAR(32) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  opened_at_ns BIGINT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX kefu_ticket_customer ON kefu_ticket (customer_id);
CREATE INDEX kefu_ticket_owner ON kefu_ticket (owner_id);
CREATE INDEX kefu_ticket_status ON kefu_ticket (status);
-- Aggregates of the other stores as JSON documents, with the columns their lists filter on
-- (see DocumentColumns): ref_id and ref2_id (the ticket, customer or agent a list asks for),
-- status, and at_ns (the instant a list bounds: registered, placed, reviewed, taken).
CREATE TABLE kefu_aggregate (
  aggregate_type VARCHAR(64) NOT NULL,
  aggregate_id VARCHAR(128) NOT NULL,
  version BIGINT NOT NULL,
  ref_id VARCHAR(128),
  ref2_id VARCHAR(128),
  status VARCHAR(32),
  at_ns BIGINT,
  body TEXT NOT NULL,
  PRIMARY KEY (aggregate_type, aggregate_id)
);
CREATE INDEX kefu_aggregate_ref ON kefu_aggregate (aggregate_type, ref_id);
CREATE INDEX kefu_aggregate_ref2 ON kefu_aggregate (aggregate_type, ref2_id);
CREATE INDEX kefu_aggregate_status ON kefu_aggregate (aggregate_type, status);
CREATE INDEX kefu_aggregate_at ON kefu_aggregate (aggregate_type, at_ns);
CREATE TABLE kefu_counter (
  name VARCHAR(32) PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
-- 'log' numbers events (their positions) and outbox messages (their sequences) in commit order.
INSERT INTO kefu_counter (name, counter_value) VALUES ('log', 0);
-- Never holds a row: a statement that must abort its transaction (a unit of work that finds a part
-- stale while its statements run as one implicit transaction) inserts the reason here, and the
-- check refuses it, so the database rolls everything back and names the reason in its error.
CREATE TABLE kefu_abort (
  reason VARCHAR(500),
  CONSTRAINT kefu_abort_refuses_every_row CHECK (1 = 0)
);
CREATE TABLE kefu_event (
  position BIGINT PRIMARY KEY,
  event_id UUID NOT NULL,
  aggregate_type VARCHAR(64) NOT NULL,
  aggregate_id VARCHAR(128) NOT NULL,
  type_name VARCHAR(128) NOT NULL,
  schema_version INT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX kefu_event_aggregate ON kefu_event (aggregate_type, aggregate_id, position);
CREATE TABLE kefu_inbound_key (
  request_key VARCHAR(256) PRIMARY KEY,
  command_type VARCHAR(128) NOT NULL,
  applied_at_ns BIGINT NOT NULL,
  result TEXT NOT NULL
);
CREATE TABLE kefu_outbox (
  sequence BIGINT PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  partition_key VARCHAR(256) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at_ns BIGINT NOT NULL,
  last_error VARCHAR(4000),
  claim_token BIGINT NOT NULL,
  claimed_by VARCHAR(128),
  claimed_until_ns BIGINT,
  created_at_ns BIGINT NOT NULL,
  body TEXT NOT NULL
);
-- a partition's messages of a status in order: the queue behind a head, and "is an older message
-- of this partition pending?" (claims, marks). Led by the partition, so that no plan answers that
-- question by filtering every pending row.
CREATE INDEX kefu_outbox_partition ON kefu_outbox (partition_key, status, sequence);
-- the messages of a status in order: the pending heads, oldest first, without reading the pending
-- backlog whole (under load it grows to thousands; without this index PostgreSQL walked the
-- primary key from the first message ever written), and lists by status
CREATE INDEX kefu_outbox_queue ON kefu_outbox (status, sequence);
-- (on PostgreSQL the addendum makes both partial: pending messages only)
-- no index on created_at_ns: every index costs each insert and each mark an entry, and retention
-- (purgeDelivered, a daily chore) reads the delivered messages through kefu_outbox_queue instead
CREATE TABLE kefu_due (
  work_key VARCHAR(256) PRIMARY KEY,
  kind VARCHAR(128) NOT NULL,
  due_at_ns BIGINT NOT NULL,
  token BIGINT NOT NULL,
  claimed_by VARCHAR(128),
  claimed_until_ns BIGINT,
  attributes TEXT NOT NULL
);
CREATE INDEX kefu_due_at ON kefu_due (due_at_ns, work_key);
-- Fencing tokens of due work and outbox claims: unique in the store, never 0.
CREATE SEQUENCE kefu_token_seq START WITH 1 INCREMENT BY 1;
