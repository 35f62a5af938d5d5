package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.InboundKeysContract;

/** kefu-jdbc on an in-memory H2 database keeps the InboundKeys contract. */
class H2InboundKeysContractTest extends InboundKeysContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
