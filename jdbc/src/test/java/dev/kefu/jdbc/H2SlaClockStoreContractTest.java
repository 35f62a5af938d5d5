package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.SlaClockStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the SlaClockStore contract. */
class H2SlaClockStoreContractTest extends SlaClockStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
