package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TrainingExamStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the TrainingExamStore contract. */
class H2TrainingExamStoreContractTest extends TrainingExamStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
