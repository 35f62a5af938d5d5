package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.TrainingExamStoreContract;

/** kefu's in-memory default keeps the TrainingExamStore contract. */
class InMemoryTrainingExamStoreContractTest extends TrainingExamStoreContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
