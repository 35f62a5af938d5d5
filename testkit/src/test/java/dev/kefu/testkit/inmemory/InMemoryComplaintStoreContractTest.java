package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.ComplaintStoreContract;

/** kefu's in-memory default keeps the ComplaintStore contract. */
class InMemoryComplaintStoreContractTest extends ComplaintStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
