package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RevisitStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the RevisitStore contract. */
class H2RevisitStoreContractTest extends RevisitStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
