package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OutboxContract;

/** kefu's in-memory default keeps the Outbox contract. */
class InMemoryOutboxContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
