package dev.kefu.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections fail on cue, for fault tests. It counts the <em>steps</em> of
 * transactions — each statement executed while a connection is out of auto-commit, each
 * {@code commit()}, and each write in auto-commit mode (a transaction of its own, so both a step
 * and a commit) — and, once armed with {@link #failAt(int, Fault)}, fails the step
 * with that number. Queries in auto-commit mode are neither counted nor failed.
 *
 * <p>Thread-safe; meant for one command at a time while armed.
 */
final class FaultyDataSource implements DataSource {

  /** How a step fails. */
  enum Fault {
    /**
     * The step throws an {@link SQLException} as a statement cancelled by a time-out does (state
     * 57014); the connection stays usable, and a pool keeps it.
     */
    FAIL_STEP,
    /**
     * The physical connection is aborted just before the step, as if the network dropped it; the
     * step, and everything after it on that connection (rollback included), fails as the driver or
     * pool reports a closed connection.
     */
    DROP_CONNECTION,
    /**
     * Strikes only a commit: the commit goes through, then the reply is lost, as when the network
     * drops after the database committed; the caller gets an {@link SQLException} (state 08006)
     * and cannot tell that the transaction was saved.
     */
    LOSE_COMMIT_REPLY
  }

  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch");
  /**
   * The executions that write when run in auto-commit mode, for a statement whose SQL is not known:
   * each a transaction of its own. A prepared statement writes unless its SQL is a SELECT.
   */
  private static final Set<String> AUTO_COMMITTED_WRITES = Set.of("execute", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch");

  private final DataSource delegate;
  private final AtomicInteger steps = new AtomicInteger();
  private volatile int failAt;
  private volatile Fault fault = Fault.FAIL_STEP;
  private volatile boolean fired;
  private final AtomicInteger commits = new AtomicInteger();
  private volatile Runnable afterCommit = () -> {};

  FaultyDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Fails the {@code step}-th transaction step from now (1 is the next one); counting starts again. */
  void failAt(int step, Fault how) {
    if (step < 1) {
      throw new IllegalArgumentException("step must be at least 1, was " + step);
    }
    fault = how;
    fired = false;
    steps.set(0);
    commits.set(0);
    failAt = step;
  }

  /** Counts the steps from now on without failing any. */
  void count() {
    failAt = 0;
    fired = false;
    steps.set(0);
    commits.set(0);
  }

  /** Stops failing; {@link #fired()} still tells whether the last armed fault struck. */
  void disarm() {
    failAt = 0;
  }

  /** Runs {@code listener} after each transaction that commits, on the committing thread. */
  void afterEachCommit(Runnable listener) {
    afterCommit = listener;
  }

  /** @return the transactions committed since the last {@link #failAt} or {@link #count} */
  int commits() {
    return commits.get();
  }

  /** @return the transaction steps taken since the last {@link #failAt} or {@link #count} */
  int steps() {
    return steps.get();
  }

  /** @return whether the armed fault struck */
  boolean fired() {
    return fired;
  }

  /** Counts a step; fails it if it is the armed one; returns whether the reply to this commit is to be lost. */
  private boolean step(Connection physical, boolean commit) throws SQLException {
    int n = steps.incrementAndGet();
    if (failAt == 0 || n != failAt || (fault == Fault.LOSE_COMMIT_REPLY && !commit)) {
      return false;
    }
    fired = true;
    switch (fault) {
      case FAIL_STEP -> throw new SQLException("injected fault at transaction step " + n, "57014");
      case DROP_CONNECTION -> {
        physical.abort(Runnable::run);
        if (!physical.isClosed()) {
          // a pool's handle still looks open, and H2 embedded does not abort: closing ends the session and its transaction
          physical.close();
        }
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(delegate.getConnection(username, password));
  }

  private Connection wrap(Connection physical) throws SQLException {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        new ConnectionHandler(physical));
  }

  /** A connection that knows whether it is in a transaction, and counts its commits and statements there. */
  private final class ConnectionHandler implements InvocationHandler {
    private final Connection physical;
    private volatile boolean inTransaction;

    ConnectionHandler(Connection physical) throws SQLException {
      this.physical = physical;
      this.inTransaction = !physical.getAutoCommit();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      boolean committing = method.getName().equals("commit") && inTransaction;
      if (method.getName().equals("setAutoCommit")) {
        inTransaction = !(Boolean) args[0];
      }
      boolean loseReply = committing && step(physical, true);
      Object result = call(physical, method, args);
      if (committing) {
        commits.incrementAndGet();
        afterCommit.run();
      }
      if (loseReply) {
        throw new SQLException("injected: the reply to a commit was lost", "08006");
      }
      if (result instanceof Statement s && !method.getName().equals("unwrap")) {
        Class<?> kind = method.getReturnType();
        // a prepared statement's SQL tells a write (UPDATE … RETURNING runs as a query) from a read
        Boolean writes = args != null && args.length > 0 && args[0] instanceof String sql
            ? !sql.strip().regionMatches(true, 0, "SELECT", 0, 6) : null;
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {kind},
            new StatementHandler(this, s, writes));
      }
      return result;
    }
  }

  /** A statement whose executions are steps while its connection is in a transaction. */
  private final class StatementHandler implements InvocationHandler {
    private final ConnectionHandler connection;
    private final Statement statement;
    /** Whether its SQL writes, or null if it has no SQL of its own (a plain statement: the method tells). */
    private final Boolean writes;

    StatementHandler(ConnectionHandler connection, Statement statement, Boolean writes) {
      this.connection = connection;
      this.statement = statement;
      this.writes = writes;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (!EXECUTIONS.contains(method.getName())) {
        return call(statement, method, args);
      }
      if (connection.inTransaction) {
        step(connection.physical, false);
        return call(statement, method, args);
      }
      if (writes != null ? !writes : !AUTO_COMMITTED_WRITES.contains(method.getName())) {
        return call(statement, method, args); // a query on its own
      }
      boolean loseReply = step(connection.physical, true);
      Object result = call(statement, method, args);
      commits.incrementAndGet();
      afterCommit.run();
      if (loseReply) {
        throw new SQLException("injected: the reply to an auto-committed write was lost", "08006");
      }
      return result;
    }
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
