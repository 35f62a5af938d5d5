package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RoutingStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the RoutingStore contract. */
class H2RoutingStoreContractTest extends RoutingStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
