package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.UnitOfWorkContract;

/** kefu-jdbc on an in-memory H2 database keeps the UnitOfWork contract. */
class H2UnitOfWorkContractTest extends UnitOfWorkContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage();
  }
}
