package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.DueWorkContract;

/** kefu's in-memory default keeps the DueWork contract. */
class InMemoryDueWorkContractTest extends DueWorkContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
