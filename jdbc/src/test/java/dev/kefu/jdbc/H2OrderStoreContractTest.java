package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OrderStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the OrderStore contract. */
class H2OrderStoreContractTest extends OrderStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
