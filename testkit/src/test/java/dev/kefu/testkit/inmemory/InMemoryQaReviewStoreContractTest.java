package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.QaReviewStoreContract;

/** kefu's in-memory default keeps the QaReviewStore contract. */
class InMemoryQaReviewStoreContractTest extends QaReviewStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
