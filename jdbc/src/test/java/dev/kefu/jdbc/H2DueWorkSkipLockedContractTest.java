package dev.kefu.jdbc;

import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.DueWorkContract;

/**
 * kefu-jdbc on an in-memory H2 database keeps the DueWork contract on the SKIP LOCKED claim path too
 * (which AUTO takes on PostgreSQL only).
 */
class H2DueWorkSkipLockedContractTest extends DueWorkContract {

  @Override
  protected Storage newStorage() {
    return H2.freshStorage(JdbcStorage.ClaimPath.SKIP_LOCKED);
  }
}
