package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RoutingStoreContract;

/** kefu's in-memory default keeps the RoutingStore contract. */
class InMemoryRoutingStoreContractTest extends RoutingStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
