-- The shop backend's own tables (H2, PostgreSQL-flavoured SQL). kefu never reads these directly:
-- it sees them only through the ports the backend implements (order, stock, presence) and the
-- order events the backend relays from order_events. kefu's own tables (kefu_*) live in the same
-- database, created by kefu-jdbc (JdbcStorage.migrate(), called by ShopHost); the backend never
-- reads or writes those.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE customers (
  id            VARCHAR(64)  PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE order_numbers START WITH 1001;
CREATE SEQUENCE event_numbers START WITH 1;

CREATE TABLE orders (
  id           VARCHAR(64)   PRIMARY KEY,
  customer_id  VARCHAR(64)   NOT NULL REFERENCES customers (id),
  payment      VARCHAR(20)   NOT NULL CHECK (payment IN ('PREPAID', 'CASH_ON_DELIVERY')),
  status       VARCHAR(20)   NOT NULL CHECK (status IN ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'RETURNED',
                                                          'REFUNDED', 'CLOSED')),
  instructions VARCHAR(2000),
  replaces     VARCHAR(64)   REFERENCES orders (id),
  placed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the lines never change once the order is placed
CREATE TABLE order_lines (
  order_id   VARCHAR(64)    NOT NULL REFERENCES orders (id),
  line_no    INT            NOT NULL,
  sku        VARCHAR(100)   NOT NULL,
  category   VARCHAR(100)   NOT NULL,
  quantity   INT            NOT NULL CHECK (quantity > 0),
  unit_price DECIMAL(12, 2) NOT NULL,
  currency   CHAR(3)        NOT NULL,
  PRIMARY KEY (order_id, line_no)
);

-- the order's history, one row per change of status
CREATE TABLE order_status_changes (
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id VARCHAR(64)  NOT NULL REFERENCES orders (id),
  status   VARCHAR(20)  NOT NULL,
  at       TIMESTAMP WITH TIME ZONE NOT NULL,
  note     VARCHAR(500)
);

-- money in (PAYMENT) and out (REFUND)
CREATE TABLE payments (
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id VARCHAR(64)    NOT NULL REFERENCES orders (id),
  kind     VARCHAR(10)    NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND')),
  amount   DECIMAL(12, 2) NOT NULL,
  currency CHAR(3)        NOT NULL,
  at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE shipments (
  order_id        VARCHAR(64)  PRIMARY KEY REFERENCES orders (id),
  carrier         VARCHAR(100) NOT NULL,
  tracking_number VARCHAR(100) NOT NULL,
  shipped_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE shipping_delays (
  id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id           VARCHAR(64)  NOT NULL REFERENCES orders (id),
  reason             VARCHAR(500) NOT NULL,
  expected_ship_date DATE         NOT NULL,
  at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE carrier_returns (
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id VARCHAR(64)  NOT NULL REFERENCES orders (id),
  kind     VARCHAR(10)  NOT NULL CHECK (kind IN ('REJECTED', 'RETURNED')),
  reason   VARCHAR(500) NOT NULL,
  outcome  VARCHAR(200) NOT NULL,
  at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- refund and exchange requests
CREATE TABLE after_sales_requests (
  id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id         VARCHAR(64)    NOT NULL REFERENCES orders (id),
  kind             VARCHAR(10)    NOT NULL CHECK (kind IN ('REFUND', 'EXCHANGE')),
  detail           VARCHAR(500)   NOT NULL,
  price_difference DECIMAL(12, 2),
  currency         CHAR(3),
  shipping         VARCHAR(200)   NOT NULL,
  agent            VARCHAR(64),
  at               TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE reviews (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id    VARCHAR(64)   NOT NULL REFERENCES orders (id),
  rating      INT           NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text        VARCHAR(4000) NOT NULL,
  named_agent VARCHAR(64),
  posted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE disputes (
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id  VARCHAR(64)   NOT NULL REFERENCES orders (id),
  platform  VARCHAR(100)  NOT NULL,
  reason    VARCHAR(2000) NOT NULL,
  opened_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the warehouse: units on hand now, and when more are expected
CREATE TABLE stock (
  sku              VARCHAR(100) PRIMARY KEY,
  on_hand          INT          NOT NULL CHECK (on_hand >= 0),
  expected_arrival DATE
);

-- the warehouse's daily out-of-stock list, as published that day
CREATE TABLE out_of_stock_lists (
  list_day         DATE         NOT NULL,
  sku              VARCHAR(100) NOT NULL,
  expected_arrival DATE,
  PRIMARY KEY (list_day, sku)
);

-- the shop's app and chat sessions: a customer is online while a session shows recent activity
CREATE TABLE customer_sessions (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id  VARCHAR(64) NOT NULL REFERENCES customers (id),
  started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX customer_sessions_by_customer ON customer_sessions (customer_id, last_seen_at);

-- The order events the backend emitted, written in the same transaction as the fact they report,
-- relayed to kefu afterwards (relayed_at set once kefu took it). One column per event field; a
-- PLACED event's lines are the order's lines, which never change.
CREATE TABLE order_events (
  seq                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id           VARCHAR(200)   NOT NULL UNIQUE,
  type               VARCHAR(32)    NOT NULL,
  order_id           VARCHAR(64)    NOT NULL REFERENCES orders (id),
  customer_id        VARCHAR(64)    NOT NULL REFERENCES customers (id),
  occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  payment            VARCHAR(20),
  instructions       VARCHAR(2000),
  replaces           VARCHAR(64),
  consent_to_close   BOOLEAN,
  carrier            VARCHAR(100),
  tracking_number    VARCHAR(100),
  reason             VARCHAR(2000),
  expected_ship_date DATE,
  return_kind        VARCHAR(10),
  outcome            VARCHAR(200),
  what               VARCHAR(500),
  shipping           VARCHAR(200),
  agent              VARCHAR(64),
  amount             DECIMAL(12, 2),
  currency           CHAR(3),
  rating             INT,
  review_text        VARCHAR(4000),
  platform           VARCHAR(100),
  relayed_at         TIMESTAMP WITH TIME ZONE,
  relay_attempts     INT            DEFAULT 0 NOT NULL,
  relay_error        VARCHAR(2000)
);
CREATE INDEX order_events_pending ON order_events (relayed_at, seq);

-- what kefu asked of the order system, by kefu's request key: a repeated key has no second effect
CREATE TABLE order_port_requests (
  request_key     VARCHAR(200) PRIMARY KEY,
  operation       VARCHAR(20)  NOT NULL CHECK (operation IN ('CLOSE_REPLACED', 'REPLACE_AS_PREPAID')),
  order_id        VARCHAR(64)  NOT NULL REFERENCES orders (id),
  result_order_id VARCHAR(64)  REFERENCES orders (id),
  at              TIMESTAMP WITH TIME ZONE NOT NULL
);
