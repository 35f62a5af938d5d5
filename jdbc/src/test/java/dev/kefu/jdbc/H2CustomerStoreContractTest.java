package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.CustomerStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the CustomerStore contract. */
class H2CustomerStoreContractTest extends CustomerStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
