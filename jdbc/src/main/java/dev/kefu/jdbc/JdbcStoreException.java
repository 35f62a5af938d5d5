package dev.kefu.jdbc;

import java.sql.SQLException;

/** The database failed a call of kefu-jdbc; the unit of work that needed it wrote nothing. */
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
