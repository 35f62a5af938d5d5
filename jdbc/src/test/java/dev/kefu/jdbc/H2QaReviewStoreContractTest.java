package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.QaReviewStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the QaReviewStore contract. */
class H2QaReviewStoreContractTest extends QaReviewStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
