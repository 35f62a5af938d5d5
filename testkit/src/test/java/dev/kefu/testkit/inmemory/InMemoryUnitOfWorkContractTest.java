package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.UnitOfWorkContract;

/** kefu's in-memory default keeps the UnitOfWork contract. */
class InMemoryUnitOfWorkContractTest extends UnitOfWorkContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
