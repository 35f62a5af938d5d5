package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.ComplaintStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the ComplaintStore contract. */
class H2ComplaintStoreContractTest extends ComplaintStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
