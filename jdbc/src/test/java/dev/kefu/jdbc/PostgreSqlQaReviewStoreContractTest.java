package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.QaReviewStoreContract;

/** kefu-jdbc on PostgreSQL keeps the QaReviewStore contract. */
class PostgreSqlQaReviewStoreContractTest extends QaReviewStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
