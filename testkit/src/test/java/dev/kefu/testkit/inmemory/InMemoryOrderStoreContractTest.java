package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.OrderStoreContract;

/** kefu's in-memory default keeps the OrderStore contract. */
class InMemoryOrderStoreContractTest extends OrderStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
