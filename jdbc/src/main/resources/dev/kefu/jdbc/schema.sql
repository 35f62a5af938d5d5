-- kefu-jdbc schema, version 1. Applied by JdbcStorage.migrate(); every statement is idempotent.
-- Statements end with a semicolon at the end of a line.
CREATE TABLE IF NOT EXISTS kefu_customer (
  id VARCHAR(64) PRIMARY KEY,
  version BIGINT NOT NULL,
  region VARCHAR(128) NOT NULL,
  owner_id VARCHAR(64),
  tier VARCHAR(32) NOT NULL,
  body CLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS kefu_customer_region ON kefu_customer (region);
CREATE INDEX IF NOT EXISTS kefu_customer_owner ON kefu_customer (owner_id);
CREATE TABLE IF NOT EXISTS kefu_ticket (
  id VARCHAR(64) PRIMARY KEY,
  version BIGINT NOT NULL,
  customer_id VARCHAR(64) NOT NULL,
  owner_id VARCHAR(64),
  status VARCHAR(32) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  opened_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  body CLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS kefu_ticket_customer ON kefu_ticket (customer_id);
CREATE INDEX IF NOT EXISTS kefu_ticket_owner ON kefu_ticket (owner_id);
CREATE INDEX IF NOT EXISTS kefu_ticket_status ON kefu_ticket (status);
CREATE TABLE IF NOT EXISTS kefu_aggregate (
  aggregate_type VARCHAR(64) NOT NULL,
  aggregate_id VARCHAR(128) NOT NULL,
  version BIGINT NOT NULL,
  body CLOB NOT NULL,
  PRIMARY KEY (aggregate_type, aggregate_id)
);
CREATE TABLE IF NOT EXISTS kefu_counter (
  name VARCHAR(32) PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS kefu_event (
  position BIGINT PRIMARY KEY,
  event_id UUID NOT NULL,
  aggregate_type VARCHAR(64) NOT NULL,
  aggregate_id VARCHAR(128) NOT NULL,
  type_name VARCHAR(128) NOT NULL,
  schema_version INT NOT NULL,
  body CLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS kefu_event_aggregate ON kefu_event (aggregate_type, aggregate_id, position);
CREATE TABLE IF NOT EXISTS kefu_inbound_key (
  request_key VARCHAR(256) PRIMARY KEY,
  command_type VARCHAR(128) NOT NULL,
  applied_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  result CLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS kefu_outbox (
  sequence BIGINT PRIMARY KEY,
  id UUID NOT NULL UNIQUE,
  partition_key VARCHAR(256) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  last_error VARCHAR(4000),
  claim_token BIGINT NOT NULL,
  claimed_by VARCHAR(128),
  claimed_until TIMESTAMP(9) WITH TIME ZONE,
  body CLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS kefu_outbox_status ON kefu_outbox (status, sequence);
CREATE TABLE IF NOT EXISTS kefu_due (
  work_key VARCHAR(256) PRIMARY KEY,
  kind VARCHAR(128) NOT NULL,
  due_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  token BIGINT NOT NULL,
  claimed_by VARCHAR(128),
  claimed_until TIMESTAMP(9) WITH TIME ZONE,
  attributes CLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS kefu_due_at ON kefu_due (due_at, work_key);
-- Fencing tokens of due work and outbox claims: unique in the store, never 0.
CREATE SEQUENCE IF NOT EXISTS kefu_token_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX IF NOT EXISTS kefu_outbox_partition ON kefu_outbox (partition_key, status, sequence);
