-- A second migration, as a later kefu-jdbc would ship one.
CREATE TABLE test_parcel (
  id VARCHAR(64) PRIMARY KEY,
  grams INT NOT NULL
);
ALTER TABLE kefu_ticket ADD COLUMN test_weight INT;
