package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.RevisitStoreContract;

/** kefu's in-memory default keeps the RevisitStore contract. */
class InMemoryRevisitStoreContractTest extends RevisitStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
