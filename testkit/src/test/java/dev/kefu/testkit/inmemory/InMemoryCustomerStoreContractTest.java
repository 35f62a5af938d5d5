package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.CustomerStoreContract;

/** kefu's in-memory default keeps the CustomerStore contract. */
class InMemoryCustomerStoreContractTest extends CustomerStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
