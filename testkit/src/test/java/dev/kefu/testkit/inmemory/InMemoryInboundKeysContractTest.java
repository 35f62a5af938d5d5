package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.InboundKeysContract;

/** kefu's in-memory default keeps the InboundKeys contract. */
class InMemoryInboundKeysContractTest extends InboundKeysContract {

  @Override
  protected Storage newStorage() {
    return new InMemoryStorage();
  }
}
