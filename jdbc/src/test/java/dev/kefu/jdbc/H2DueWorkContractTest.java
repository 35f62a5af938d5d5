package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.DueWorkContract;

/** kefu-jdbc on an in-memory H2 database keeps the DueWork contract on the portable claim path (conditional updates). */
class H2DueWorkContractTest extends DueWorkContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage(JdbcStorage.ClaimPath.PORTABLE);
  }
}
