package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.SlaClockStoreContract;

/** kefu's in-memory default keeps the SlaClockStore contract. */
class InMemorySlaClockStoreContractTest extends SlaClockStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
