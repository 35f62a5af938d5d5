/**
 * The SPI contract suites: abstract JUnit 5 classes that a host extends to prove its
 * implementation of a port keeps kefu's contract.
 *
 * <pre>{@code
 * class PostgresUnitOfWorkTest extends UnitOfWorkContract {
 *   @Override
 *   protected Storage newStorage() {
 *     return PostgresStorage.on(freshSchema()); // a new, empty storage for every test
 *   }
 * }
 * }</pre>
 *
 * <p>One suite per port: {@link dev.kefu.testkit.contract.CustomerStoreContract},
 * {@link dev.kefu.testkit.contract.TicketStoreContract},
 * {@link dev.kefu.testkit.contract.ComplaintStoreContract},
 * {@link dev.kefu.testkit.contract.RevisitStoreContract},
 * {@link dev.kefu.testkit.contract.SlaClockStoreContract},
 * {@link dev.kefu.testkit.contract.UnitOfWorkContract},
 * {@link dev.kefu.testkit.contract.DueWorkContract},
 * {@link dev.kefu.testkit.contract.OutboxContract},
 * {@link dev.kefu.testkit.contract.InboundKeysContract} and
 * {@link dev.kefu.testkit.contract.NotificationChannelContract}. Each test's display name says
 * the rule it checks, so a failure tells what the implementation broke. Every suite is tagged
 * {@code kefu-contract}; the concurrent tests are also tagged {@code concurrency}.
 *
 * <p>The suites never read the system clock and never sleep: they pass explicit times, and a lease
 * lapses because a later {@code now} is passed. They do start threads for the concurrency tests.
 * The test methods are public so that JUnit can run them on the class path and the module path.
 */
package dev.kefu.testkit.contract;
