package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TicketStoreContract;

/** kefu's in-memory default keeps the TicketStore contract. */
class InMemoryTicketStoreContractTest extends TicketStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
