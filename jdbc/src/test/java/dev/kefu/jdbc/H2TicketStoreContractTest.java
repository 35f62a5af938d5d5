package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TicketStoreContract;

/** kefu-jdbc on an in-memory H2 database keeps the TicketStore contract. */
class H2TicketStoreContractTest extends TicketStoreContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
