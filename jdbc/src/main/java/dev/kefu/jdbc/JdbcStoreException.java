package dev.kefu.jdbc;

import java.sql.SQLException;

/**
 * The database failed a call of kefu-jdbc. The unit of work that needed it wrote nothing — unless
 * the commit itself failed: then the database may have saved it before its reply was lost (the
 * message says so), and only a retry with the same request id is safe.
 */
public final class JdbcStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the driver's exception
   */
  public JdbcStoreException(String message, SQLException cause) {
    super(message, cause);
  }
}
