package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TrainingExamStoreContract;

/** kefu-jdbc on PostgreSQL keeps the TrainingExamStore contract. */
class PostgreSqlTrainingExamStoreContractTest extends TrainingExamStoreContract {

  @Override
  protected Storage newStorage() {
    return PostgreSql.freshStorage();
  }
}
